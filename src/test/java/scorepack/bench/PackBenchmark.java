package scorepack.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import scorepack.definition.Template;
import scorepack.diagnostic.Diagnostics;
import scorepack.job.Format;
import scorepack.job.PackCalculation;
import scorepack.job.PackRenders;
import scorepack.pack.Pack;
import scorepack.sql.PostgresServer;
import scorepack.workspace.Workspace;
import scorepack.workspace.WorkspaceLoader;

/**
 * The speed and memory benchmark: prints its figures, asserts nothing. Run it with
 * {@code bench/run} from the repository root (it builds the jar first); see bench/README.md.
 */
public final class PackBenchmark {
  private static final Path REPO = Path.of(".");
  private static final int AUTHORITIES = 150;
  /** The formats the issue's targets were set for, and every format. */
  private static final String ISSUE_FORMATS = "pdf,xlsx,csv";
  private static final String ALL_FORMATS = "pdf,xlsx,ods,csv";
  private static final Set<Format> EVERY_FORMAT = Format.defaults();

  private PackBenchmark() {}

  /**
   * @param args the jar, then optionally the numbers of the sections to run (default: all five),
   *     e.g. {@code target/scorepack.jar 2 4}
   */
  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args.length > 0 ? args[0] : "target/scorepack.jar");
    List<String> sections = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("1", "2", "3", "4", "5", "6");
    Path work = Files.createTempDirectory("scorepack-bench");
    System.out.printf(Locale.UK, "scorepack benchmark: %d cores, %s, Java %s; this JVM: %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"), System.getProperty("java.version"),
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    try {
      if (sections.contains("1")) {
        bundled(jar, work);
      }
      if (sections.contains("2")) {
        region(work);
      }
      if (sections.contains("3")) {
        growth(work);
      }
      if (sections.contains("4")) {
        warm();
      }
      if (sections.contains("5")) {
        largeExtract(work);
      }
      if (sections.contains("6")) {
        sqlExtract(work);
      }
    } finally {
      // Each section's workspaces and packs take hundreds of megabytes: a benchmark leaves none behind.
      PathUtils.deleteDirectory(work);
    }
  }

  /**
   * {@code scorepack extract} of one query returning 100,000 rows (250 indicators x 4 lines x 100
   * months) from a real PostgreSQL server on this machine, through the launcher.
   */
  private static void sqlExtract(Path work) throws Exception {
    System.out.println("\n6. scorepack extract: one query returning 100,000 rows from PostgreSQL, ./scorepack");
    Path ws = Synthetic.oneLargeExtract(work.resolve("sql"), 250, 100);
    Path rows = ws.resolve("samples/2023-04-04-synthetic.csv");
    PostgresServer server = PostgresServer.start();
    try {
      String url = server.createDatabase("bench");
      server.execute(url, "CREATE TABLE figures (indicator VARCHAR(20), period CHAR(7), breakdown VARCHAR(10),"
          + " value NUMERIC, numerator INT, denominator INT)");
      try (var in = Files.newBufferedReader(rows)) {
        server.copyIn(url, "figures", in);
      }
      server.createReader("bench", "bench_reader", "bench-pw");
      Files.delete(rows);
      write(ws.resolve("sources/figures.yaml"), "kind: sql\nconnection: bench\nqueries:\n  - name: all\n"
          + "    sql: SELECT indicator, period, breakdown, numerator, denominator FROM figures\n");
      Map<String, String> env = Map.of("SCOREPACK_CONNECTION_BENCH_URL", url, "SCOREPACK_CONNECTION_BENCH_USER",
          "bench_reader", "SCOREPACK_CONNECTION_BENCH_PASSWORD", "bench-pw");
      report("extract (100,000 rows, launcher's default heap)", Processes.run(launcher("extract", "--quiet",
          "--workspace", ws.toString(), "--period", "2014-12..2023-03"), REPO, env));
      try (Stream<Path> written = Files.list(ws.resolve("samples"))) {
        Path csv = written.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
        System.out.printf(Locale.UK, "   wrote %s, %,d figures%n", csv.getFileName(), Files.readAllLines(csv).size() - 1);
      }
    } finally {
      server.stop();
    }
  }

  /** One extract of a million rows through the launcher, with its default 320 MB heap. */
  private static void largeExtract(Path work) throws IOException {
    System.out.println("\n5. One extract of 1,000,000 rows (1,000 indicators x 4 lines x 250 months), ./scorepack");
    Path ws = Synthetic.oneLargeExtract(work.resolve("large"), 1_000, 250);
    report("generate --format csv (launcher's default heap)",
        Processes.run(launcher("generate", "--quiet", "--format", "csv", "--workspace", ws.toString()), REPO));
  }

  private static void bundled(Path jar, Path work) throws IOException {
    System.out.println("\n1. The bundled packs, wall time from process start and peak memory (RSS)");
    freshArchive(work);
    for (String formats : List.of(ISSUE_FORMATS, ALL_FORMATS)) {
      System.out.println("   " + formats + ":");
      report("java -jar (default JIT and collector)", median(5, () -> Processes.run(List.of("java", "-jar",
          jar.toString(), "generate", "--quiet", "--format", formats, "--out", work.resolve("out1").toString()),
          REPO)));
      report("./scorepack launcher", median(5, () -> Processes.run(launcher("generate", "--quiet", "--format",
          formats, "--out", work.resolve("out2").toString()), REPO)));
    }
    System.out.println("   what the HTML pack and the public edition add (./scorepack launcher):");
    report(ALL_FORMATS + ",html", median(5, () -> Processes.run(launcher("generate", "--quiet", "--format",
        ALL_FORMATS + ",html", "--out", work.resolve("out3").toString()), REPO)));
    report(ALL_FORMATS + " --edition all", median(5, () -> Processes.run(launcher("generate", "--quiet", "--format",
        ALL_FORMATS, "--edition", "all", "--out", work.resolve("out4").toString()), REPO)));
  }

  /**
   * Makes the launcher's class-data-sharing archive, as its first run after a build does, so that no
   * timed run is that first one: dumping the archive as it exits takes a second and over 100 MB more.
   */
  private static void freshArchive(Path work) throws IOException {
    Files.deleteIfExists(REPO.resolve("target/scorepack.jsa"));
    Processes.run(launcher("generate", "--quiet", "--out", work.resolve("cds").toString()), REPO);
  }

  private static void region(Path work) throws IOException {
    System.out.println("\n2. " + AUTHORITIES + " authorities x the bundled packs, one run (--authority ALL)");
    freshArchive(work);
    Path region = Synthetic.region(work.resolve("region"), REPO, AUTHORITIES);
    int packs = AUTHORITIES * templateCount();
    for (String formats : List.of(ISSUE_FORMATS, ALL_FORMATS)) {
      Processes.Result all = Processes.run(launcher("generate", "--quiet", "--authority", "ALL", "--format",
          formats, "--workspace", region.toString()), REPO);
      report(packs + " packs, " + formats, all);
      System.out.printf(Locale.UK, "   %.1f packs per second%n", packs / all.seconds());
    }
    Processes.Result html = Processes.run(launcher("generate", "--quiet", "--authority", "ALL", "--format",
        ISSUE_FORMATS + ",html", "--workspace", region.toString()), REPO);
    report(packs + " packs, " + ISSUE_FORMATS + ",html", html);
    Processes.Result both = Processes.run(launcher("generate", "--quiet", "--authority", "ALL", "--format",
        ISSUE_FORMATS, "--edition", "all", "--workspace", region.toString()), REPO);
    report(2 * packs + " packs, " + ISSUE_FORMATS + " --edition all", both);
  }

  private static void growth(Path work) throws IOException {
    System.out.println("\n3. Growth (load + calculate + CSV, in one warm JVM; median of five runs)");
    for (int indicators : new int[] {100, 1_000, 10_000}) {
      growth(work, indicators, 24);
    }
    for (int months : new int[] {60, 120}) {
      growth(work, 100, months);
    }
  }

  /**
   * The Corporate Parenting pack made again and again in one JVM: ten packs to warm up, then twenty
   * at a time, first as a month-end run makes them (the pack calculated, then its files rendered
   * together on every core), then with its files rendered one after another. bench/run runs it in a
   * JVM with the launcher's settings (C1 only, a 320 MB heap, the throughput collector).
   */
  private static void warm() throws IOException {
    System.out.println("\n4. Warm time per Corporate Parenting pack (every format), in one JVM");
    Workspace bundled = WorkspaceLoader.load(REPO, REPO.resolve("samples"), new Diagnostics());
    PackCalculation calculation = new PackCalculation(bundled);
    YearMonth period = bundled.extracts().latestPeriod().orElseThrow();
    Template corporateParenting = bundled.templates().get("corporate-parenting");
    int cores = Runtime.getRuntime().availableProcessors();
    int made = 10;
    for (int i = 0; i < made; i++) {
      PackRenders.render(calculation.pack(corporateParenting, period, Instant.EPOCH), EVERY_FORMAT, cores);
    }
    int rounds = 20;
    for (int threads : new int[] {cores, cores, cores, 1}) {
      long start = System.nanoTime();
      for (int i = 0; i < rounds; i++) {
        PackRenders.render(calculation.pack(corporateParenting, period, Instant.EPOCH), EVERY_FORMAT, threads);
      }
      System.out.printf(Locale.UK, "   packs %2d to %2d: %.3f s per pack %s%n", made + 1, made + rounds,
          (System.nanoTime() - start) / 1e9 / rounds, threads > 1
              ? "as generate makes it: calculated, then its files rendered at once on " + threads + " cores"
              : "calculated, then its files rendered one after another");
      made += rounds;
    }
    long start = System.nanoTime();
    Pack pack = null;
    for (int i = 0; i < rounds; i++) {
      pack = calculation.pack(corporateParenting, period, Instant.EPOCH);
    }
    System.out.printf(Locale.UK, "   of which, each %d times on its own: calculating %.1f ms", rounds,
        (System.nanoTime() - start) / 1e6 / rounds);
    for (Format f : Format.values()) {
      start = System.nanoTime();
      for (int i = 0; i < rounds; i++) {
        f.render(pack);
      }
      System.out.printf(Locale.UK, ", %s %.1f ms", f, (System.nanoTime() - start) / 1e6 / rounds);
    }
    System.out.printf(Locale.UK, "%n   heap peak %d MB in this JVM%n", heapPeakMegabytes());
  }

  /** The launcher, ./scorepack, with its own JVM settings, and the given arguments. */
  private static List<String> launcher(String... args) {
    List<String> command = new ArrayList<>(List.of(REPO.resolve("scorepack").toString()));
    command.addAll(List.of(args));
    return command;
  }

  private static void growth(Path work, int indicators, int months) throws IOException {
    Path ws = Synthetic.scaled(work.resolve("scaled-" + indicators + "-" + months), indicators, months);
    run(ws); // warm-up
    // The median of five: a single run of a small case is swayed by a collection or a compilation.
    List<Double> times = new ArrayList<>();
    int rows = 0;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      rows = run(ws);
      times.add((System.nanoTime() - start) / 1e9);
    }
    double seconds = times.stream().sorted().toList().get(times.size() / 2);
    System.out.printf(Locale.UK, "   %,6d indicators x %3d months: %.3f s (%,d extract rows; %.1f µs per row)%n",
        indicators, months, seconds, rows, seconds * 1e6 / rows);
  }

  private static int run(Path ws) throws IOException {
    Workspace workspace = WorkspaceLoader.load(ws, ws.resolve("samples"), new Diagnostics());
    PackCalculation calculation = new PackCalculation(workspace);
    YearMonth period = workspace.extracts().latestPeriod().orElseThrow();
    Pack pack = calculation.pack(workspace.templates().get("synthetic"), period, Instant.EPOCH);
    Format.CSV.render(pack);
    return workspace.extracts().observations().size();
  }

  private static int templateCount() throws IOException {
    try (Stream<Path> s = Files.list(REPO.resolve("templates"))) {
      return (int) s.filter(p -> p.toString().endsWith(".yaml")).count();
    }
  }

  private static long heapPeakMegabytes() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }

  private interface Timed {
    Processes.Result run() throws IOException;
  }

  private static Processes.Result median(int times, Timed timed) throws IOException {
    List<Processes.Result> results = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      results.add(timed.run());
    }
    results.sort((a, b) -> Double.compare(a.seconds(), b.seconds()));
    return results.get(times / 2);
  }

  private static void report(String what, Processes.Result r) {
    System.out.printf(Locale.UK, "   %-48s %.2f s wall, peak RSS %d MB%n", what, r.seconds(), r.peakKilobytes() / 1024);
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
