package scorepack.job;

import java.util.EnumSet;
import java.util.Set;
import scorepack.pack.Edition;

/** Which editions a run writes ({@code generate --edition}). */
public enum EditionChoice {
  /** Only the full figures, as every pack was before editions (the default). */
  RESTRICTED(EnumSet.of(Edition.RESTRICTED)),
  /** Only the public edition, named PACK-YYYY-MM-public.*, with small numbers suppressed. */
  PUBLIC(EnumSet.of(Edition.PUBLIC)),
  /** Both, from the same calculation. */
  ALL(EnumSet.allOf(Edition.class));

  private final Set<Edition> editions;

  EditionChoice(Set<Edition> editions) {
    this.editions = editions;
  }

  public Set<Edition> editions() {
    return EnumSet.copyOf(editions);
  }
}
