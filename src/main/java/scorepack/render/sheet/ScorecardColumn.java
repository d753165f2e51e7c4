package scorepack.render.sheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import scorepack.pack.Cell;
import scorepack.pack.Column;
import scorepack.pack.Field;
import scorepack.pack.Tone;

/** One column of a scorecard table: its heading, its width and how it draws a line's cell. */
interface ScorecardColumn {
  String header();

  /** Width in characters. */
  int width();

  SheetCell cell(ScorecardRow row);

  /** The section a line belongs to, for a table that holds several sections. */
  record SectionName() implements ScorecardColumn {
    @Override
    public String header() {
      return "Section";
    }

    @Override
    public int width() {
      return 24;
    }

    @Override
    public SheetCell cell(ScorecardRow row) {
      return SheetCell.body(row.section());
    }
  }

  /**
   * A column of the pack, drawn as the pack prints it: figures as numbers, empty figures as
   * shorthand, RAG as its word, DOT as its arrow and word.
   */
  record PackColumn(Column column, int index, String header, MissingFigures missing) implements ScorecardColumn {
    @Override
    public int width() {
      return switch (column.field()) {
        case INDICATOR -> 50;
        case REF -> 8;
        case CODES, DATA_NOTE -> 12;
        case POLARITY, TIMELINE -> 10;
        case DOT_MONTH, DOT_YEAR -> 13;
        case SN_AVERAGE, BEST_SN, NATIONAL, TOP_QUARTILE, REGIONAL -> 14;
        case SPC_VARIATION, SPC_ASSURANCE -> 16;
        default -> 11;
      };
    }

    @Override
    public SheetCell cell(ScorecardRow row) {
      Field field = column.field();
      if (field == Field.REF) {
        return SheetCell.body(row.ref());
      }
      if (field == Field.CODES) {
        return SheetCell.body(row.codes());
      }
      Cell cell = row.row().cells().get(index);
      Optional<Shorthand> shorthand = missing.of(cell);
      if (shorthand.isPresent()) {
        return SheetCell.body(shorthand.get().symbol());
      }
      if (cell.hasValue()) {
        return SheetCell.figure(cell);
      }
      boolean dot = field == Field.DOT_MONTH || field == Field.DOT_YEAR;
      String text = dot && !cell.meaning().isEmpty() ? cell.text() + " " + cell.meaning() : cell.text();
      return new SheetCell.Text(text, TextRole.BODY, cell.tone());
    }
  }

  /** One period of the line's trend, oldest first: the numbers a sparkline would draw. */
  record TrendValue(int period, String header) implements ScorecardColumn {
    @Override
    public int width() {
      return 9;
    }

    @Override
    public SheetCell cell(ScorecardRow row) {
      if (row.row().trend() == null || period >= row.row().trend().values().size()) {
        return SheetCell.body(Shorthand.NOT_APPLICABLE.symbol());
      }
      BigDecimal value = row.row().trend().values().get(period);
      if (value == null) {
        return SheetCell.body(row.row().trend().isSuppressed(period) ? Shorthand.CONFIDENTIAL.symbol()
            : Shorthand.NOT_AVAILABLE.symbol());
      }
      FigureFormat format = row.trendFormat();
      return new SheetCell.Figure(value, format, Tone.PLAIN);
    }
  }

  /** The first and last period of the line's trend, for tables whose lines have different periods. */
  record TrendPeriods() implements ScorecardColumn {
    @Override
    public String header() {
      return "Trend periods";
    }

    @Override
    public int width() {
      return 20;
    }

    @Override
    public SheetCell cell(ScorecardRow row) {
      if (row.row().trend() == null || row.row().trend().labels().isEmpty()) {
        return SheetCell.body("");
      }
      List<String> labels = row.row().trend().labels();
      return SheetCell.body(labels.get(0) + " to " + labels.get(labels.size() - 1));
    }
  }

  /** The sentence that states the trend: the text alternative of the PDF's sparkline. */
  record TrendSummary() implements ScorecardColumn {
    @Override
    public String header() {
      return "Trend summary";
    }

    @Override
    public int width() {
      return 40;
    }

    @Override
    public SheetCell cell(ScorecardRow row) {
      return SheetCell.body(row.row().trend() == null ? "" : row.row().trend().description());
    }
  }

  /**
   * What the process control signals rest on, in a sentence: the latest point against the mean and
   * limits, and whether the target is met. Empty where the line has no signals.
   */
  record SpcSummary(List<Integer> indexes) implements ScorecardColumn {
    public SpcSummary {
      indexes = List.copyOf(indexes);
    }

    @Override
    public String header() {
      return "Process control summary";
    }

    @Override
    public int width() {
      return 40;
    }

    @Override
    public SheetCell cell(ScorecardRow row) {
      for (int index : indexes) {
        Cell cell = row.row().cells().get(index);
        if (!cell.meaning().isEmpty()) {
          return SheetCell.body(cell.meaning());
        }
      }
      return SheetCell.body("");
    }
  }

  /**
   * The service lead's commentary on the line for the month, as the pack prints it (a comment carried
   * from an earlier month says so). Empty where there is none: it is text, not a missing figure.
   */
  record Commentary() implements ScorecardColumn {
    @Override
    public String header() {
      return "Commentary";
    }

    @Override
    public int width() {
      return 60;
    }

    @Override
    public SheetCell cell(ScorecardRow row) {
      Cell comment = row.row().data().get(Field.COMMENTARY);
      return SheetCell.body(comment == null ? "" : comment.text());
    }
  }

  /** The markers of the notes on the line. */
  record NoteMarkers() implements ScorecardColumn {
    @Override
    public String header() {
      return "Notes";
    }

    @Override
    public int width() {
      return 16;
    }

    @Override
    public SheetCell cell(ScorecardRow row) {
      return SheetCell.body(row.notes());
    }
  }
}
