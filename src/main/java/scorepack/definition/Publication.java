package scorepack.definition;

import java.util.Objects;
import java.util.Optional;

/**
 * How a workspace's packs are published, from {@code scorepack.yaml}: the council and contact
 * printed in every pack's document details (unless a template's {@code details:} gives its own),
 * and whether the figures are sample data.
 *
 * @param council the council's name, e.g. "Anytown Metropolitan Borough Council", if set
 * @param contact how a reader reaches the team, e.g. an e-mail address, if set
 * @param sampleData whether the workspace's figures are invented (the bundled samples): every pack
 *     then says "Sample data" on its front page, on every page's footer and in its document
 *     properties, so that it cannot pass for a council's publication
 */
public record Publication(Optional<String> council, Optional<String> contact, boolean sampleData) {
  /** The label of the council's line in the document details. */
  public static final String COUNCIL_LABEL = "Council";
  /** The label of the contact's line in the document details. */
  public static final String CONTACT_LABEL = "Contact";

  /** A workspace that names no council and no contact, with real figures. */
  public static final Publication NONE = new Publication(Optional.empty(), Optional.empty(), false);

  public Publication {
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(contact, "contact");
  }
}
