package scorepack.definition;

import java.util.Objects;
import java.util.Optional;
import scorepack.engine.SmallNumbers;

/**
 * How a workspace's packs are published, from {@code scorepack.yaml}: the council and contact
 * printed in every pack's document details (unless a template's {@code details:} gives its own),
 * whether the figures are sample data, and whether each pack has a public edition beside the
 * restricted one.
 *
 * @param council the council's name, e.g. "Anytown Metropolitan Borough Council", if set
 * @param contact how a reader reaches the team, e.g. an e-mail address, if set
 * @param sampleData whether the workspace's figures are invented (the bundled samples): every pack
 *     then says "Sample data" on its front page, on every page's footer and in its document
 *     properties, so that it cannot pass for a council's publication
 * @param publicEdition the small-number rule of every pack's public edition ({@code public_edition:}),
 *     which a template may change; empty when only templates that ask for one have a public edition
 */
public record Publication(Optional<String> council, Optional<String> contact, boolean sampleData,
    Optional<SmallNumbers> publicEdition) {
  /** The label of the council's line in the document details. */
  public static final String COUNCIL_LABEL = "Council";
  /** The label of the contact's line in the document details. */
  public static final String CONTACT_LABEL = "Contact";

  /** A workspace that names no council and no contact, with real figures. */
  public static final Publication NONE = new Publication(Optional.empty(), Optional.empty(), false, Optional.empty());

  public Publication {
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(publicEdition, "publicEdition");
  }

  /** A publication with no public edition. */
  public Publication(Optional<String> council, Optional<String> contact, boolean sampleData) {
    this(council, contact, sampleData, Optional.empty());
  }

  /**
   * The small-number rule of the template's public edition: the template's {@code public_edition:}
   * over the workspace's (or over the defaults); empty when neither asks for a public edition.
   */
  public Optional<SmallNumbers> publicEdition(Template template) {
    return template.publicEdition().map(t -> t.over(publicEdition.orElse(SmallNumbers.DEFAULT))).or(() -> publicEdition);
  }
}
