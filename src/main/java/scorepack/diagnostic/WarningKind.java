package scorepack.diagnostic;

import java.util.Locale;

/**
 * What a warning is about, so that a run can total its warnings by kind and say which of them need
 * a person before the packs go out. Errors are of kind {@link #OTHER} but for the problems of
 * mapping a council's own extracts, which validate totals by kind too; notes are {@link #OTHER}.
 */
public enum WarningKind {
  /** A line rated Red with no commentary for the month. */
  RED_WITHOUT_COMMENTARY("Red line without commentary", "Red lines without commentary", true),
  /** A line rated Amber with no commentary, where the workspace asks for Amber commentary. */
  AMBER_WITHOUT_COMMENTARY("Amber line without commentary", "Amber lines without commentary", true),
  /** A line rated Green with no commentary, where the workspace asks for Green commentary. */
  GREEN_WITHOUT_COMMENTARY("Green line without commentary", "Green lines without commentary", true),
  /** A line that needs commentary and prints only last month's, carried forward. */
  COMMENTARY_CARRIED_FORWARD("line with only last month's commentary", "lines with only last month's commentary",
      true),
  /** A comment that states a figure differently from the pack. */
  MISQUOTED_FIGURE("comment that misquotes a figure", "comments that misquote a figure", true),
  /** Text that marks a placeholder ("TODO", "illegible"), which a published pack must not print. */
  PLACEHOLDER("placeholder", "placeholders", true),
  /** A re-run extract that moved a shown figure by more than revision_warning_percent. */
  LARGE_REVISION("large revision", "large revisions", true),
  /** A month missing inside a series. */
  GAP("gap", "gaps", false),
  /** A line with no figure for the reporting month (often a figure that lags). */
  NO_FIGURE_FOR_PERIOD("line with no figure for the month", "lines with no figure for the month", false),
  /** A line that no extract holds any figure for. */
  NO_FIGURES("line with no figures at all", "lines with no figures at all", false),
  /** An extract with a header and no rows. */
  EMPTY_EXTRACT("extract with no figures", "extracts with no figures", false),
  /** A number under not_figures: that the comment does not contain. */
  UNUSED_NOT_FIGURE("unused not_figures entry", "unused not_figures entries", false),
  /** A code in a council's extract that is no indicator's id, and that its source does not map (an error). */
  UNKNOWN_CODE("unknown indicator code", "unknown indicator codes", true),
  /** A breakdown word in a council's extract that is none of the indicator's breakdowns (an error). */
  UNKNOWN_BREAKDOWN_WORD("unknown breakdown word", "unknown breakdown words", true),
  /** A month in a council's extract not written in its source's date format (an error). */
  MONTH_NOT_IN_FORMAT("month not in the date format", "months not in the date format", true),
  /** A word in a wide source's measure column that is none of its measure words (an error). */
  UNKNOWN_MEASURE_WORD("unknown measure word", "unknown measure words", true),
  /** Any other warning; and the kind of every other error and note. */
  OTHER("other warning", "other warnings", false);

  private final String one;
  private final String many;
  private final boolean needsPerson;

  WarningKind(String one, String many, boolean needsPerson) {
    this.one = one;
    this.many = many;
    this.needsPerson = needsPerson;
  }

  /** How many of this kind, in words: "1 gap", "28 Red lines without commentary". */
  public String count(long n) {
    return n + " " + (n == 1 ? one : many);
  }

  /**
   * Whether someone must act before the packs go out (write a comment, check a re-run), so that
   * {@code --quiet} still prints it; the others describe the data as it stands.
   */
  public boolean needsPerson() {
    return needsPerson;
  }

  /** The kind as the run record names it, e.g. {@code red_without_commentary}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
