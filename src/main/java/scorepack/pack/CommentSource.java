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
  NOT_SUPPLIED("not_supplied");

  /** What a Red line without commentary prints where the comment would be. */
  public static final String NOT_SUPPLIED_TEXT = "No commentary supplied";

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
