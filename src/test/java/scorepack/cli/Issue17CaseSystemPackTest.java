package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorepack.sql.PostgresServer;

/**
 * Issue 17 point 4: the bundled SQL source, run against the bundled case system loaded into a real
 * PostgreSQL server, gives packs that print the same figures, judgements and text as the packs
 * built from the equivalent CSV extract. Only the names of the extract files and the dates may
 * differ.
 *
 * <p>Both workspaces hold the bundled extracts without the rows of the four indicators the SQL
 * source counts; one adds the SQL source's extract, the other a CSV extract of the final figures
 * of those indicators in the bundled extracts (the latest extract of each month wins), which is
 * what the case system's sample data was made to give.
 */
class Issue17CaseSystemPackTest {
  /** The indicators the bundled SQL source's queries count. */
  static final Set<String> FROM_SQL =
      Set.of("looked-after-children", "looked-after-children-rate", "admissions", "assessments-in-45-days");
  static final Clock APRIL_5 = Clock.fixed(Instant.parse("2023-04-05T06:30:00Z"), ZoneOffset.UTC);
  static final Path BUNDLED = Path.of("");

  @TempDir
  Path temp;

  @Test
  void packsFromTheSqlSourcePrintWhatThePacksFromTheCsvExtractsPrint() throws Exception {
    String url = caseSystem();
    Path fromCsv = copyOfBundled(temp.resolve("csv"));
    Path fromSql = copyOfBundled(temp.resolve("sql"));
    List<String> equivalent = finalFigures(BUNDLED.resolve("samples"));
    Files.write(fromCsv.resolve("samples/2023-04-05-cases-export.csv"), equivalent);
    Map<String, String> env = Map.of("SCOREPACK_CONNECTION_CASE_SYSTEM_URL", url,
        "SCOREPACK_CONNECTION_CASE_SYSTEM_USER", "bi_reader", "SCOREPACK_CONNECTION_CASE_SYSTEM_PASSWORD",
        "Bi-reader-2023", "HOME", "/nonexistent");
    CliRun extract = CliRun.withEnvOn(env, APRIL_5, "extract", "--workspace", fromSql.toString(), "--period",
        "2020-04..2023-03");
    assertThat(extract.exitCode()).as(extract.err()).isZero();
    assertThat(extract.err()).isEmpty();
    // 36 months of 3 codes from the first query and of 1 indicator from the second.
    List<String> fromDatabase = Files.readAllLines(fromSql.resolve("samples/2023-04-05-case-system.csv"));
    assertThat(fromDatabase).hasSize(1 + 36 * 4).containsExactlyInAnyOrderElementsOf(equivalent);

    for (Path ws : List.of(fromCsv, fromSql)) {
      CliRun run = CliRun.withEnvOn(Map.of(), APRIL_5, "generate", "--workspace", ws.toString(), "--pack",
          "corporate-parenting,members", "--period", "2023-03", "--format", "csv,pdf", "--quiet");
      assertThat(run.exitCode()).as(run.err()).isZero();
    }
    for (String pack : List.of("corporate-parenting", "members")) {
      assertThat(normalised(Files.readString(fromSql.resolve("out/" + pack + "-2023-03.csv"))))
          .isEqualTo(normalised(Files.readString(fromCsv.resolve("out/" + pack + "-2023-03.csv"))));
      assertThat(normalised(pdfText(fromSql.resolve("out/" + pack + "-2023-03.pdf"))))
          .isEqualTo(normalised(pdfText(fromCsv.resolve("out/" + pack + "-2023-03.pdf"))));
    }
  }

  /** The bundled case system in a new database, readable by a user who may only read it. */
  private static String caseSystem() throws SQLException, IOException {
    PostgresServer server = PostgresServer.shared();
    String url = server.createDatabase("case_system_" + Long.toHexString(System.nanoTime()));
    server.execute(url, Files.readString(BUNDLED.resolve("sources/case-system/schema.sql")));
    server.execute(url, Files.readString(BUNDLED.resolve("sources/case-system/sample-data.sql")));
    server.createReader(url.substring(url.lastIndexOf('/') + 1), "bi_reader", "Bi-reader-2023");
    return url;
  }

  /** The bundled workspace, its extracts without a row of the indicators the SQL source gives. */
  private static Path copyOfBundled(Path target) throws IOException {
    for (String part : List.of("indicators", "templates", "reference", "commentary", "sources", "samples",
        "glossary.yaml", "scorepack.yaml")) {
      Path from = BUNDLED.resolve(part);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
          Path to = target.resolve(BUNDLED.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else if (part.equals("samples") && p.toString().endsWith(".csv")) {
            List<String> kept = new ArrayList<>();
            for (String line : Files.readAllLines(p)) {
              if (!FROM_SQL.contains(line.substring(0, Math.max(0, line.indexOf(','))))) {
                kept.add(line);
              }
            }
            Files.write(to, kept);
          } else {
            Files.copy(p, to);
          }
        }
      }
    }
    return target;
  }

  /**
   * The figures of the SQL source's indicators as the bundled extracts give them finally: for each
   * month, the row of the latest extract (by file name, which starts with its date) holding it.
   */
  private static List<String> finalFigures(Path samples) throws IOException {
    Map<String, String> latest = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(samples)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        for (String line : Files.readAllLines(p)) {
          String[] cells = line.split(",", -1);
          if (FROM_SQL.contains(cells[0])) {
            latest.put(cells[0] + "," + cells[1], line);
          }
        }
      }
    }
    List<String> out = new ArrayList<>(List.of("indicator,period,breakdown,value,numerator,denominator"));
    out.addAll(latest.values());
    return out;
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The text with the extract file names and the dates of issue taken out, which may differ. */
  private static String normalised(String text) {
    return text.replaceAll("\\d{4}-\\d{2}-\\d{2}-[a-z-]+\\.csv(:\\d+)?", "EXTRACT")
        .replaceAll("\\d{2}/\\d{2}/\\d{4}", "DATE").replaceAll("\\b\\d{4}-\\d{2}-\\d{2}\\b", "DATE");
  }
}
