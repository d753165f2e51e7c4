package scorepack.render.sheet;

/** What a piece of text is, which decides how each writer draws it. */
public enum TextRole {
  /** The sheet's title, in A1. */
  TITLE,
  /** A line of explanation in column A above a table; not wrapped, so it may run across empty cells. */
  LINE,
  /** A heading over a block of the cover or the key facts. */
  HEADING,
  /** The label of a label and text pair. */
  LABEL,
  /** Running text beside a label, wrapped. */
  PARAGRAPH,
  /** A table's column heading. */
  HEADER,
  /** A text cell in a table, drawn in its tone and wrapped. */
  BODY
}
