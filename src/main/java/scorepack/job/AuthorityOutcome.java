package scorepack.job;

import java.util.Objects;
import java.util.Optional;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.Severity;

/**
 * What one authority's part of a run did.
 *
 * @param diagnostics its problems and warnings
 * @param result what it built and published, when it did
 * @param failed whether its input had errors or its files could not be published (so nothing was written for it)
 * @param writeFailure why its files could not be published, when that was the failure
 */
record AuthorityOutcome(Diagnostics diagnostics, Optional<UnitResult> result, boolean failed,
    Optional<String> writeFailure) {
  AuthorityOutcome {
    Objects.requireNonNull(diagnostics, "diagnostics");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(writeFailure, "writeFailure");
  }

  AuthorityOutcome(Diagnostics diagnostics, Optional<UnitResult> result, boolean failed) {
    this(diagnostics, result, failed, Optional.empty());
  }

  /** How it went, in words, for its progress line and the run record. */
  String describe() {
    long warnings = diagnostics.count(Severity.WARNING);
    if (writeFailure.isPresent()) {
      return "not published: its files could not be written";
    }
    if (failed) {
      return "no packs: " + diagnostics.count(Severity.ERROR) + " error(s) in its input";
    }
    UnitResult r = result.orElseThrow();
    return r.packs() + " pack(s) for " + r.period() + (r.packFiles().isEmpty() ? " checked" : ", "
        + r.packFiles().size() + " file(s) written") + ", " + warnings + " warning(s)";
  }
}
