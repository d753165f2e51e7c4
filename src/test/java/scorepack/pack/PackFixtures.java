package scorepack.pack;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Hand-built packs for renderer tests, independent of the engine and the loaders. */
public final class PackFixtures {
  private PackFixtures() {}

  /** A key fact as a pack prints it: "551" or "96.4%" with its number, "-" without one. */
  public static KeyFactTopic.Fact fact(String figure, String text, String note) {
    if (figure.equals("-")) {
      return new KeyFactTopic.Fact(Cell.text(figure), text, note);
    }
    boolean percent = figure.endsWith("%");
    BigDecimal value = new BigDecimal(figure.replace("%", "").replace(",", ""));
    return new KeyFactTopic.Fact(new Cell(figure, value, NumberFormat.of(percent, value.scale()), Tone.PLAIN, "", ""),
        text, note);
  }

  /** A two-section pack with the column set of the Corporate Parenting scorecard. */
  public static Pack corporateParentingLike(int rowsPerSection) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(Field.REF, "REF NO.", "", null));
    columns.add(new Column(Field.INDICATOR, "INDICATOR", "", null));
    columns.add(new Column(Field.CODES, "Council Plan", "", null));
    columns.add(new Column(Field.TIMELINE, "TIMELINE", "", null));
    columns.add(new Column(Field.DATA_NOTE, "DATA NOTE", "", null));
    for (int m = 10; m <= 12; m++) {
      YearMonth ym = YearMonth.of(2022, m);
      columns.add(new Column(Field.MONTH, ym.getMonth().toString().substring(0, 1)
          + ym.getMonth().toString().substring(1, 3).toLowerCase() + "-22", "2022/23", ym));
    }
    columns.add(new Column(Field.YTD, "2022/23 YTD", "2022/23", null));
    columns.add(new Column(Field.POLARITY, "Good perf is", "2022/23", null));
    columns.add(new Column(Field.DOT_MONTH, "DOT (month)", "2022/23", null));
    columns.add(new Column(Field.RAG_MONTH, "RAG (month)", "2022/23", null));
    columns.add(new Column(Field.RED, "Red", "TARGET & TOLERANCES", null));
    columns.add(new Column(Field.AMBER, "Amber", "TARGET & TOLERANCES", null));
    columns.add(new Column(Field.GREEN, "Green (target)", "TARGET & TOLERANCES", null));
    columns.add(new Column(Field.PREVIOUS_YEAR, "2021/22", "YR ON YR PERFORMANCE", null));
    columns.add(new Column(Field.TREND, "Trend", "YR ON YR PERFORMANCE", null));
    columns.add(new Column(Field.SN_AVERAGE, "Stat neigh av.", "LATEST BENCHMARKING", null));
    columns.add(new Column(Field.BEST_SN, "Best stat neigh", "LATEST BENCHMARKING", null));
    columns.add(new Column(Field.NATIONAL, "Nat av.", "LATEST BENCHMARKING", null));
    columns.add(new Column(Field.TOP_QUARTILE, "Top qtile threshold", "LATEST BENCHMARKING", null));
    columns.add(new Column(Field.REGIONAL, "Regional av.", "LATEST BENCHMARKING", null));

    List<Section> sections = new ArrayList<>();
    for (int s = 1; s <= 2; s++) {
      List<Row> rows = new ArrayList<>();
      for (int r = 1; r <= rowsPerSection; r++) {
        rows.add(percentRow(s + "." + r, r));
      }
      sections.add(new Section(s == 1 ? "LOOKED AFTER CHILDREN" : "CARE LEAVERS", rows));
    }
    FrontMatter front = new FrontMatter(
        "Children and Young People's Services Corporate Parenting Performance Report",
        "As at month end: December 2022 (Q3)",
        "Looked After Children Performance Summary",
        List.of(new FrontMatter.Detail("Status", "Issue 1"),
            new FrontMatter.Detail("Date created", "31/01/2023"),
            new FrontMatter.Detail("Created by", "Performance & Quality Team"),
            new FrontMatter.Detail("Contact", "performance@example.gov.uk")),
        "Working with our children, young people and families to be resilient, successful and safe",
        "Data reports are not dynamic: figures may change when months are re-run.",
        "DOT shows the direction of the figure since the previous month.",
        List.of(new FrontMatter.KeyEntry("↑", "improving", Tone.IMPROVING, "increase = improvement in performance"),
            new FrontMatter.KeyEntry("↓", "declining", Tone.DECLINING, "decrease = decline in performance"),
            new FrontMatter.KeyEntry("→", "no change", Tone.NEUTRAL, "remained the same as the previous month")),
        List.of(new FrontMatter.KeyEntry("Red", Tone.RAG_RED, "in the red band"),
            new FrontMatter.KeyEntry("Amber", Tone.RAG_AMBER, "in the amber band"),
            new FrontMatter.KeyEntry("Green", Tone.RAG_GREEN, "at or better than target")));
    PackMetadata meta = new PackMetadata("Corporate Parenting Performance Report, December 2022",
        "Performance scorecard as at December 2022", "Performance & Quality Team", "en-GB",
        Instant.parse("2023-01-31T00:00:00Z"), "0123456789abcdef0123456789abcdef");
    return new Pack("corporate-parenting", YearMonth.of(2022, 12), meta, front, columns, sections,
        List.of(new GlossaryEntry("Looked After Child (LAC)", "A child in the care of the local authority."),
            new GlossaryEntry("Rolling 12 months", "The 12 months ending with the month shown.")),
        List.of(new DataNote("1.4", "plans-reviewed", "", "% of care plans reviewed", YearMonth.of(2022, 12),
            "No figure for Dec 2022 in the extracts", "No figure for Dec 2022 in the extracts")));
  }

  private static Row percentRow(String ref, int r) {
    BigDecimal oct = new BigDecimal("86.2").add(BigDecimal.valueOf(r));
    BigDecimal nov = new BigDecimal("88.9");
    BigDecimal dec = new BigDecimal("97.3");
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.text(ref));
    cells.add(Cell.text("% of looked after children care plans reviewed within timescales"
        + (r % 3 == 0 ? " and a much longer title that has to wrap over several lines in the cell" : "")));
    cells.add(Cell.text(r % 2 == 0 ? "TB5" : ""));
    cells.add(Cell.text("monthly"));
    cells.add(Cell.text("%"));
    cells.add(percent(oct));
    cells.add(percent(nov));
    cells.add(r % 4 == 0 ? Cell.text("-") : percent(dec));
    cells.add(r % 2 == 0 ? Cell.text("-") : percent(new BigDecimal("92.2")));
    cells.add(Cell.text("high"));
    cells.add(new Cell("↑", null, NumberFormat.NONE, Tone.IMPROVING, "improving", "up"));
    Rag rag = Rag.values()[r % 3];
    cells.add(new Cell(rag.word, null, NumberFormat.NONE, rag.tone, "", rag.word.toLowerCase()));
    cells.add(threshold("<87%", "87"));
    cells.add(threshold("87%+", "87"));
    cells.add(threshold("95%+", "95"));
    cells.add(percent(new BigDecimal("94.3")));
    cells.add(Cell.blank());
    cells.add(percent(new BigDecimal("90.2")));
    cells.add(percent(new BigDecimal("96.0")));
    cells.add(percent(new BigDecimal("88.0")));
    cells.add(Cell.text("-"));
    cells.add(Cell.blank());
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      labels.add("M" + m);
      values.add(m == 5 ? null : new BigDecimal(80 + (m * r) % 17));
    }
    return new Row(ref, "plans-reviewed", "", cells,
        new Trend(labels, values, "Rose from 81.0% in January to 92.0% in December 2022."));
  }

  private static Cell percent(BigDecimal v) {
    return new Cell(v.setScale(1) + "%", v, NumberFormat.PERCENT_ONE_DECIMAL, Tone.PLAIN, "", "");
  }

  private static Cell threshold(String text, String bound) {
    return new Cell(text, new BigDecimal(bound), NumberFormat.PERCENT_INTEGER, Tone.PLAIN, "", "");
  }

  private enum Rag {
    RED("Red", Tone.RAG_RED), AMBER("Amber", Tone.RAG_AMBER), GREEN("Green", Tone.RAG_GREEN);

    final String word;
    final Tone tone;

    Rag(String word, Tone tone) {
      this.word = word;
      this.tone = tone;
    }
  }
}
