package scorepack.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import scorepack.definition.Template;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.InputProblemException;
import scorepack.diagnostic.Suggestions;
import scorepack.ledger.Issue;
import scorepack.ledger.Ledger;
import scorepack.ledger.LedgerFile;
import scorepack.pack.Pack;
import scorepack.workspace.Definitions;
import scorepack.workspace.RunChecks;
import scorepack.workspace.Workspace;
import scorepack.workspace.WorkspaceLoader;

/**
 * The month-end run: load and check the workspace, calculate and lay out each pack, render every
 * format in memory, and only then write the files, each atomically. Input errors stop the run
 * before anything is written, so the previous packs stay as they were. With {@code --authority},
 * the same definitions serve each authority's own extracts folder, on every core.
 */
public final class GenerateJob {
  private static final Duration LOCK_WAIT = Duration.ofSeconds(10);
  private final Consumer<String> progress;
  private final Disk disk;

  /** @param progress receives a line per step, for the terminal (from several threads, one line at a time) */
  public GenerateJob(Consumer<String> progress) {
    this(progress, Disk.LOCAL);
  }

  /** @param disk what the run's outputs are published through (a failing one in tests) */
  GenerateJob(Consumer<String> progress, Disk disk) {
    this.progress = line -> {
      synchronized (this) {
        progress.accept(line);
      }
    };
    this.disk = disk;
  }

  /**
   * Runs the request.
   *
   * @return the files written
   * @throws InputProblemException when the input has errors (nothing is written; for a run over
   *     several authorities, nothing for those whose input has errors)
   * @throws IOException when an output cannot be written
   */
  public List<Path> run(GenerateRequest request, Diagnostics diagnostics) throws IOException {
    RunFolders.check(request);
    RendererPreparation.start(request.formats());
    try (Publisher publisher = Publisher.open(request.workspace(), LOCK_WAIT, disk,
        List.of(request.out(), request.workspace().resolve(LedgerFile.PATH).getParent()), progress)) {
      Definitions definitions = WorkspaceLoader.loadDefinitions(request.workspace(), diagnostics);
      if (request.authority().isPresent()) {
        diagnostics.throwIfErrors();
        return runAuthorities(request, definitions, diagnostics, publisher);
      }
      Workspace workspace = definitions.withExtracts(request.data(), request.cutoff(), diagnostics);
      diagnostics.throwIfErrors();
      return runFor(request, workspace, Optional.empty(), diagnostics, request.threads(), publisher);
    }
  }

  /**
   * Builds the packs of several authorities, each from its own extracts folder, in parallel. An
   * authority whose input has errors gets no packs; the others still get theirs.
   */
  private List<Path> runAuthorities(GenerateRequest request, Definitions definitions, Diagnostics diagnostics,
      Publisher publisher) throws IOException {
    List<String> authorities = Authorities.named(request.authority().get(), request.data());
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(authorities.size(), request.threads()));
    try {
      List<Future<AuthorityOutcome>> runs = new ArrayList<>();
      for (String authority : authorities) {
        runs.add(pool.submit(() -> runAuthority(request, definitions, authority, publisher)));
      }
      List<Path> written = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      List<String> notPublished = new ArrayList<>();
      for (int i = 0; i < runs.size(); i++) {
        AuthorityOutcome outcome = Futures.result(runs.get(i), "building the authorities' packs");
        outcome.diagnostics().sorted().forEach(diagnostics::add);
        written.addAll(outcome.written());
        if (outcome.failed()) {
          failed.add(authorities.get(i));
        }
        outcome.writeFailure().ifPresent(notPublished::add);
      }
      if (!notPublished.isEmpty()) {
        throw new IOException(String.join("\n", notPublished) + "\nThe packs of the other "
            + (authorities.size() - failed.size()) + " authorities were published");
      }
      if (!failed.isEmpty()) {
        throw new InputProblemException(diagnostics.sorted(), "no packs were written for " + String.join(", ", failed)
            + "; the packs of the other " + (authorities.size() - failed.size()) + " authorities were written");
      }
      return written;
    } finally {
      pool.shutdownNow();
    }
  }

  private AuthorityOutcome runAuthority(GenerateRequest request, Definitions definitions, String authority,
      Publisher publisher) throws IOException {
    Diagnostics own = new Diagnostics();
    Workspace workspace = definitions.withExtracts(request.data().resolve(authority), request.cutoff(), own);
    if (own.hasErrors()) {
      return new AuthorityOutcome(own, List.of(), true);
    }
    try {
      List<Path> written = runFor(request, workspace, Optional.of(authority), own, 1, publisher);
      return new AuthorityOutcome(own, written, false);
    } catch (InputProblemException e) {
      Diagnostics reported = new Diagnostics();
      e.diagnostics().forEach(reported::add);
      return new AuthorityOutcome(reported, List.of(), true);
    } catch (IOException e) {
      return new AuthorityOutcome(own, List.of(), true, Optional.of(e.getMessage()));
    }
  }

  /** One authority's packs: checked, calculated, rendered in memory, then written with its ledger. */
  private List<Path> runFor(GenerateRequest request, Workspace workspace, Optional<String> authority,
      Diagnostics diagnostics, int renderThreads, Publisher publisher) throws IOException {
    Path out = authority.map(request.out()::resolve).orElse(request.out());
    Path ledgerPath = authority.map(LedgerFile::pathFor).orElse(LedgerFile.PATH);
    YearMonth period = ReportingMonth.of(request.period(), workspace.extracts(), request.cutoff(),
        request.data().toString());
    List<Template> templates = templates(request, workspace);
    if (request.formats().contains(Format.DOCX)) {
      templates.stream().filter(t -> t.cover().isEmpty()).findFirst().ifPresent(t -> {
        throw InputProblemException.of("--format", "docx asks for the covering report of the pack '" + t.id()
            + "', which has no cover template; expected templates/covers/" + t.id()
            + ".yaml (see templates/README.md), or leave docx out");
      });
    }
    RunChecks.check(workspace, period, templates, diagnostics);
    Instant created = created(request, workspace);
    request.cutoff().asOf().ifPresent(asOf -> progress.accept("as of " + asOf + ": "
        + workspace.extracts().leftOutFiles().size() + " extract(s) taken later left out"));
    Ledger ledger = LedgerFile.read(request.workspace(), ledgerPath, diagnostics);
    diagnostics.throwIfErrors();
    PackCalculation calculation = new PackCalculation(workspace);
    Map<Path, byte[]> outputs;
    try (Renders renders = new Renders(renderThreads)) {
      for (Template template : templates) {
        Issue issue = new Issue(template.id(), period, LocalDate.ofInstant(created, ZoneOffset.UTC));
        Pack pack = calculation.pack(template, period, created, PublishedFigures.previousIssue(ledger, issue));
        CommentaryChecks.check(template, pack, workspace.settings().commentaryRequiredFor(), diagnostics);
        CommentaryFigureCheck.check(pack, workspace.commentary(), workspace.indicators(), diagnostics);
        ledger = ledger.with(issue, PublishedFigures.of(pack, issue, workspace));
        renders.submit(out, pack, request.formats());
        progress.accept("built " + out.resolve(pack.fileStem()) + " (" + pack.sections().stream()
            .mapToInt(s -> s.rows().size()).sum() + " rows)");
      }
      if (request.strict()) {
        diagnostics.treatWarningsAsErrors();
        diagnostics.throwIfErrors();
      }
      outputs = renders.results();
    }
    publisher.publish(authority, outputs, request.workspace().resolve(ledgerPath), LedgerFile.bytes(ledger));
    outputs.forEach((file, bytes) -> progress.accept("wrote " + file + " (" + bytes.length + " bytes)"));
    return List.copyOf(outputs.keySet());
  }

  /** The date written into the documents: the as-of date, else SOURCE_DATE_EPOCH, else the newest extract's. */
  private static Instant created(GenerateRequest request, Workspace workspace) {
    return request.cutoff().asOf().map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC))
        .or(request::documentDate)
        .orElseGet(() -> workspace.extracts().latestExtractDate().orElse(LocalDate.of(2000, 1, 1)).atStartOfDay()
            .toInstant(ZoneOffset.UTC));
  }

  private static List<Template> templates(GenerateRequest request, Workspace workspace) {
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
}
