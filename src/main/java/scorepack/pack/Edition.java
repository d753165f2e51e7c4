package scorepack.pack;

import java.util.Locale;

/** Whom a pack is for: the full figures for officers and members, or the public, with small numbers suppressed. */
public enum Edition {
  /** Every figure, for those entitled to see them: the pack as it has always been. */
  RESTRICTED(""),
  /** For publication: counts that could identify someone, and every figure that would reveal one, are suppressed. */
  PUBLIC("-public");

  private final String fileSuffix;

  Edition(String fileSuffix) {
    this.fileSuffix = fileSuffix;
  }

  /** The edition's name in the ledger and on the command line, e.g. {@code public}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the edition adds to a pack's file names: nothing, or {@code -public}. */
  public String fileSuffix() {
    return fileSuffix;
  }
}
