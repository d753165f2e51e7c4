package scorepack.pack;

import java.time.Instant;
import java.util.Objects;

/**
 * Document properties every output carries, fixed so that the same inputs give the same bytes.
 *
 * @param title the document title
 * @param subject what the document is about, e.g. "Performance scorecard as at December 2022"
 * @param author the team that publishes it
 * @param language the BCP 47 language tag, {@code en-GB}
 * @param created the creation and modification date written into the files
 * @param documentId a stable identifier derived from the inputs (hex), for the PDF file ID
 */
public record PackMetadata(
    String title, String subject, String author, String language, Instant created, String documentId) {
  public PackMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(documentId, "documentId");
  }
}
