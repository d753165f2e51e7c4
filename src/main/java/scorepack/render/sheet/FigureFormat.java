package scorepack.render.sheet;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import scorepack.pack.Cell;
import scorepack.pack.NumberFormat;

/**
 * How a spreadsheet shows a figure: the pack's number format plus any words or signs the pack
 * prints around the number, so that a tolerance printed "<87%" still shows "<87%" over the number
 * 0.87, and a benchmark "70.0 (2021/22)" keeps its year.
 *
 * @param prefix text shown before the number, or empty
 * @param number the pack's number format; {@link NumberFormat#NONE} for the spreadsheet's general format
 * @param suffix text shown after the number (after the % sign of a percentage), or empty
 */
public record FigureFormat(String prefix, NumberFormat number, String suffix) {
  /**
   * The one convention for percentages, in the workbook's words: every sheet holds them as the CSV
   * output does, in percentage points.
   */
  public static final String PERCENT_POINTS = "Percentages are held in percentage points, on every sheet as in the"
      + " CSV output: a cell showing 92.2% holds the number 92.2, not 0.922.";

  /**
   * Each thread's formatters by pattern, made once: a workbook's column widths are fitted to every
   * figure of its tables, and making a {@link DecimalFormat} for each figure was half of that
   * fitting (a profile of a region run). A DecimalFormat is not safe to share between the threads
   * that draw workbooks at once.
   */
  private static final ThreadLocal<Map<String, DecimalFormat>> DIGITS = ThreadLocal.withInitial(HashMap::new);

  /** The spreadsheet's general format, for long-form data. */
  public static final FigureFormat GENERAL = new FigureFormat("", NumberFormat.NONE, "");

  public FigureFormat {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(suffix, "suffix");
  }

  /** The bare number format, with nothing around the number. */
  public static FigureFormat plain(NumberFormat number) {
    return new FigureFormat("", number, "");
  }

  /** The format of a cell with a value: its pattern and the text printed around its digits. */
  public static FigureFormat of(Cell cell) {
    String text = cell.text();
    int first = firstDigit(text);
    if (first < 0) {
      return plain(cell.format());
    }
    String prefix = text.substring(0, first);
    if (cell.value().signum() < 0 && prefix.endsWith("-")) {
      // The spreadsheet prints the minus sign itself.
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    String suffix = text.substring(endOfNumber(text, first));
    if (cell.format().isPercent() && suffix.startsWith("%")) {
      suffix = suffix.substring(1);
    }
    return new FigureFormat(literal(prefix), cell.format(), literal(suffix));
  }

  /** The number as this format shows it, e.g. "<87%" or "70.0 (2021/22)". */
  public String shown(BigDecimal value) {
    if (isGeneral()) {
      return value.stripTrailingZeros().toPlainString();
    }
    return prefix + DIGITS.get().computeIfAbsent(number.digits(), FigureFormat::digits).format(value)
        + (number.isPercent() ? "%" : "") + suffix;
  }

  private static DecimalFormat digits(String pattern) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
  }

  public boolean isGeneral() {
    return number == NumberFormat.NONE;
  }

  /** The Excel number format pattern, e.g. {@code "<"0\%} or {@code #,##0.0" (2021/22)"}. */
  public String excelPattern() {
    if (isGeneral()) {
      return "General";
    }
    return quoted(prefix) + number.excelPattern() + quoted(suffix);
  }

  private static String quoted(String affix) {
    return affix.isEmpty() ? "" : "\"" + affix + "\"";
  }

  private static String literal(String affix) {
    // A quote cannot be written inside an Excel literal; such text falls back to the bare pattern.
    return affix.indexOf('"') >= 0 ? "" : affix;
  }

  private static int firstDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isAsciiDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Where the number that starts at {@code first} ends: after its digits, separators and decimal point. */
  private static int endOfNumber(String text, int first) {
    int end = first;
    while (end < text.length() && (isAsciiDigit(text.charAt(end)) || text.charAt(end) == ','
        || (text.charAt(end) == '.' && end + 1 < text.length() && isAsciiDigit(text.charAt(end + 1))))) {
      end++;
    }
    return end;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
