package scorepack.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import scorepack.diagnostic.Diagnostics;

/**
 * What one authority's part of a run did.
 *
 * @param diagnostics its problems and warnings
 * @param written the files written for it
 * @param failed whether its input had errors or its files could not be published (so nothing was written for it)
 * @param writeFailure why its files could not be published, when that was the failure
 */
record AuthorityOutcome(Diagnostics diagnostics, List<Path> written, boolean failed, Optional<String> writeFailure) {
  AuthorityOutcome {
    written = List.copyOf(written);
    Objects.requireNonNull(writeFailure, "writeFailure");
  }

  AuthorityOutcome(Diagnostics diagnostics, List<Path> written, boolean failed) {
    this(diagnostics, written, failed, Optional.empty());
  }
}
