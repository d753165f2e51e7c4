package scorepack.render.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scorepack.pack.Cell;
import scorepack.pack.Chart;
import scorepack.pack.Column;
import scorepack.pack.Field;
import scorepack.pack.KeyFactTopic;
import scorepack.pack.NumberFormat;
import scorepack.pack.Pack;
import scorepack.pack.PackCopies;
import scorepack.pack.PackFixtures;
import scorepack.pack.Row;
import scorepack.pack.Section;
import scorepack.pack.Summary;
import scorepack.pack.Tone;

/** The fixture pack with the "numbers to insight" parts: summary, commentary, process-control columns and charts. */
final class InsightPacks {
  static final Summary SUMMARY = new Summary("RAG (month)", List.of(new Summary.Count("Red", Tone.RAG_RED, 6, 5, 4),
      new Summary.Count("Amber", Tone.RAG_AMBER, 7, 6, 3), new Summary.Count("Green", Tone.RAG_GREEN, 2, 4, 8)),
      List.of("In December 2022, of the 15 measures with targets, 2 were Green, 7 Amber and 6 Red.",
          "Moved down a band since November 2022: 1.2 % of care plans reviewed (Green to Amber).",
          "Largest improvements since the previous period: 2.1 % of care leavers in touch (88.9% to 97.3%)."));
  static final String COMMENT = "Two sibling groups with long care histories were placed in the autumn, which lifts the"
      + " average; both placements are stable.";
  static final String CARRIED = "(Carried forward from November 2022) Dental access remains difficult.";

  private InsightPacks() {}

  /** A percentage chart over 24 months with a gap, a target, a red threshold, last year's outturn and benchmarks. */
  static Chart chart(String title) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 24; i++) {
      labels.add(months[i % 12] + " " + (2021 + i / 12));
      values.add(i == 5 ? null : new BigDecimal(88 + (i * 7) % 9 + ".5"));
    }
    List<Chart.Level> levels = List.of(new Chart.Level("Target (green) 95%+", new BigDecimal("95"), Chart.Kind.TARGET),
        new Chart.Level("Red <87%", new BigDecimal("87"), Chart.Kind.RED_THRESHOLD),
        new Chart.Level("2021/22 outturn 94.3%", new BigDecimal("94.3"), Chart.Kind.PREVIOUS_YEAR),
        new Chart.Level("Stat neigh av. 90.2%", new BigDecimal("90.2"), Chart.Kind.BENCHMARK),
        new Chart.Level("Best stat neigh 40.0%", new BigDecimal("40"), Chart.Kind.BENCHMARK));
    return new Chart(title, labels, values, true, levels,
        title + " rose from 90.5% in Nov 2022 to 92.5% in Dec 2022; Target (green) 95%+; Red <87%.");
  }

  /** Comments on the first row of the first section and a carried-forward one on the first row of the second. */
  static Pack withCommentary(Pack pack) {
    List<Section> sections = new ArrayList<>();
    for (Section section : pack.sections()) {
      List<Row> rows = new ArrayList<>();
      for (Row row : section.rows()) {
        Map<Field, Cell> data = new HashMap<>(row.data());
        if (row.ref().equals("1.1")) {
          data.put(Field.COMMENTARY, Cell.text(COMMENT));
        } else if (row.ref().equals("2.1")) {
          data.put(Field.COMMENTARY, new Cell(CARRIED, null, NumberFormat.NONE, Tone.PLAIN, "", "carried_forward"));
        }
        // Process-control signals not shown as columns travel with the row; the PDF ignores them.
        data.put(Field.SPC_MEAN, Cell.text("91.0%"));
        rows.add(new Row(row.ref(), row.indicatorId(), row.breakdown(), row.cells(), row.trend(), data));
      }
      sections.add(new Section(section.title(), rows));
    }
    return copy(pack, pack.columns(), sections);
  }

  /** Variation and assurance columns after the month's RAG, as the Corporate Parenting template has them. */
  static Pack withProcessControl(Pack pack) {
    int at = 0;
    while (pack.columns().get(at).field() != Field.RAG_MONTH) {
      at++;
    }
    List<Column> columns = new ArrayList<>(pack.columns());
    columns.add(at + 1, new Column(Field.SPC_VARIATION, "Variation", "", null));
    columns.add(at + 2, new Column(Field.SPC_ASSURANCE, "Assurance", "", null));
    List<Section> sections = new ArrayList<>();
    for (Section section : pack.sections()) {
      List<Row> rows = new ArrayList<>();
      for (int r = 0; r < section.rows().size(); r++) {
        Row row = section.rows().get(r);
        List<Cell> cells = new ArrayList<>(row.cells());
        cells.add(at + 1, variation(r));
        cells.add(at + 2, new Cell(r % 2 == 0 ? "consistently missed" : "hit and miss", null, NumberFormat.NONE,
            Tone.PLAIN, "the target of 95% is consistently missed", r % 2 == 0 ? "fail" : "hit_and_miss"));
        rows.add(new Row(row.ref(), row.indicatorId(), row.breakdown(), cells, row.trend(), row.data()));
      }
      sections.add(new Section(section.title(), rows));
    }
    return copy(pack, columns, sections);
  }

  /** Every new part at once, with charts in a key-facts topic too. */
  static Pack everything(int rowsPerSection) {
    Pack pack = withProcessControl(withCommentary(PackFixtures.corporateParentingLike(rowsPerSection)));
    List<KeyFactTopic> topics = new ArrayList<>();
    for (KeyFactTopic topic : PdfKeyFactsTest.TOPICS) {
      topics.add(topics.isEmpty() ? new KeyFactTopic(topic.title(), topic.paragraphs(), topic.facts(),
          List.of(chart("No. of admissions of looked after children"), chart("No. of children who ceased to be looked"
              + " after"))) : topic);
    }
    return PackCopies.withCharts(PackCopies.withKeyFacts(PackCopies.withSummary(pack, SUMMARY), topics),
        List.of(chart("1.2 % of care plans reviewed"), chart("1.3 % of visits in time"),
            chart("2.2 % of care leavers in touch")));
  }

  private static Cell variation(int r) {
    return switch (r % 3) {
      case 0 -> new Cell("Special cause improvement", null, NumberFormat.NONE, Tone.IMPROVING,
          "Special cause improvement: the last 7 points are above the mean of 91.0%.", "improvement");
      case 1 -> new Cell("Special cause concern", null, NumberFormat.NONE, Tone.DECLINING,
          "Special cause concern: the latest point is below the lower limit.", "concern");
      default -> new Cell("Special cause variation, neither improvement nor concern", null, NumberFormat.NONE,
          Tone.NEUTRAL, "Special cause variation: the last 6 points are rising.", "neither");
    };
  }

  private static Pack copy(Pack pack, List<Column> columns, List<Section> sections) {
    return new Pack(pack.id(), pack.period(), pack.metadata(), pack.front(), columns, sections, pack.glossary(),
        pack.dataNotes(), pack.changes(), pack.keyFacts(), pack.summary(), pack.charts());
  }
}
