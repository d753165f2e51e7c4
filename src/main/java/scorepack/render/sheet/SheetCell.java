package scorepack.render.sheet;

import java.math.BigDecimal;
import java.util.Objects;
import scorepack.pack.Cell;
import scorepack.pack.Tone;

/** One cell of a laid-out sheet: text, a number with its format, or a link to another sheet. */
public sealed interface SheetCell {
  /** Text, never a formula, drawn by its role and tone. */
  record Text(String text, TextRole role, Tone tone) implements SheetCell {
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(tone, "tone");
    }
  }

  /**
   * A number, stored as a number.
   *
   * @param value the value as the spreadsheet holds it (a percentage in percentage points, 92.2 for 92.2%)
   * @param format how it is shown
   * @param tone the colour role
   */
  record Figure(BigDecimal value, FigureFormat format, Tone tone) implements SheetCell {
    public Figure {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(tone, "tone");
    }
  }

  /** The name of another sheet, linked to its cell A1. */
  record Link(String sheet) implements SheetCell {
    public Link {
      Objects.requireNonNull(sheet, "sheet");
    }
  }

  /** A pack's cell that holds a number, as that number in the format the pack prints it in. */
  static Figure figure(Cell cell) {
    return new Figure(cell.value(), FigureFormat.of(cell), cell.tone());
  }

  static Text body(String text) {
    return new Text(text, TextRole.BODY, Tone.PLAIN);
  }

  static Text text(String text, TextRole role) {
    return new Text(text, role, Tone.PLAIN);
  }

  /** Whether the cell shows nothing. */
  default boolean isEmpty() {
    return this instanceof Text t && t.text().isEmpty();
  }
}
