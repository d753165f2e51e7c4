package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorepack.definition.Template;
import scorepack.diagnostic.Diagnostics;
import scorepack.workspace.Workspace;
import scorepack.workspace.WorkspaceLoader;

/**
 * Issue 14, point 1: no pack prints a judgement without its figures. Every bundled pack is laid out
 * for every month from April 2021 to March 2023, and so is a pack of randomly made indicators (a
 * fixed seed), and each printed RAG and DOT is judged again from the figures the same pack prints.
 */
class Issue14JudgementsNeedFiguresTest {
  private static final YearMonth FIRST = YearMonth.of(2021, 4);
  private static final YearMonth LAST = YearMonth.of(2023, 3);

  @Test
  void noBundledPackPrintsAJudgementWithoutItsFigures() {
    PrintedJudgements check = everyPackEveryMonth(GoldenPacks.bundledWorkspace());
    // The check saw judgements of both kinds: given ones and withheld ones.
    assertThat(check.judged()).isGreaterThan(5000);
    assertThat(check.withheld()).isPositive().isLessThan(check.judged());
  }

  @Test
  void noRandomWorkspacePrintsAJudgementWithoutItsFigures(@TempDir Path dir) throws IOException {
    Random random = new Random(14);
    PrintedJudgementsTotals totals = new PrintedJudgementsTotals();
    for (int w = 0; w < 6; w++) {
      Path root = RandomWorkspace.write(dir.resolve("w" + w), random);
      Diagnostics diagnostics = new Diagnostics();
      Workspace ws = WorkspaceLoader.load(root, root.resolve("samples"), diagnostics);
      assertThat(diagnostics.sorted()).as("random workspace %d loads", w)
          .noneMatch(d -> d.severity().name().equals("ERROR"));
      totals.add(everyPackEveryMonth(ws));
    }
    assertThat(totals.judged).isGreaterThan(1000);
    assertThat(totals.withheld).isPositive().isLessThan(totals.judged);
  }

  /** Checks every template of the workspace as at every month from April 2021 to March 2023. */
  private static PrintedJudgements everyPackEveryMonth(Workspace ws) {
    PrintedJudgements check = new PrintedJudgements(ws);
    SoftAssertions softly = new SoftAssertions();
    for (Template template : ws.templates().values()) {
      for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
        check.check(template, m, softly);
      }
    }
    softly.assertAll();
    return check;
  }

  /** Counts over several workspaces. */
  private static final class PrintedJudgementsTotals {
    int judged;
    int withheld;

    void add(PrintedJudgements check) {
      judged += check.judged();
      withheld += check.withheld();
    }
  }

  /** A workspace of random indicators of every timeline, behaviour, year and polarity, with gaps. */
  static final class RandomWorkspace {
    private static final List<String> TIMELINES = List.of("monthly", "quarterly", "termly", "annual");
    private static final List<String> BEHAVIOURS =
        List.of("flow", "snapshot", "ratio", "rolling 12 months", "year to date average");
    private static final List<String> POLARITIES = List.of("high", "low", "info");
    private static final List<Integer> TERM_ENDS = List.of(12, 3, 7);

    private RandomWorkspace() {}

    static Path write(Path root, Random random) throws IOException {
      int count = 14;
      StringBuilder defs = new StringBuilder("indicators:\n");
      StringBuilder rows = new StringBuilder();
      StringBuilder csv = new StringBuilder("indicator,period,breakdown,value,numerator,denominator\n");
      for (int i = 0; i < count; i++) {
        String timeline = TIMELINES.get(random.nextInt(TIMELINES.size()));
        String behaviour = BEHAVIOURS.get(random.nextInt(BEHAVIOURS.size()));
        String polarity = POLARITIES.get(random.nextInt(POLARITIES.size()));
        boolean academic = random.nextBoolean();
        boolean percent = !behaviour.equals("flow") || random.nextBoolean();
        defs.append("  - id: ind-").append(i).append("\n    title: Random ").append(i)
            .append("\n    unit: ").append(percent ? "percent" : "count")
            .append("\n    polarity: ").append(polarity)
            .append("\n    timeline: ").append(timeline)
            .append("\n    behaviour: ").append(behaviour)
            .append("\n    year: ").append(academic ? "academic" : "financial").append('\n');
        if (random.nextInt(5) == 0) {
          defs.append("    new_measure: 2022/23\n");
        }
        if (!polarity.equals("info") && random.nextInt(4) > 0) {
          defs.append("    tolerances:\n");
          for (String year : List.of("2020/21", "2021/22", "2022/23")) {
            if (random.nextInt(5) > 0) {
              int green = 40 + random.nextInt(40);
              defs.append("      ").append(year).append(": { green: ").append(green)
                  .append(random.nextBoolean() ? ", amber: " + (polarity.equals("high") ? green - 10 : green + 10) : "")
                  .append(" }\n");
            }
          }
        }
        rows.append("      - { ref: \"").append(i).append("\", indicator: ind-").append(i).append(" }\n");
        for (YearMonth m = YearMonth.of(2019, 9); !m.isAfter(LAST); m = m.plusMonths(1)) {
          if (!endsPeriod(timeline, academic, m) || random.nextInt(8) == 0) {
            continue;
          }
          int den = 50 + random.nextInt(100);
          int num = random.nextInt(den + 1);
          csv.append("ind-").append(i).append(',').append(m).append(",,,").append(num).append(',')
              .append(percent ? Integer.toString(den) : "").append('\n');
        }
      }
      int monthColumns = 1 + random.nextInt(12);
      write(root.resolve("indicators/random.yaml"), defs.toString());
      write(root.resolve("templates/random.yaml"), "title: Random pack\nmonth_columns: " + monthColumns + "\n"
          + "columns: [ref, indicator, month, ytd, polarity, dot_month, rag_month, dot_year, rag_year, red, amber,"
          + " green, previous_year]\nsections:\n  - title: LINES\n    rows:\n" + rows);
      write(root.resolve("glossary.yaml"), "terms: []\n");
      write(root.resolve("samples/2023-04-06-random.csv"), csv.toString());
      return root;
    }

    private static boolean endsPeriod(String timeline, boolean academic, YearMonth m) {
      return switch (timeline) {
        case "monthly" -> true;
        case "quarterly" -> m.getMonthValue() % 3 == 0;
        case "termly" -> TERM_ENDS.contains(m.getMonthValue());
        default -> m.getMonthValue() == (academic ? 8 : 3);
      };
    }

    private static void write(Path file, String text) throws IOException {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
  }
}
