package scorepack.definition;

/** How a source's indicator codes become indicator ids. */
public enum CodeMatch {
  /** The codes are the ids as they are (scorepack's own extracts). */
  EXACT,
  /** A code is the id written in another case: {@code SC-CONTACTS} is {@code sc-contacts}. */
  IGNORE_CASE,
  /** Each code is listed with its id; a code not listed is a problem. */
  LISTED
}
