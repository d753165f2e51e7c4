package scorepack.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Builds synthetic but realistic workspaces for the benchmark. */
final class Synthetic {
  private static final List<String> BEHAVIOURS = List.of("flow", "snapshot", "ratio", "rolling 12 months");

  private Synthetic() {}

  /** The bundled workspace with {@code authorities} copies of the bundled extracts, one folder each. */
  static Path region(Path target, Path repo, int authorities) throws IOException {
    for (String shared : List.of("indicators", "templates", "reference")) {
      copyTree(repo.resolve(shared), target.resolve(shared));
    }
    // scorepack.yaml too: its public edition's rules let the region run in both editions.
    for (String file : List.of("glossary.yaml", "scorepack.yaml")) {
      Files.copy(repo.resolve(file), target.resolve(file));
    }
    List<Path> extracts;
    try (Stream<Path> s = Files.list(repo.resolve("samples"))) {
      extracts = s.filter(p -> p.toString().endsWith(".csv")).toList();
    }
    for (int a = 1; a <= authorities; a++) {
      Path folder = Files.createDirectories(target.resolve("samples").resolve(String.format("authority-%03d", a)));
      for (Path e : extracts) {
        Files.createLink(folder.resolve(e.getFileName()), e.toAbsolutePath());
      }
    }
    return target;
  }

  /** A workspace of {@code indicators} monthly indicators over {@code months} months, one extract per month. */
  static Path scaled(Path target, int indicators, int months) throws IOException {
    Random random = new Random(indicators * 1000L + months);
    StringBuilder defs = new StringBuilder("indicators:\n");
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < indicators; i++) {
      String behaviour = BEHAVIOURS.get(i % BEHAVIOURS.size());
      boolean count = behaviour.equals("flow") || i % 8 == 1;
      defs.append("  - { id: ind-").append(i).append(", title: \"Synthetic indicator ").append(i)
          .append("\", unit: ").append(count ? "count" : "percent").append(", polarity: high, timeline: monthly,")
          .append(" behaviour: ").append(behaviour)
          .append(count ? "" : ", tolerances: { 2022/23: { green: 80, amber: 60 } }")
          .append(" }\n");
      if (i % 50 == 0) {
        rows.append("  - title: SECTION ").append(i / 50 + 1).append("\n    rows:\n");
      }
      rows.append("      - { ref: \"").append(i).append("\", indicator: ind-").append(i).append(" }\n");
    }
    PackBenchmark.write(target.resolve("indicators/synthetic.yaml"), defs.toString());
    PackBenchmark.write(target.resolve("templates/synthetic.yaml"), "title: Synthetic pack\n"
        + "columns: [ref, indicator, month, ytd, polarity, dot_month, rag_month, red, amber, green, previous_year,"
        + " trend]\nsections:\n" + rows);
    PackBenchmark.write(target.resolve("glossary.yaml"), "terms: []\n");
    YearMonth last = YearMonth.of(2023, 3);
    for (int m = months - 1; m >= 0; m--) {
      YearMonth month = last.minusMonths(m);
      StringBuilder csv = new StringBuilder("indicator,period,breakdown,value,numerator,denominator\n");
      for (int i = 0; i < indicators; i++) {
        int den = 40 + random.nextInt(60);
        int num = (int) (den * (0.6 + 0.4 * random.nextDouble()));
        csv.append("ind-").append(i).append(',').append(month).append(",,,").append(num).append(',')
            .append(i % BEHAVIOURS.size() == 0 || i % 8 == 1 ? "" : Integer.toString(den)).append('\n');
      }
      PackBenchmark.write(target.resolve("samples").resolve(month.plusMonths(1).atDay(4) + "-synthetic.csv"),
          csv.toString());
    }
    return target;
  }

  /**
   * A workspace whose one extract holds {@code indicators} x 4 lines (the whole and three
   * breakdowns) x {@code months} months, one figure a row, with a pack of the indicators' whole lines.
   */
  static Path oneLargeExtract(Path target, int indicators, int months) throws IOException {
    Random random = new Random(indicators * 1000L + months);
    List<String> lines = List.of("", "North", "South", "West");
    StringBuilder defs = new StringBuilder("indicators:\n");
    StringBuilder rows = new StringBuilder("title: Synthetic pack\ncolumns: [ref, indicator, month, ytd, polarity,"
        + " dot_month, rag_month, trend]\nsections:\n  - title: ALL\n    rows:\n");
    for (int i = 0; i < indicators; i++) {
      defs.append("  - { id: ind-").append(i).append(", title: \"Synthetic indicator ").append(i)
          .append("\", unit: percent, polarity: high, timeline: monthly, behaviour: ratio,")
          .append(" breakdowns: [North, South, West], tolerances: { 2022/23: { green: 80, amber: 60 } } }\n");
      rows.append("      - { ref: \"").append(i).append("\", indicator: ind-").append(i).append(" }\n");
    }
    PackBenchmark.write(target.resolve("indicators/synthetic.yaml"), defs.toString());
    PackBenchmark.write(target.resolve("templates/synthetic.yaml"), rows.toString());
    PackBenchmark.write(target.resolve("glossary.yaml"), "terms: []\n");
    YearMonth last = YearMonth.of(2023, 3);
    Path extract = target.resolve("samples/2023-04-04-synthetic.csv");
    Files.createDirectories(extract.getParent());
    try (var out = Files.newBufferedWriter(extract, StandardCharsets.UTF_8)) {
      out.write("indicator,period,breakdown,value,numerator,denominator\n");
      for (int m = months - 1; m >= 0; m--) {
        for (int i = 0; i < indicators; i++) {
          for (String line : lines) {
            int den = 40 + random.nextInt(60);
            out.write("ind-" + i + "," + last.minusMonths(m) + "," + line + ",,"
                + (int) (den * (0.6 + 0.4 * random.nextDouble())) + "," + den + "\n");
          }
        }
      }
    }
    return target;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
