package scorepack.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One printed cell.
 *
 * @param text exactly what the pack prints, e.g. "92.2%", "↑", "Red", "<87%", "-"; empty if blank
 * @param value the number behind the text, in the printed unit (92.17… for 92.2%), or null
 * @param format how a spreadsheet shows {@code value}; NONE when there is no number
 * @param tone the colour role
 * @param meaning the meaning in words for symbols (e.g. "improving"), or empty
 * @param code the machine value for judgements (up/down/same, red/amber/green), or empty
 * @param referencePeriod for a lagged figure, the months it describes as data ("2021-10/2022-09", the
 *     text printing them beside the figure); empty for a figure of its own period
 */
public record Cell(String text, BigDecimal value, NumberFormat format, Tone tone, String meaning, String code,
    String referencePeriod) {
  private static final int DATA_DECIMALS = 6;
  /** What a judgement cell prints where a judgement is due but a figure it needs is missing. */
  public static final String NOT_AVAILABLE = "n/a";

  public Cell {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(tone, "tone");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(referencePeriod, "referencePeriod");
    if ((value == null) != (format == NumberFormat.NONE)) {
      throw new IllegalArgumentException("a cell has a number format exactly when it has a value");
    }
  }

  /** A cell of its own period. */
  public Cell(String text, BigDecimal value, NumberFormat format, Tone tone, String meaning, String code) {
    this(text, value, format, tone, meaning, code, "");
  }

  /**
   * What the public edition prints for a figure it suppresses, and for a judgement or signal it
   * withholds with one: the Analysis Function's symbol for confidential.
   */
  public static final String SUPPRESSED = "[c]";
  /** What the symbol means, as the spreadsheets' notes and the front page's details explain it. */
  public static final String SUPPRESSED_MEANING =
      "confidential: suppressed in the public edition so that no one can be identified";

  /**
   * A figure, or a judgement resting on one, that the public edition suppresses. It carries no
   * meaning of its own (a DOT's word would print beside it): the pack explains the symbol once.
   */
  public static Cell suppressed() {
    return new Cell(SUPPRESSED, null, NumberFormat.NONE, Tone.PLAIN, "", "");
  }

  /** Whether this is a suppressed figure or judgement ("[c]"). */
  public boolean isSuppressed() {
    return value == null && text.equals(SUPPRESSED);
  }

  /** A cell of plain text. */
  public static Cell text(String text) {
    return new Cell(text, null, NumberFormat.NONE, Tone.PLAIN, "", "");
  }

  /** A blank cell. */
  public static Cell blank() {
    return text("");
  }

  /**
   * A judgement withheld because a figure it needs is missing: prints "n/a", and its meaning says why.
   *
   * @param reason why, e.g. "no 2022/23 figure yet: the latest, 2021/22, belongs to 2021/22"
   */
  public static Cell notAvailable(String reason) {
    return new Cell(NOT_AVAILABLE, null, NumberFormat.NONE, Tone.PLAIN, reason, "");
  }

  /** Whether this is a withheld judgement ("n/a"), whose meaning says why. */
  public boolean isNotAvailable() {
    return value == null && code.isEmpty() && text.equals(NOT_AVAILABLE);
  }

  public boolean hasValue() {
    return value != null;
  }

  /**
   * The cell as data: its number to six decimal places (percentages in percentage points), or
   * its judgement code (up, red, ...), or empty.
   */
  public String dataValue() {
    return hasValue() ? value.setScale(DATA_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() : code;
  }
}
