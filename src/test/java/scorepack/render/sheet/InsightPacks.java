package scorepack.render.sheet;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import scorepack.pack.Cell;
import scorepack.pack.Chart;
import scorepack.pack.Column;
import scorepack.pack.Field;
import scorepack.pack.KeyFactTopic;
import scorepack.pack.NumberFormat;
import scorepack.pack.Pack;
import scorepack.pack.PackFixtures;
import scorepack.pack.Row;
import scorepack.pack.Section;
import scorepack.pack.Summary;
import scorepack.pack.Tone;

/**
 * A small Corporate Parenting-like pack with everything that turns numbers into insight: a summary,
 * commentary on some lines, process control columns, and trend charts on the scorecard and in the
 * key facts.
 */
public final class InsightPacks {
  public static final String IMPROVEMENT_MEANING = "Special cause improvement: the latest point, 97.3%, is above"
      + " the upper limit (mean 90.1%, limits 85.0% to 95.2%); the target of 95% is hit and miss.";
  public static final String COMMENT = "Fewer reviews slipped after the team filled two vacancies.";
  public static final String CARRIED = "(Carried forward from November 2022) Recruitment closes in January.";

  private InsightPacks() {}

  /** Eight lines in two sections (one scorecard sheet), with summary, commentary, SPC and charts. */
  public static Pack corporateParenting() {
    Pack base = PackFixtures.corporateParentingLike(4);
    List<Column> columns = new ArrayList<>(base.columns());
    int at = index(columns, Field.RAG_MONTH) + 1;
    columns.add(at, new Column(Field.SPC_VARIATION, "Variation", "2022/23", null));
    columns.add(at + 1, new Column(Field.SPC_ASSURANCE, "Assurance", "2022/23", null));
    List<Section> sections = new ArrayList<>();
    for (Section section : base.sections()) {
      List<Row> rows = new ArrayList<>();
      for (Row row : section.rows()) {
        rows.add(withInsight(row, base.columns(), at));
      }
      sections.add(new Section(section.title(), rows));
    }
    KeyFactTopic topic = new KeyFactTopic("Looked After Children (LAC)", List.of("Children in care are ..."),
        List.of(PackFixtures.fact("551", "LAC as at period end", "")), List.of(chart("LAC numbers", false)));
    return new Pack(base.id(), base.period(), base.metadata(), base.front(), columns, sections, base.glossary(),
        base.dataNotes(), base.changes(), List.of(topic), summary(),
        List.of(chart("1.1 % of care plans reviewed", true), chart("2.2 % of care leavers in touch", true)));
  }

  public static Summary summary() {
    return new Summary("RAG (month)", List.of(new Summary.Count("Red", Tone.RAG_RED, 2, 3, 1),
        new Summary.Count("Amber", Tone.RAG_AMBER, 4, 4, 5), new Summary.Count("Green", Tone.RAG_GREEN, 2, 1, 2)),
        List.of("In December 2022, of the 8 measures with targets, 2 were Green, 4 Amber and 2 Red.",
            "Moved up a band since November 2022: 1.1 % of care plans reviewed (Amber to Green)."));
  }

  /**
   * 24 months, the fifth without a figure, with a target, a red threshold, last year's outturn and a
   * benchmark.
   */
  public static Chart chart(String title, boolean percent) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    for (int m = 0; m < 24; m++) {
      labels.add(YearMonth.of(2021, 1).plusMonths(m).format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK)));
      values.add(m == 4 ? null : new BigDecimal(percent ? "85.5" : "540").add(BigDecimal.valueOf(m % 7)));
    }
    List<Chart.Level> levels = percent
        ? List.of(new Chart.Level("Target (green) 95%+", new BigDecimal("95"), Chart.Kind.TARGET),
            new Chart.Level("Red <87%", new BigDecimal("87"), Chart.Kind.RED_THRESHOLD),
            new Chart.Level("2021/22 outturn 94.3%", new BigDecimal("94.3"), Chart.Kind.PREVIOUS_YEAR),
            new Chart.Level("Stat neigh av. 90.2%", new BigDecimal("90.2"), Chart.Kind.BENCHMARK))
        : List.of(new Chart.Level("2021/22 outturn 560", new BigDecimal("560"), Chart.Kind.PREVIOUS_YEAR));
    return new Chart(title, labels, values, percent, levels, title + " rose from 89.5 in Nov 2022 to 90.5 in Dec"
        + " 2022; " + levels.stream().map(Chart.Level::label).reduce((a, b) -> a + "; " + b).orElse("") + ".");
  }

  /**
   * Line 1.1: special cause improvement, target hit and miss, with commentary. Line 1.2: too few
   * figures for process control. Line 2.1: no tolerances, common cause, carried commentary.
   */
  private static Row withInsight(Row row, List<Column> columns, int at) {
    List<Cell> cells = new ArrayList<>(row.cells());
    Cell variation;
    Cell assurance;
    Map<Field, Cell> data = new EnumMap<>(Field.class);
    switch (row.ref()) {
      case "1.1" -> {
        variation = new Cell("Special cause improvement", null, NumberFormat.NONE, Tone.IMPROVING,
            IMPROVEMENT_MEANING, "improvement");
        assurance = new Cell("Hit and miss", null, NumberFormat.NONE, Tone.PLAIN, IMPROVEMENT_MEANING, "hit_and_miss");
        data.put(Field.COMMENTARY, Cell.text(COMMENT));
      }
      case "1.2" -> {
        variation = Cell.blank();
        assurance = Cell.blank();
      }
      case "2.1" -> {
        for (Field f : List.of(Field.RED, Field.AMBER, Field.GREEN)) {
          cells.set(index(columns, f), Cell.blank());
        }
        variation = new Cell("Common cause", null, NumberFormat.NONE, Tone.NEUTRAL,
            "Common cause variation: no special cause on the latest point (mean 90.1%, limits 85.0% to 95.2%).",
            "common");
        assurance = Cell.blank();
        data.put(Field.COMMENTARY, new Cell(CARRIED, null, NumberFormat.NONE, Tone.PLAIN, "", "carried_forward"));
      }
      default -> {
        variation = new Cell("Common cause", null, NumberFormat.NONE, Tone.NEUTRAL,
            "Common cause variation: no special cause on the latest point (mean 90.1%, limits 85.0% to 95.2%);"
                + " the target of 95% is hit and miss.", "common");
        assurance = new Cell("Hit and miss", null, NumberFormat.NONE, Tone.PLAIN, variation.meaning(),
            "hit_and_miss");
      }
    }
    cells.add(at, variation);
    cells.add(at + 1, assurance);
    return new Row(row.ref(), row.indicatorId(), row.breakdown(), cells, row.trend(), data);
  }

  private static int index(List<Column> columns, Field field) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).field() == field) {
        return i;
      }
    }
    throw new AssertionError("no " + field + " column");
  }
}
