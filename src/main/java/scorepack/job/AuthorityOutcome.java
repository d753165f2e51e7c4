package scorepack.job;

import java.nio.file.Path;
import java.util.List;
import scorepack.diagnostic.Diagnostics;

/**
 * What one authority's part of a run did.
 *
 * @param diagnostics its problems and warnings
 * @param written the files written for it
 * @param failed whether its input had errors (and so nothing was written for it)
 */
record AuthorityOutcome(Diagnostics diagnostics, List<Path> written, boolean failed) {
  AuthorityOutcome {
    written = List.copyOf(written);
  }
}
