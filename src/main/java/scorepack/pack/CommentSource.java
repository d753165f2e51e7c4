package scorepack.pack;

import java.util.Arrays;

/**
 * Where the commentary a line carries came from. A line rated Red always carries one, so that the
 * exceptions, the workbook's commentary column and the CSV account for every Red.
 */
public enum CommentSource {
  /** The month's own comment from the commentary file. */
  WRITTEN(""),
  /** An earlier month's comment, carried forward; the text says from when. */
  CARRIED_FORWARD("carried_forward"),
  /** None was supplied for a line rated Red; the text says so. */
  NOT_SUPPLIED("not_supplied"),
  /** The public edition leaves out the comment on a line with a suppressed figure, which it could give away. */
  WITHHELD("withheld");

  /** What a Red line without commentary prints where the comment would be. */
  public static final String NOT_SUPPLIED_TEXT = "No commentary supplied";
  /** What the public edition prints in place of the comment on a line with a suppressed figure. */
  public static final String WITHHELD_TEXT = "Commentary withheld from the public edition: it may give away a"
      + " figure suppressed " + Cell.SUPPRESSED + " on this line";

  private final String code;

  CommentSource(String code) {
    this.code = code;
  }

  /** The commentary cell's code, the CSV output's value: empty for a written comment. */
  public String code() {
    return code;
  }

  /** Where a commentary cell's text came from. */
  public static CommentSource of(Cell commentary) {
    return Arrays.stream(values()).filter(s -> s.code.equals(commentary.code())).findFirst().orElse(WRITTEN);
  }

  Cell cell(String text) {
    return new Cell(text, null, NumberFormat.NONE, Tone.PLAIN, "", code);
  }
}
