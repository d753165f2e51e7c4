package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import scorepack.definition.Template;
import scorepack.engine.DirectionOfTravel;
import scorepack.engine.DisplayPrecision;
import scorepack.engine.Figure;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.IndicatorResult;
import scorepack.engine.MonthColumns;
import scorepack.engine.PeriodCalendar;
import scorepack.engine.PeriodColumns;
import scorepack.engine.PeriodFigure;
import scorepack.engine.SeriesKey;
import scorepack.engine.Tolerance;
import scorepack.pack.Cell;
import scorepack.pack.Column;
import scorepack.pack.Field;
import scorepack.pack.Pack;
import scorepack.pack.PackBuilder;
import scorepack.pack.Row;
import scorepack.pack.Section;
import scorepack.workspace.Workspace;

/**
 * Checks, from the cells a pack prints, that no judgement exists without its figures (issue 14):
 * a printed RAG (month) or DOT (month) rests on the latest month column with a figure, which is the
 * line's latest period and belongs to the current reporting year; a RAG (Yr End) on the printed
 * year to date or outturn; a DOT (Yr on Yr) on that and the printed previous year. Each is judged
 * again here from the printed number, at display precision. A withheld judgement prints "n/a" with
 * a reason; a RAG is blank only where the line has no tolerances; a DOT is never blank.
 */
final class PrintedJudgements {
  private final Workspace workspace;
  private final PackCalculation calculation;
  private final PeriodCalendar calendar;
  private int judged;
  private int withheld;

  PrintedJudgements(Workspace workspace) {
    this.workspace = workspace;
    this.calculation = new PackCalculation(workspace);
    this.calendar = workspace.settings().calendar();
  }

  /** How many printed RAG and DOT cells were checked, and how many of them were n/a. */
  int judged() {
    return judged;
  }

  int withheld() {
    return withheld;
  }

  void check(Template template, YearMonth period, SoftAssertions softly) {
    Pack pack = calculation.pack(template, period, Instant.EPOCH);
    MonthColumns shown = new MonthColumns(period, template.monthColumns());
    assertThat(pack.columns().stream().filter(c -> c.field() == Field.MONTH).map(Column::period))
        .as("%s month columns", template.id()).containsExactlyElementsOf(shown.months());
    for (int s = 0; s < pack.sections().size(); s++) {
      Section section = pack.sections().get(s);
      PeriodColumns periods = PackBuilder.periodColumns(template, template.sections().get(s), period, calendar);
      for (Row row : section.rows()) {
        IndicatorResult r = calculation.line(new SeriesKey(row.indicatorId(), row.breakdown()), periods, template);
        // A line that shares its row with another prints that line's DOT (month), which is checked there.
        Optional<Row> dotSource = dotMonthFrom(template, row.indicatorId()).flatMap(from -> section.rows().stream()
            .filter(o -> o.indicatorId().equals(from) && o.breakdown().equals(row.breakdown())).findFirst());
        new Line(pack, row, r, dotSource, template.id() + " " + period + " " + row.indicatorId() + " "
            + row.breakdown(), softly, pack.columnsOf(section), periods.reportingMonth()).check();
      }
    }
  }

  private static Optional<String> dotMonthFrom(Template template, String indicator) {
    return template.sections().stream().flatMap(s -> s.rows().stream()).filter(r -> r.indicator().equals(indicator))
        .findFirst().flatMap(Template.RowSpec::dotMonthFrom);
  }

  /** One printed line and its calculation. */
  private final class Line {
    private final Pack pack;
    private final Row row;
    private final IndicatorResult r;
    private final Optional<Row> dotSource;
    private final IndicatorDefinition def;
    private final String where;
    private final SoftAssertions softly;
    private final List<Column> columns;
    private final YearMonth asAt;

    /**
     * @param columns the columns of the row's section
     * @param asAt the month its section's figures are as at (for a table of terms, the latest term's end)
     */
    Line(Pack pack, Row row, IndicatorResult r, Optional<Row> dotSource, String where, SoftAssertions softly,
        List<Column> columns, YearMonth asAt) {
      this.pack = pack;
      this.row = row;
      this.r = r;
      this.dotSource = dotSource;
      this.def = r.definition();
      this.where = where;
      this.softly = softly;
      this.columns = columns;
      this.asAt = asAt;
    }

    void check() {
      Optional<Tolerance> tolerance = r.tolerance();
      Optional<PeriodFigure> latest = latestPrinted();
      cell(Field.RAG_MONTH).ifPresent(c -> {
        if (ratedOrWithheld(c, tolerance, "RAG (month)") && latestIsJudgeable(latest, "RAG (month)")) {
          softly.assertThat(c.code()).as(where + " RAG (month)").isEqualTo(rag(tolerance, latest.get().figure()
              .orElseThrow().value()));
        }
      });
      cell(Field.DOT_MONTH).filter(c -> dotSource.isPresent()).ifPresent(c -> softly.assertThat(c)
          .as(where + " DOT (month) is the line's it shares its row with").isEqualTo(cell(dotSource.get(), Field.DOT_MONTH)
              .orElseThrow()));
      cell(Field.DOT_MONTH).filter(c -> dotSource.isEmpty()).ifPresent(c -> {
        if (judgedOrWithheld(c, "DOT (month)") && latestIsJudgeable(latest, "DOT (month)")) {
          List<PeriodFigure> trend = r.trend();
          // the latest period, which latestIsJudgeable has matched with the printed month
          softly.assertThat(trend.get(trend.size() - 1).month()).as(where + " DOT (month) period")
              .isEqualTo(calendar.periodEndAtOrBefore(def, asAt));
          Optional<BigDecimal> before = trend.get(trend.size() - 2).figure().map(f -> f.value());
          softly.assertThat(before).as(where + " DOT (month) earlier figure").isPresent();
          before.ifPresent(b -> softly.assertThat(c.code()).as(where + " DOT (month)")
              .isEqualTo(direction(b, latest.get().figure().orElseThrow().value())));
        }
      });
      Optional<Cell> year = cell(Field.YTD).or(() -> cell(Field.OUTTURN));
      cell(Field.RAG_YEAR).ifPresent(c -> {
        if (ratedOrWithheld(c, tolerance, "RAG (Yr End)")) {
          softly.assertThat(year.filter(Cell::hasValue)).as(where + " RAG (Yr End) needs the printed year").isPresent();
          year.filter(Cell::hasValue).ifPresent(y -> softly.assertThat(c.code()).as(where + " RAG (Yr End)")
              .isEqualTo(rag(tolerance, y.value())));
        }
      });
      cell(Field.DOT_YEAR).ifPresent(c -> {
        if (judgedOrWithheld(c, "DOT (Yr on Yr)")) {
          Optional<Cell> previous = cell(Field.PREVIOUS_YEAR).filter(Cell::hasValue);
          softly.assertThat(year.filter(Cell::hasValue)).as(where + " DOT (Yr on Yr) needs the year").isPresent();
          softly.assertThat(previous).as(where + " DOT (Yr on Yr) needs last year").isPresent();
          if (year.filter(Cell::hasValue).isPresent() && previous.isPresent()) {
            softly.assertThat(c.code()).as(where + " DOT (Yr on Yr)")
                .isEqualTo(direction(previous.get().value(), year.get().value()));
          }
        }
      });
    }

    /** Whether the RAG cell holds a rating to check; a withheld or blank one is checked here. */
    private boolean ratedOrWithheld(Cell c, Optional<Tolerance> tolerance, String what) {
      if (tolerance.isEmpty()) {
        softly.assertThat(c.text()).as(where + " " + what + " with no tolerances is blank").isEmpty();
        return false;
      }
      return judgedOrWithheld(c, what);
    }

    private boolean judgedOrWithheld(Cell c, String what) {
      if (c.code().isEmpty()) {
        softly.assertThat(c.isNotAvailable()).as(where + " " + what + " is a judgement or n/a, not '" + c.text() + "'")
            .isTrue();
        softly.assertThat(c.meaning()).as(where + " " + what + " n/a says why").isNotBlank();
        withheld++;
        judged++;
        return false;
      }
      judged++;
      return true;
    }

    /** The latest printed month figure is the line's latest period, of the current reporting year. */
    private boolean latestIsJudgeable(Optional<PeriodFigure> latest, String what) {
      softly.assertThat(latest).as(where + " " + what + " needs a printed month figure").isPresent();
      if (latest.isEmpty()) {
        return false;
      }
      YearMonth m = latest.get().month();
      softly.assertThat(r.year().contains(m)).as(where + " " + what + " period " + m + " is in " + r.year()).isTrue();
      YearMonth latestEnd = calendar.periodEndAtOrBefore(def, asAt);
      if (def.publishedIn().isPresent() && m.equals(r.year().lastMonth()) && !m.equals(latestEnd)) {
        // an annual figure published part-way through its year prints again at year end: the same figure
        softly.assertThat(r.latest().map(f -> DisplayPrecision.round(f.value(), def.decimals())))
            .as(where + " " + what + " year-end column repeats the latest period")
            .contains(DisplayPrecision.round(latest.get().figure().orElseThrow().value(), def.decimals()));
        return true;
      }
      softly.assertThat(latestEnd).as(where + " " + what + " rates the latest period").isEqualTo(m);
      return true;
    }

    /** The last month column that prints a figure, with that figure as printed. */
    private Optional<PeriodFigure> latestPrinted() {
      List<PeriodFigure> printed = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        Column column = columns.get(i);
        Cell cell = row.cells().get(i);
        if (column.field() == Field.MONTH && cell.hasValue()) {
          printed.add(new PeriodFigure(column.period(), Optional.of(new Figure(cell.value(), "printed", List.of()))));
        }
      }
      return printed.isEmpty() ? Optional.empty() : Optional.of(printed.get(printed.size() - 1));
    }

    private Optional<Cell> cell(Field field) {
      return cell(row, field);
    }

    private Optional<Cell> cell(Row of, Field field) {
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).field() == field) {
          return Optional.of(of.cells().get(i));
        }
      }
      return Optional.empty();
    }

    private String rag(Optional<Tolerance> tolerance, BigDecimal value) {
      return tolerance.orElseThrow().judge(DisplayPrecision.round(value, def.decimals())).code();
    }

    private String direction(BigDecimal from, BigDecimal to) {
      return DirectionOfTravel.between(from, to, def.decimals(), def.polarity(), "").direction().code();
    }
  }
}
