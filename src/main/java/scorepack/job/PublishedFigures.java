package scorepack.job;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import scorepack.engine.MonthNames;
import scorepack.engine.SeriesKey;
import scorepack.ledger.Issue;
import scorepack.ledger.Ledger;
import scorepack.ledger.LedgerEntry;
import scorepack.pack.Field;
import scorepack.pack.Pack;
import scorepack.pack.PreviousIssue;
import scorepack.pack.PrintedFigure;
import scorepack.workspace.Workspace;

/**
 * A pack's printed figures as ledger entries, each month figure with the extract it came from, and
 * the comment each line printed: commentary files have no history, so the ledger is where the text
 * an issue published is kept.
 */
final class PublishedFigures {
  private static final DateTimeFormatter ISSUE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private PublishedFigures() {}

  static List<LedgerEntry> of(Pack pack, Issue issue, Workspace workspace) {
    Stream<PrintedFigure> comments = pack.figures().stream().filter(f -> f.field() == Field.COMMENTARY);
    return Stream.concat(pack.printedFigures().stream(), comments).map(f -> new LedgerEntry(issue, f.ref(),
        f.indicator(), f.breakdown(), f.field().code(), f.period(), f.cell().dataValue(), f.cell().text(),
        source(f, workspace), ToolVersion.current())).toList();
  }

  /** What the pack's previous issue in the ledger printed for each month figure; none if it has none. */
  static PreviousIssue previousIssue(Ledger ledger, Issue issue) {
    Optional<Issue> previous = ledger.issueBefore(issue);
    if (previous.isEmpty()) {
      return PreviousIssue.NONE;
    }
    Map<PreviousIssue.MonthFigure, String> printed = new HashMap<>();
    for (LedgerEntry e : ledger.figuresOf(previous.get())) {
      if (e.field().equals(Field.MONTH.code())) {
        printed.put(new PreviousIssue.MonthFigure(e.ref(), e.indicator(), e.breakdown(), e.period()), e.text());
      }
    }
    return new PreviousIssue(MonthNames.longName(previous.get().period()) + ", issued "
        + previous.get().issued().format(ISSUE_DATE), printed);
  }

  private static String source(PrintedFigure f, Workspace workspace) {
    if (f.field() != Field.MONTH) {
      return "";
    }
    return workspace.seriesOf(new SeriesKey(f.indicator(), f.breakdown())).at(f.period())
        .map(o -> o.source().file()).orElse("");
  }
}
