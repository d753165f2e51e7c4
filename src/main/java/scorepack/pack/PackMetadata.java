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
 * @param sampleData whether the figures are invented (the title and subject then say "Sample data",
 *     and the spreadsheets' keywords too)
 * @param edition the edition: the public one says so in its title and keywords and its file names
 * @param paper the paper the PDF is laid out for
 */
public record PackMetadata(String title, String subject, String author, String language, Instant created,
    String documentId, boolean sampleData, Edition edition, Paper paper) {
  /** The words that open the title and subject of a pack of invented figures. */
  public static final String SAMPLE_DATA = "Sample data";

  /** The properties of a pack of real figures. */
  public PackMetadata(String title, String subject, String author, String language, Instant created,
      String documentId) {
    this(title, subject, author, language, created, documentId, false, Edition.RESTRICTED, Paper.A3);
  }

  /** The properties of a restricted pack. */
  public PackMetadata(String title, String subject, String author, String language, Instant created,
      String documentId, boolean sampleData) {
    this(title, subject, author, language, created, documentId, sampleData, Edition.RESTRICTED, Paper.A3);
  }

  /** The properties of a pack laid out for the paper its scorecard's width asks for. */
  public PackMetadata(String title, String subject, String author, String language, Instant created,
      String documentId, boolean sampleData, Edition edition) {
    this(title, subject, author, language, created, documentId, sampleData, edition, Paper.A3);
  }

  public PackMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(paper, "paper");
  }
}
