package scorepack.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scorepack.diagnostic.Diagnostics;
import scorepack.ledger.Ledger;
import scorepack.ledger.LedgerFile;
import scorepack.ledger.Revision;

/** {@code scorepack revisions}: which published figures later issues changed. */
@Command(name = "revisions", mixinStandardHelpOptions = true,
    header = "Lists the published figures that a later issue changed.",
    description = "Lists the published month figures that a later issue of the same pack printed differently,"
        + " from the ledger that every generate run keeps in ledger/published.csv.",
    footerHeading = "%nExamples:%n",
    footer = {"  scorepack revisions",
        "  scorepack revisions --since 2022-10 --pack members",
        "  scorepack revisions --authority barnsley --as-of 2023-01-31"})
final class RevisionsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--since", paramLabel = "YYYY-MM", description = "Only figures for this month or later.")
  YearMonth since;

  @Option(names = "--pack", paramLabel = "ID", description = "Only this pack.")
  String pack;

  @Option(names = "--authority", paramLabel = "NAME",
      description = "The authority whose ledger to read, in a workspace run with generate --authority.")
  String authority;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Only the issues dated (created) on or before this day: the revisions known then.")
  LocalDate asOf;

  @Mixin
  WorkspaceOptions workspace;

  @Override
  public Integer call() {
    YearMonth from = since != null ? since : YearMonth.of(1900, 1);
    Diagnostics diagnostics = new Diagnostics();
    Path ledgerPath = authority == null ? LedgerFile.PATH
        : LedgerFile.pathFor(authority);
    Ledger whole = LedgerFile.read(workspace.root(), ledgerPath, diagnostics);
    diagnostics.throwIfErrors();
    Ledger ledger = asOf == null ? whole : whole.issuedBy(asOf);
    List<Revision> revisions = ledger.revisionsSince(from).stream()
        .filter(r -> pack == null || r.later().pack().equals(pack)).toList();
    for (Revision r : revisions) {
      spec.commandLine().getOut().println(r.later().pack() + "  " + r.ref() + "  " + r.indicator()
          + (r.breakdown().isEmpty() ? "" : " (" + r.breakdown() + ")") + "  " + r.month() + ": " + r.was() + " → "
          + r.now() + "  (issued " + r.earlier().issued() + " for " + r.earlier().period() + ", then "
          + r.later().issued() + " for " + r.later().period() + (r.source().isEmpty() ? "" : "; " + r.source()) + ")");
    }
    spec.commandLine().getOut().println("scorepack: " + revisions.size() + " revised figure(s) in "
        + ledger.issues().size() + " issue(s) in " + ledgerPath);
    return ExitCode.OK.code();
  }
}
