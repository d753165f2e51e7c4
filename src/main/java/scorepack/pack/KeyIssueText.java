package scorepack.pack;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.MonthNames;
import scorepack.engine.Polarity;
import scorepack.engine.ReportingQuarter;
import scorepack.engine.ReportingYear;
import scorepack.engine.Timeline;
import scorepack.engine.YearKind;

/**
 * Writes the sentence on one line's figures, as a performance officer would: the period's figure
 * with its numerator and denominator, the target, the quarters, the year to date or outturn, last
 * year, and how the benchmarks compare. Every number is a printed cell's text, as the scorecard
 * prints it; nothing is calculated here but which way a comparison goes.
 */
final class KeyIssueText {
  private static final List<Benchmark> BENCHMARKS = List.of(
      new Benchmark(Field.SN_AVERAGE, "statistical neighbours"),
      new Benchmark(Field.REGIONAL, "the region"),
      new Benchmark(Field.NATIONAL, "the national figure"));

  private KeyIssueText() {}

  private record Benchmark(Field field, String name) {}

  /**
   * @param line the line as printed
   * @param definition the line's indicator: how often it has a figure, its reporting year, and
   *     whether high or low is good
   * @param headlineRag the RAG column the pack's summary counts
   */
  static String write(PrintedLine line, IndicatorDefinition definition, Field headlineRag) {
    List<String> sentences = new ArrayList<>();
    YearMonth period = line.period();
    Optional<Cell> month = line.monthFigure().filter(Cell::hasValue);
    Optional<Cell> year = line.yearFigure().filter(Cell::hasValue);
    Optional<Cell> lastYear = line.cell(Field.PREVIOUS_YEAR).filter(Cell::hasValue);
    String yearName = yearName(period, definition.yearKind());
    String lastYearText = lastYear.map(c -> "; in " + line.heading(Field.PREVIOUS_YEAR).orElse("the year before")
        + " it was " + c.text()).orElse("");
    if (definition.timeline() == Timeline.ANNUAL && year.isPresent()) {
      sentences.add(capitalised(yearName) + " is " + withFraction(year.get(), line, Field.YTD_NUMERATOR,
          Field.YTD_DENOMINATOR) + target(line) + rated(line, headlineRag) + lastYearText + ".");
    } else {
      Optional<Cell> lastQuarter = line.cell(Field.QUARTER).filter(Cell::hasValue);
      ReportingQuarter quarter = ReportingQuarter.lastCompleteAt(period, YearKind.FINANCIAL);
      String quarterBefore = line.cell(Field.PREVIOUS_QUARTER).filter(Cell::hasValue)
          .map(c -> " (" + quarter.previous().label() + " figure " + c.text() + ")").orElse("");
      boolean quarterly = definition.timeline() == Timeline.QUARTERLY;
      if (month.isPresent()) {
        sentences.add((quarterly ? "In " + quarterName(quarter) : when(definition.timeline(), period))
            + " the figure was " + withFraction(month.get(), line, Field.NUMERATOR, Field.DENOMINATOR)
            + target(line) + (headlineRag == Field.RAG_MONTH ? rated(line, headlineRag) : "")
            + (quarterly ? quarterBefore : "") + ".");
      } else {
        sentences.add("There is no figure for " + MonthNames.longName(period) + target(line) + ".");
      }
      if (!quarterly && lastQuarter.isPresent()) {
        sentences.add("In " + quarterName(quarter) + " the figure was " + lastQuarter.get().text() + quarterBefore
            + ".");
      }
      if (year.isPresent()) {
        sentences.add(capitalised(yearName) + " is " + withFraction(year.get(), line, Field.YTD_NUMERATOR,
            Field.YTD_DENOMINATOR) + (headlineRag == Field.RAG_YEAR ? rated(line, headlineRag) : "")
            + lastYearText + ".");
      } else if (lastYear.isPresent()) {
        sentences.add("In " + line.heading(Field.PREVIOUS_YEAR).orElse("the year before") + " the figure was "
            + lastYear.get().text() + ".");
      }
    }
    Optional<Cell> compared = year.isPresent() ? year : month;
    String comparedName = year.isPresent() ? yearName : "the " + MonthNames.longName(period) + " figure";
    compared.flatMap(c -> benchmarks(line, c, comparedName, definition.polarity())).ifPresent(sentences::add);
    return String.join(" ", sentences);
  }

  /** "quarter 4 of 2021/22": the quarters of the financial year, as the pack's CSV names them. */
  private static String quarterName(ReportingQuarter quarter) {
    return quarter.label().toLowerCase(Locale.ROOT) + " of " + quarter.year().label();
  }

  /** "In March 2023", or the period a termly figure ends with. */
  private static String when(Timeline timeline, YearMonth period) {
    return timeline == Timeline.TERMLY ? "In the term to " + MonthNames.longName(period)
        : "In " + MonthNames.longName(period);
  }

  /** "85.0% (131/146)" where the pack holds the counts behind a percentage. */
  private static String withFraction(Cell figure, PrintedLine line, Field numerator, Field denominator) {
    Optional<Cell> num = line.cell(numerator).filter(Cell::hasValue);
    Optional<Cell> den = line.cell(denominator).filter(Cell::hasValue);
    return num.isPresent() && den.isPresent()
        ? figure.text() + " (" + num.get().text() + "/" + den.get().text() + ")" : figure.text();
  }

  /** ", against a target of at least 75%": the green band, its bound as printed. */
  private static String target(PrintedLine line) {
    return line.cell(Field.GREEN).filter(Cell::hasValue).map(g -> ", against a target of " + g.meaning() + " "
        + g.text().replace("+", "").replace("<", "")).orElse("");
  }

  /**
   * " (rated Amber, improving)": the pack's headline RAG of the line and, beside it, its direction
   * of travel in words, as the scorecard prints them.
   */
  private static String rated(PrintedLine line, Field headlineRag) {
    Field dot = headlineRag == Field.RAG_YEAR ? Field.DOT_YEAR : Field.DOT_MONTH;
    Optional<Cell> rag = line.cell(headlineRag).filter(c -> !c.code().isEmpty());
    if (rag.isEmpty()) {
      return "";
    }
    String direction = line.cell(dot).map(Cell::meaning).filter(m -> !m.isEmpty()).map(m -> ", " + m).orElse("");
    return " (rated " + rag.get().text() + direction + ")";
  }

  /** "the 2021/22 outturn" at the end of the line's reporting year, else "the 2022/23 year to date". */
  private static String yearName(YearMonth period, YearKind kind) {
    ReportingYear year = ReportingYear.containing(period, kind);
    return "the " + year.label() + (period.equals(year.lastMonth()) ? " outturn" : " year to date");
  }

  /**
   * "The 2021/22 outturn is stronger than statistical neighbours at 5.8% and falls short of the
   * national figure at 4.7%." Compared as printed, the direction decided by the line's polarity.
   */
  private static Optional<String> benchmarks(PrintedLine line, Cell figure, String figureName, Polarity polarity) {
    List<String> stronger = new ArrayList<>();
    List<String> level = new ArrayList<>();
    List<String> weaker = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    for (Benchmark b : BENCHMARKS) {
      Optional<Cell> cell = line.cell(b.field()).filter(Cell::hasValue);
      if (cell.isEmpty()) {
        continue;
      }
      String named = b.name() + " at " + cell.get().text();
      listed.add(named);
      int order = Printed.compare(figure, cell.get());
      if (order == 0) {
        level.add(named);
      } else if ((order > 0) == (polarity == Polarity.HIGH)) {
        stronger.add(named);
      } else {
        weaker.add(named);
      }
    }
    if (listed.isEmpty()) {
      return Optional.empty();
    }
    if (polarity == Polarity.INFO) {
      return Optional.of("For comparison: " + and(listed) + ".");
    }
    List<String> clauses = new ArrayList<>();
    if (!stronger.isEmpty()) {
      clauses.add("is stronger than " + and(stronger));
    }
    if (!level.isEmpty()) {
      clauses.add("is in line with " + and(level));
    }
    if (!weaker.isEmpty()) {
      clauses.add("falls short of " + and(weaker));
    }
    return Optional.of(capitalised(figureName) + " " + and(clauses) + ".");
  }

  private static String and(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
