package scorepack.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import scorepack.definition.Template;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.InputProblemException;
import scorepack.diagnostic.Severity;
import scorepack.diagnostic.Suggestions;
import scorepack.ledger.Issue;
import scorepack.ledger.Ledger;
import scorepack.ledger.LedgerFile;
import scorepack.ledger.LedgerFormat;
import scorepack.pack.Edition;
import scorepack.pack.Pack;
import scorepack.workspace.RunChecks;
import scorepack.workspace.Workspace;

/**
 * The plan of one unit of a run, the workspace's packs or one authority's: choose the month and
 * the templates, check the lines, read the ledger, build each pack and check its commentary. A
 * dry run stops there; a run renders every format, then publishes the packs, the ledger (in the
 * current format, the file an earlier version wrote kept beside it) and the run record together.
 */
final class UnitRun {
  /** EF BB BF: the byte order mark Excel looks for before it reads a CSV as UTF-8. */
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private final GenerateRequest request;
  private final RunLog log;
  private final GenerateJob.RunTiming timing;
  private final Consumer<String> packLines;

  /** @param oneOfMany whether other authorities run beside it, whose pack lines go only to the log */
  UnitRun(GenerateRequest request, RunLog log, GenerateJob.RunTiming timing, boolean oneOfMany) {
    this.request = request;
    this.log = log;
    this.timing = timing;
    this.packLines = oneOfMany ? log::detail : log::progress;
  }

  /**
   * @param publisher what publishes the unit; empty for a dry run, which stops before rendering
   * @throws InputProblemException when the input has errors; nothing is written
   */
  UnitResult run(Workspace workspace, Optional<String> authority, Diagnostics diagnostics, int renderThreads,
      Optional<Publisher> publisher) throws IOException {
    Path out = authority.map(request.out()::resolve).orElse(request.out());
    Path ledgerPath = authority.map(LedgerFile::pathFor).orElse(LedgerFile.PATH);
    YearMonth period = ReportingMonth.of(request.period(), workspace.extracts(), request.cutoff(),
        request.data().toString());
    List<Template> templates = templates(workspace);
    if (request.formats().contains(Format.DOCX)) {
      templates.stream().filter(t -> t.cover().isEmpty()).findFirst().ifPresent(t -> {
        throw InputProblemException.of("--format", "docx asks for the covering report of the pack '" + t.id()
            + "', which has no cover template; expected templates/covers/" + t.id()
            + ".yaml (see templates/README.md), or leave docx out");
      });
    }
    RunChecks.check(workspace, period, templates, diagnostics);
    checkPublicEditions(workspace, templates, diagnostics);
    Instant created = created(workspace);
    request.cutoff().asOf().ifPresent(asOf -> packLines.accept("as of " + asOf + ": "
        + workspace.extracts().leftOutFiles().size() + " extract(s) taken later left out"));
    Ledger ledger = LedgerFile.read(request.workspace(), ledgerPath, diagnostics);
    diagnostics.throwIfErrors();
    PackCalculation calculation = new PackCalculation(workspace, request.cutoff().asOf());
    Map<Path, byte[]> packs;
    try (Renders renders = new Renders(publisher.isPresent() ? renderThreads : 1)) {
      for (Template template : templates) {
        boolean checked = false;
        for (Edition edition : EnumSet.copyOf(request.editions())) {
          Issue issue = new Issue(template.id(), period, LocalDate.ofInstant(created, ZoneOffset.UTC),
              edition.code());
          Pack pack = calculation.pack(template, period, created, PublishedFigures.previousIssue(ledger, issue),
              edition);
          if (!checked) {
            // The commentary is the same in every edition: its checks speak once.
            CommentaryChecks.check(template, pack, workspace.settings().commentaryRequiredFor(), diagnostics);
            CommentaryFigureCheck.check(pack, workspace.commentary(), workspace.indicators(), diagnostics);
            checked = true;
          }
          ledger = ledger.with(issue, PublishedFigures.of(pack, issue, workspace));
          if (publisher.isPresent()) {
            renders.submit(out, pack, request.formats());
          }
          packLines.accept((publisher.isPresent() ? "built " : "checked ") + out.resolve(pack.fileStem()) + " ("
              + pack.sections().stream().mapToInt(s -> s.rows().size()).sum() + " rows)");
        }
      }
      if (request.strict()) {
        diagnostics.treatWarningsAsErrors();
        diagnostics.throwIfErrors();
      }
      if (publisher.isEmpty()) {
        return new UnitResult(period, templates.size(), List.of(), Optional.empty(), checked(workspace), List.of(),
            List.of());
      }
      packs = renders.results();
    }
    if (request.csvByteOrderMark()) {
      packs.replaceAll((file, bytes) -> file.getFileName().toString().endsWith("." + Format.CSV.extension())
          ? withByteOrderMark(bytes) : bytes);
    }
    Path ledgerFile = request.workspace().resolve(ledgerPath);
    Map<Path, byte[]> files = new LinkedHashMap<>(packs);
    upgradeCopy(ledgerFile).ifPresent(copy -> files.put(copy.getKey(), copy.getValue()));
    byte[] ledgerBytes = LedgerFile.bytes(ledger);
    Path recordFile = RunRecord.fileIn(out);
    RunRecord record = record(workspace, authority, period, created, diagnostics, ledgerFile, files, ledgerBytes);
    byte[] recordBytes = record.json(true).getBytes(StandardCharsets.UTF_8);
    files.put(recordFile, recordBytes);
    publisher.get().publish(authority, files, ledgerFile, ledgerBytes);
    packs.forEach((file, bytes) -> packLines.accept("wrote " + file + " (" + bytes.length + " bytes)"));
    List<FileDigest> outputs = new ArrayList<>(record.outputs());
    String recordName = RunFailure.shown(request.workspace(), recordFile);
    outputs.add(FileDigest.of(recordName, recordBytes));
    return new UnitResult(period, templates.size(), List.copyOf(packs.keySet()), Optional.of(recordName),
        checked(workspace), record.inputs(), outputs);
  }

  /** A public edition needs its small-number rule: the template's or the workspace's public_edition:. */
  private void checkPublicEditions(Workspace workspace, List<Template> templates, Diagnostics diagnostics) {
    if (!request.editions().contains(Edition.PUBLIC)) {
      return;
    }
    for (Template template : templates) {
      if (workspace.settings().publication().publicEdition(template).isEmpty()) {
        diagnostics.error(template.file(), 1, 1, "", "pack '" + template.id() + "' has no public edition: add"
            + " 'public_edition:' to this template or to scorepack.yaml (docs/rules.md, \"The public edition\")");
      }
    }
  }

  /**
   * When the ledger was written by an earlier version, its file as it is, kept as
   * {@code published.vN.csv} beside the upgraded one (unless an earlier upgrade kept one already),
   * so that the earlier version can still be run on it.
   */
  private Optional<Map.Entry<Path, byte[]>> upgradeCopy(Path ledgerFile) throws IOException {
    Optional<LedgerFormat> format = LedgerFile.formatOf(ledgerFile);
    if (format.isEmpty() || format.get() == LedgerFormat.CURRENT) {
      return Optional.empty();
    }
    Path copy = ledgerFile.resolveSibling(format.get().keptName(ledgerFile.getFileName().toString()));
    log.progress("upgrading " + ledgerFile + " from ledger format " + format.get().number() + " to "
        + LedgerFormat.CURRENT.number() + ", every issue kept" + (Files.exists(copy) ? ""
            : "; the file as it was is kept as " + copy));
    return Files.exists(copy) ? Optional.empty() : Optional.of(Map.entry(copy, Files.readAllBytes(ledgerFile)));
  }

  private RunRecord record(Workspace workspace, Optional<String> authority, YearMonth period, Instant created,
      Diagnostics diagnostics, Path ledgerFile, Map<Path, byte[]> files, byte[] ledgerBytes) throws IOException {
    List<Path> read = new ArrayList<>(workspace.inputFiles());
    if (Files.exists(ledgerFile)) {
      read.add(ledgerFile);
    }
    List<FileDigest> inputs = new ArrayList<>();
    for (Path p : read) {
      inputs.add(FileDigest.of(RunFailure.shown(request.workspace(), p), p));
    }
    List<FileDigest> outputs = new ArrayList<>();
    files.forEach((p, bytes) -> outputs.add(FileDigest.of(RunFailure.shown(request.workspace(), p), bytes)));
    outputs.add(FileDigest.of(RunFailure.shown(request.workspace(), ledgerFile), ledgerBytes));
    return new RunRecord(authority, Optional.of(period), request.cutoff().asOf(),
        Optional.of(LocalDate.ofInstant(created, ZoneOffset.UTC)), timing.started(), timing.now(), 0, "published",
        inputs, outputs, diagnostics.warningsByKind(), diagnostics.count(Severity.ERROR), List.of());
  }

  /** What the plan read, for validate's summary. */
  private static PlanReading checked(Workspace ws) {
    return new PlanReading(ws.indicators().size(), ws.templates().size(), ws.extracts().files().size(),
        ws.extracts().observations().size(), ws.extracts().leftOutFiles().size());
  }

  /** The date written into the documents: the as-of date, else SOURCE_DATE_EPOCH, else the newest extract's. */
  private Instant created(Workspace workspace) {
    return request.cutoff().asOf().map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC))
        .or(request::documentDate)
        .orElseGet(() -> workspace.extracts().latestExtractDate().orElse(LocalDate.of(2000, 1, 1)).atStartOfDay()
            .toInstant(ZoneOffset.UTC));
  }

  private List<Template> templates(Workspace workspace) {
    if (workspace.templates().isEmpty()) {
      throw InputProblemException.of("templates", "no templates: expected at least one templates/*.yaml");
    }
    if (request.packs().isEmpty()) {
      return List.copyOf(workspace.templates().values());
    }
    List<Template> chosen = new ArrayList<>();
    for (String id : request.packs()) {
      Template t = workspace.templates().get(id);
      if (t == null) {
        throw InputProblemException.of("--pack", "unknown pack '" + id + "'"
            + Suggestions.didYouMean(id, workspace.templates().keySet()) + "; expected one of "
            + String.join(", ", workspace.templates().keySet()));
      }
      chosen.add(t);
    }
    return chosen;
  }

  private static byte[] withByteOrderMark(byte[] utf8) {
    byte[] marked = new byte[utf8.length + UTF8_BOM.length];
    System.arraycopy(UTF8_BOM, 0, marked, 0, UTF8_BOM.length);
    System.arraycopy(utf8, 0, marked, UTF8_BOM.length, utf8.length);
    return marked;
  }
}
