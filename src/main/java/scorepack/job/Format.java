package scorepack.job;

import java.util.Locale;

/** The output formats of a pack. */
public enum Format {
  /** The committee document. */
  PDF,
  /** The analysts' workbook. */
  XLSX,
  /** The same workbook as an OpenDocument spreadsheet, which GOV.UK prefers for publishing. */
  ODS,
  /** Every printed figure in long form. */
  CSV;

  /** The file extension, without the dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }
}
