package scorepack.render.pdf;

import java.util.Objects;

/**
 * A place a reader can jump to, from the outline and from the contents list: a part of the pack or
 * a section of the scorecard.
 *
 * @param title the part's heading or the section's title
 * @param level 0 for a part, 1 for a section within the part before it
 * @param page the page, counted from 0 at the first page of its part (or, once shifted, of the document)
 * @param top the y of the heading's top edge on that page
 */
record Landmark(String title, int level, int page, float top) {
  Landmark {
    Objects.requireNonNull(title, "title");
    if (level < 0 || level > 1 || page < 0) {
      throw new IllegalArgumentException("bad landmark " + title + ": level " + level + ", page " + page);
    }
  }

  /** The same landmark counted from {@code pages} pages earlier. */
  Landmark shifted(int pages) {
    return new Landmark(title, level, page + pages, top);
  }
}
