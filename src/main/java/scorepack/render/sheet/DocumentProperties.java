package scorepack.render.sheet;

import java.time.Instant;
import java.util.Objects;

/**
 * The workbook's document properties, fixed so that the same pack gives the same bytes.
 *
 * @param title the document title
 * @param subject what it is about
 * @param author the team that publishes it
 * @param language the BCP 47 language tag, e.g. en-GB
 * @param keywords comma-separated keywords
 * @param created the creation and modification time written into the file
 */
public record DocumentProperties(String title, String subject, String author, String language, String keywords,
    Instant created) {
  public DocumentProperties {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(keywords, "keywords");
    Objects.requireNonNull(created, "created");
  }
}
