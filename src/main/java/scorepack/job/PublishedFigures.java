package scorepack.job;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import scorepack.definition.DefinedIndicator;
import scorepack.engine.MonthNames;
import scorepack.engine.SeriesKey;
import scorepack.ledger.Issue;
import scorepack.ledger.Ledger;
import scorepack.ledger.LedgerEntry;
import scorepack.ledger.Revision;
import scorepack.pack.Changes;
import scorepack.pack.Field;
import scorepack.pack.Pack;
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
        source(f, workspace))).toList();
  }

  /** The month figures this issue prints differently from the pack's previous issue in the ledger. */
  static Changes changesSince(Ledger ledger, Issue issue, List<LedgerEntry> figures, Workspace workspace) {
    Optional<Issue> previous = ledger.issueBefore(issue);
    if (previous.isEmpty()) {
      return Changes.NONE;
    }
    List<Changes.Entry> entries = Ledger.revisions(previous.get(), ledger.figuresOf(previous.get()), issue, figures)
        .stream().map(r -> new Changes.Entry(r.ref(), title(r, workspace), MonthNames.shortName(r.month()), r.was(),
            r.now(), r.source())).toList();
    return new Changes(MonthNames.longName(previous.get().period()) + ", issued "
        + previous.get().issued().format(ISSUE_DATE), entries);
  }

  private static String title(Revision r, Workspace workspace) {
    DefinedIndicator d = workspace.indicators().get(r.indicator());
    String title = d == null ? r.indicator() : d.definition().title();
    return r.breakdown().isEmpty() ? title : title + " (" + r.breakdown() + ")";
  }

  private static String source(PrintedFigure f, Workspace workspace) {
    if (f.field() != Field.MONTH) {
      return "";
    }
    return workspace.seriesOf(new SeriesKey(f.indicator(), f.breakdown())).at(f.period())
        .map(o -> o.source().file()).orElse("");
  }
}
