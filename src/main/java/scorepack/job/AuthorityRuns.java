package scorepack.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.InputProblemException;
import scorepack.diagnostic.Severity;
import scorepack.workspace.Definitions;
import scorepack.workspace.Workspace;

/**
 * The units of a run with {@code --authority}: each authority's packs from its own extracts folder,
 * with its own commentary and front matter where its folder has them, in parallel. An authority
 * whose input has errors gets no packs; the others still get theirs. A line per authority says how
 * it went, and every problem names its authority.
 */
final class AuthorityRuns {
  private final GenerateRequest request;
  private final Definitions definitions;
  private final RunLog log;
  private final Optional<Publisher> publisher;
  private final GenerateJob.RunTiming timing;

  AuthorityRuns(GenerateRequest request, Definitions definitions, RunLog log, Optional<Publisher> publisher,
      GenerateJob.RunTiming timing) {
    this.request = request;
    this.definitions = definitions;
    this.log = log;
    this.publisher = publisher;
    this.timing = timing;
  }

  /** Runs every authority named; throws, after the others have run, if any failed. */
  List<UnitResult> run(Diagnostics diagnostics) throws IOException {
    List<String> authorities = Authorities.named(request.authority().get(), request.data());
    boolean several = authorities.size() > 1;
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(authorities.size(), request.threads()));
    try {
      List<Future<AuthorityOutcome>> runs = new ArrayList<>();
      for (String authority : authorities) {
        runs.add(pool.submit(() -> {
          AuthorityOutcome outcome = runAuthority(authority, several);
          log.progress(authority + ": " + outcome.describe() + " [" + done.incrementAndGet() + "/"
              + authorities.size() + "]");
          return outcome;
        }));
      }
      List<UnitResult> results = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      List<String> notPublished = new ArrayList<>();
      List<RunRecord.AuthorityLine> lines = new ArrayList<>();
      Map<Diagnostic, Set<String>> metIn = new LinkedHashMap<>();
      for (int i = 0; i < runs.size(); i++) {
        String authority = authorities.get(i);
        AuthorityOutcome outcome = Futures.result(runs.get(i), "building the authorities' packs");
        outcome.diagnostics().sorted().forEach(d -> metIn.computeIfAbsent(d, x -> new LinkedHashSet<>()).add(authority));
        outcome.result().ifPresent(results::add);
        if (outcome.failed()) {
          failed.add(authority);
        }
        outcome.writeFailure().ifPresent(notPublished::add);
        lines.add(new RunRecord.AuthorityLine(authority, outcome.result().map(UnitResult::period),
            outcome.failed() ? outcome.describe() : "published", outcome.result().flatMap(UnitResult::record)));
      }
      metIn.forEach((d, whose) -> diagnostics.add(several ? d.forAuthorities(List.copyOf(whose), authorities.size()) : d));
      int others = authorities.size() - failed.size();
      if (!notPublished.isEmpty()) {
        String published = othersPacks(others) + " were published";
        throw new IOException(String.join("\n", notPublished) + (others == 0 ? ""
            : "\n" + Character.toUpperCase(published.charAt(0)) + published.substring(1)));
      }
      if (!failed.isEmpty()) {
        String written = publisher.isPresent() ? "were written" : "are valid";
        throw new InputProblemException(diagnostics.sorted(), (publisher.isPresent() ? "no packs were written for "
            : "no packs can be built for ") + String.join(", ", failed)
            + (others == 0 ? "" : "; " + othersPacks(others) + " " + written));
      }
      if (publisher.isPresent()) {
        publishIndex(results, lines, diagnostics);
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The authorities that did not fail, as the closing line names them: "the other authority's packs". */
  private static String othersPacks(int others) {
    return others == 1 ? "the other authority's packs" : "the packs of the other " + others + " authorities";
  }

  private AuthorityOutcome runAuthority(String authority, boolean several) {
    Diagnostics own = new Diagnostics();
    Path folder = request.data().resolve(authority);
    Workspace workspace = definitions.forAuthorityWithExtracts(folder, request.cutoff(), own);
    if (own.hasErrors()) {
      return new AuthorityOutcome(own, Optional.empty(), true);
    }
    try {
      UnitRun unit = new UnitRun(request, log, timing, several);
      return new AuthorityOutcome(own, Optional.of(unit.run(workspace, Optional.of(authority), own, 1, publisher)),
          false);
    } catch (InputProblemException e) {
      Diagnostics reported = new Diagnostics();
      e.diagnostics().forEach(reported::add);
      return new AuthorityOutcome(reported, Optional.empty(), true);
    } catch (IOException e) {
      return new AuthorityOutcome(own, Optional.empty(), true, Optional.of(e.getMessage()));
    }
  }

  /**
   * The run's own record, {@code out/scorepack-run.json}, once every authority is published: each
   * authority and its record, and every file read and written.
   */
  private void publishIndex(List<UnitResult> results, List<RunRecord.AuthorityLine> lines, Diagnostics diagnostics)
      throws IOException {
    TreeSet<FileDigest> inputs = new TreeSet<>(java.util.Comparator.comparing(FileDigest::path));
    TreeSet<FileDigest> outputs = new TreeSet<>(java.util.Comparator.comparing(FileDigest::path));
    for (UnitResult r : results) {
      inputs.addAll(r.inputs());
      outputs.addAll(r.outputs());
    }
    RunRecord record = new RunRecord(request.authority(), request.period(), request.cutoff().asOf(),
        Optional.empty(), timing.started(), timing.now(), 0, "published", List.copyOf(inputs), List.copyOf(outputs),
        diagnostics.warningsByKind(), diagnostics.count(Severity.ERROR), lines);
    Path file = RunRecord.fileIn(request.out());
    publisher.get().publishAlone(file, record.json(true).getBytes(StandardCharsets.UTF_8));
  }
}
