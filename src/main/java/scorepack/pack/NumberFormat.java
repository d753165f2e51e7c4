package scorepack.pack;

/**
 * How a spreadsheet shows a cell's number. A percentage's value is in percentage points (92.2), in
 * the spreadsheets as in the CSV, so its pattern prints the % sign as an escaped literal, which does
 * not scale.
 */
public enum NumberFormat {
  NONE("", 0, false),
  INTEGER("#,##0", 0, false),
  ONE_DECIMAL("#,##0.0", 1, false),
  TWO_DECIMALS("#,##0.00", 2, false),
  PERCENT_INTEGER("0", 0, true),
  PERCENT_ONE_DECIMAL("0.0", 1, true),
  PERCENT_TWO_DECIMALS("0.00", 2, true);

  private final String digits;
  private final int decimals;
  private final boolean percent;

  NumberFormat(String digits, int decimals, boolean percent) {
    this.digits = digits;
    this.decimals = decimals;
    this.percent = percent;
  }

  /** The Excel number format pattern, e.g. {@code 0.0\%}: an escaped % sign shows, and does not scale. */
  public String excelPattern() {
    return percent ? digits + "\\%" : digits;
  }

  /** The pattern of the digits alone, without the % sign, e.g. {@code #,##0.0}. */
  public String digits() {
    return digits;
  }

  public int decimals() {
    return decimals;
  }

  /** Whether the value is a percentage, in percentage points. */
  public boolean isPercent() {
    return percent;
  }

  /** The format for a figure with this many decimals. */
  public static NumberFormat of(boolean percent, int decimals) {
    if (percent) {
      return decimals <= 0 ? PERCENT_INTEGER : decimals == 1 ? PERCENT_ONE_DECIMAL : PERCENT_TWO_DECIMALS;
    }
    return decimals <= 0 ? INTEGER : decimals == 1 ? ONE_DECIMAL : TWO_DECIMALS;
  }
}
