package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import scorepack.definition.QuotedNumber;
import scorepack.definition.Template;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.SeriesKey;
import scorepack.workspace.Workspace;

/** The bundled commentary states only figures its packs print (issue 14, point 5). */
class BundledCommentaryFiguresTest {
  private static final List<YearMonth> COMMENTED =
      List.of(YearMonth.of(2022, 12), YearMonth.of(2023, 2), YearMonth.of(2023, 3));

  @Test
  void everyBundledCommentAgreesWithTheFiguresOfEveryPackThatPrintsIt() {
    Workspace ws = GoldenPacks.bundledWorkspace();
    PackCalculation calculation = new PackCalculation(ws);
    Diagnostics diagnostics = new Diagnostics();
    for (YearMonth month : COMMENTED) {
      for (Template t : ws.templates().values()) {
        CommentaryFigureCheck.check(calculation.pack(t, month, Instant.EPOCH), ws.commentary(), ws.indicators(),
            diagnostics);
      }
    }
    assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).isEmpty();
  }

  @Test
  void theCheckReadsTheFiguresTheBundledCommentsState() {
    Workspace ws = GoldenPacks.bundledWorkspace();
    // "... ended the year at 545, 17 fewer than in March 2022, and the rate fell to 96.7 per 10,000; ...
    // Admissions, 188 in the year, were higher than last year's 175."
    assertThat(ws.commentary().writtenFor(YearMonth.of(2023, 3)).get(new SeriesKey("looked-after-children-rate", ""))
        .numbers()).extracting(QuotedNumber::toString).containsExactly("545", "96.7", "188", "175");
    assertThat(ws.commentary().writtenFor(YearMonth.of(2022, 12)).get(new SeriesKey("ceased-permanence", ""))
        .numbers()).extracting(QuotedNumber::toString).containsExactly("8.7%", "27.5%");
  }
}
