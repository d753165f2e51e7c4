package scorepack.job;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import scorepack.engine.SourceRef;
import scorepack.extract.QueryProvenance;

/**
 * For {@code explain}: which query of which SQL source gave an extract row, and when it ran, read
 * from the provenance file {@code scorepack extract} wrote beside the extract.
 */
final class QueryProvenances {
  private final Path workspace;
  private final Map<String, Optional<QueryProvenance>> byFile = new HashMap<>();

  /** @param workspace the folder extract file names are relative to */
  QueryProvenances(Path workspace) {
    this.workspace = workspace;
  }

  /** {@code , from query 'NAME' (sha256 …), run WHEN}, or nothing for a row of a hand-made extract. */
  String of(SourceRef row) {
    Optional<QueryProvenance> p = byFile.computeIfAbsent(row.file(),
        f -> QueryProvenance.besides(workspace.resolve(f)));
    return p.flatMap(x -> x.queryAt(row.line())).map(q -> ", from " + q.describe()).orElse("");
  }
}
