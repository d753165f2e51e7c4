package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import scorepack.pack.Cell;
import scorepack.pack.Edition;
import scorepack.pack.Pack;
import scorepack.pack.PackFixtures;
import scorepack.pack.PreviousIssue;
import scorepack.pack.PrintedFigure;
import scorepack.pack.Row;
import scorepack.pack.Section;
import scorepack.render.sheet.MissingFigures;
import scorepack.render.sheet.Shorthand;
import scorepack.workspace.Workspace;

/**
 * The contract every renderer keeps, checked for each format on each bundled pack in both editions:
 * it prints every figure and judgement of the pack, with exactly the pack's text (so the public
 * edition's suppression too: each [c] where the pack has one), and the same pack gives the same
 * bytes twice. A new format must say here how its file is read back, or this does not compile.
 */
class RendererContractTest {
  private static final Instant CREATED = Instant.parse("2023-04-04T00:00:00Z");
  private static final List<Pack> PACKS = new ArrayList<>();
  private static Workspace workspace;

  /** How a format lays out its figures: by scorecard line, in long form as the CSV, or both. */
  private enum Layout { BY_LINE, LONG_FORM }

  private static Set<Layout> layouts(Format format) {
    return switch (format) {
      case PDF, HTML -> EnumSet.of(Layout.BY_LINE);
      case XLSX, ODS -> EnumSet.of(Layout.BY_LINE, Layout.LONG_FORM);
      case CSV -> EnumSet.of(Layout.LONG_FORM);
      // The covering report quotes chosen lines; Issue20CoverNumbersTest checks every number it prints.
      case DOCX -> EnumSet.noneOf(Layout.class);
    };
  }

  @BeforeAll
  static void build() {
    workspace = GoldenPacks.bundledWorkspace();
    PackCalculation calculation = new PackCalculation(workspace);
    for (Edition edition : Edition.values()) {
      PACKS.add(pack(calculation, "members", YearMonth.of(2023, 3), edition));
      PACKS.add(pack(calculation, "early-help", YearMonth.of(2022, 3), edition));
      PACKS.add(pack(calculation, "corporate-parenting", YearMonth.of(2022, 12), edition));
    }
    assertThat(PACKS.stream().flatMap(p -> p.figures().stream()).filter(f -> f.cell().isSuppressed()))
        .as("the public packs suppress figures").hasSizeGreaterThan(20);
  }

  private static Pack pack(PackCalculation calculation, String id, YearMonth period, Edition edition) {
    return calculation.pack(workspace.templates().get(id), period, CREATED, PreviousIssue.NONE, edition);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theSamePackGivesTheSameBytesTwice(Format format) throws IOException {
    PackCalculation again = new PackCalculation(workspace);
    for (Pack pack : PACKS) {
      byte[] first = format.render(pack);
      assertThat(format.render(pack)).as(pack.fileStem()).isEqualTo(first);
      Pack rebuilt = pack(again, pack.id(), pack.period(), pack.metadata().edition());
      assertThat(format.render(rebuilt)).as(pack.fileStem() + ", calculated again").isEqualTo(first);
    }
  }

  /** A pack without lines has no cover template in its fixture, so no Word form. */
  @ParameterizedTest
  @EnumSource(value = Format.class, names = "DOCX", mode = EnumSource.Mode.EXCLUDE)
  void aPackWithoutLinesStillRendersTheSameBytesTwice(Format format) throws IOException {
    Pack empty = PackFixtures.corporateParentingLike(0);
    assertThat(format.render(empty)).isNotEmpty().isEqualTo(format.render(empty));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void printsEveryFigureAndJudgementWithThePacksText(Format format) throws IOException {
    for (Pack pack : PACKS) {
      List<List<String>> lines = RenderedLines.of(format, format.render(pack)).stream().map(RendererContractTest::normalised).toList();
      if (layouts(format).contains(Layout.BY_LINE)) {
        MissingFigures missing = MissingFigures.of(pack);
        for (Section section : pack.sections()) {
          for (Row row : section.rows()) {
            List<List<String>> printed = printedOnLine(pack, row, missing);
            assertThat(lines.stream().anyMatch(line -> inOrder(line, printed)))
                .as("%s %s line %s %s prints %s", format, pack.fileStem(), row.ref(), row.indicatorId(), printed)
                .isTrue();
          }
        }
      }
      if (layouts(format).contains(Layout.LONG_FORM)) {
        for (PrintedFigure f : pack.figures()) {
          List<List<String>> record = normalised(List.of(f.ref(), f.indicator(), f.breakdown(), f.field().code(),
              f.periodCode(), f.cell().text())).stream().map(List::of).toList();
          assertThat(lines.stream().anyMatch(line -> inOrder(line, record)))
              .as("%s %s prints %s", format, pack.fileStem(), record).isTrue();
        }
      }
    }
  }

  /**
   * The line's reference and the text of each figure and judgement it prints, in column order. A
   * format that lays a line out may give a symbol's meaning beside it ("↑ declining"), and a
   * spreadsheet gives a missing figure the Analysis Function's shorthand ([x], [z]) instead of "-".
   */
  private static List<List<String>> printedOnLine(Pack pack, Row row, MissingFigures missing) {
    List<List<String>> printed = new ArrayList<>();
    if (!row.ref().isEmpty()) {
      printed.add(List.of(squeezed(row.ref())));
    }
    // a row prints its section's columns (a table of terms has its own)
    List<scorepack.pack.Column> columns = pack.columnsOf(row);
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = row.cells().get(c);
      if (columns.get(c).field().isFigure() && !squeezed(cell.text()).isEmpty()) {
        printed.add(List.of(squeezed(cell.text()), squeezed(cell.text() + cell.meaning()),
            missing.of(cell).map(Shorthand::symbol).orElse(squeezed(cell.text()))));
      }
    }
    return printed;
  }

  /** Whether each of {@code wanted} appears in {@code line} in one of its forms, in order (other cells between). */
  private static boolean inOrder(List<String> line, List<List<String>> wanted) {
    int at = 0;
    for (String cell : line) {
      if (at < wanted.size() && wanted.get(at).contains(cell)) {
        at++;
      }
    }
    return at == wanted.size();
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** Cells without white space (a PDF cell breaks its text over lines), and without empty ones. */
  private static List<String> normalised(List<String> cells) {
    return cells.stream().map(c -> c.replaceAll("\\s+", "")).filter(c -> !c.isEmpty()).toList();
  }
}
