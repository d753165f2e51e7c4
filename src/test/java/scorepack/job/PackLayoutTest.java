package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import scorepack.diagnostic.Diagnostics;
import scorepack.pack.Field;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.workspace.Workspace;
import scorepack.workspace.WorkspaceLoader;

/** The bundled Early Help pack lays out lines under one reference as the published report does. */
class PackLayoutTest {
  private static Pack earlyHelp() {
    Workspace ws = WorkspaceLoader.load(Path.of("."), Path.of("samples"), new Diagnostics());
    return new PackCalculation(ws).pack(ws.templates().get("early-help"), YearMonth.of(2022, 3),
        Instant.parse("2022-04-04T00:00:00Z"));
  }

  @Test
  void aReferencePrintsOnceOverTheLinesUnderItAndARowsCodesOnItsOwnFirstLine() {
    Pack pack = earlyHelp();
    int codes = pack.columns().stream().map(c -> c.field()).toList().indexOf(Field.CODES);
    List<Row> rows = pack.sections().get(0).rows();
    assertThat(rows).filteredOn(r -> r.indicatorId().startsWith("open-early-help-cases")
            || r.indicatorId().startsWith("early-help-re-referral"))
        .extracting(Row::ref, Row::breakdown, r -> r.cells().get(codes).text())
        // issue 15, point 5: the report prints 1.7's CH05 on its Children line
        .containsExactly(tuple("1.7", "Families", ""), tuple("", "Children", "CH05"), tuple("1.9", "", ""),
            tuple("", "", ""));
  }
}
