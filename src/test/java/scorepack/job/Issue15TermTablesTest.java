package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scorepack.pack.Column;
import scorepack.pack.Pack;
import scorepack.pack.Section;
import scorepack.render.sheet.SheetLayout;
import scorepack.render.sheet.WorkbookLayout;
import scorepack.workspace.Workspace;

/**
 * Issue 15, point 1: the Members education table prints Term 1, Term 2, the 2022/23 YTD and DOT
 * (term), as the council's report does (seed 000, lines 137-165), in every format, while the other
 * tables keep their months.
 */
class Issue15TermTablesTest {
  private static Workspace workspace;
  private static Pack march;

  @BeforeAll
  static void buildThePack() {
    workspace = GoldenPacks.bundledWorkspace();
    march = pack(YearMonth.of(2023, 3));
  }

  private static Pack pack(YearMonth month) {
    return new PackCalculation(workspace).pack(workspace.templates().get("members"), month,
        Instant.parse("2023-04-22T00:00:00Z"));
  }

  private static Section education(Pack pack) {
    return pack.sections().stream().filter(s -> s.title().startsWith("EDUCATION")).findFirst().orElseThrow();
  }

  private static List<String> headings(Pack pack, Section section) {
    return pack.columnsOf(section).stream().map(Column::heading).toList();
  }

  @Test
  void theEducationSectionHasTermColumnsAndTheOthersMonths() {
    assertThat(headings(march, education(march))).contains("Term 1", "Term 2", "2022/23 YTD", "DOT (term)")
        .doesNotContain("Jan-23", "Mar-23", "Term 3");
    assertThat(headings(march, march.sections().get(0))).contains("Jan-23", "Feb-23", "Mar-23", "2022/23 Outturn")
        .doesNotContain("Term 1");
  }

  @Test
  void termThreeAppearsFromTheSummerAndAnAprilPackShowsMarchsTerms() {
    assertThat(headings(pack(YearMonth.of(2022, 7)), education(pack(YearMonth.of(2022, 7)))))
        .contains("Term 1", "Term 2", "Term 3", "2021/22 YTD");
    Pack april = pack(YearMonth.of(2022, 4));
    assertThat(headings(april, education(april))).contains("Term 1", "Term 2", "2021/22 YTD")
        .doesNotContain("Term 3");
  }

  @Test
  void theWorkbookGivesTheTermTableASheetOfItsOwnUnderTermHeadings() {
    WorkbookLayout workbook = WorkbookLayout.of(march);
    SheetLayout sheet = workbook.sheets().stream().filter(SheetLayout::hasTable)
        .filter(s -> s.table().headers().stream().anyMatch(h -> h.startsWith("2022/23: Term 1")))
        .findFirst().orElseThrow();
    assertThat(sheet.table().headers()).anyMatch(h -> h.startsWith("2022/23: Term 2"))
        .anyMatch(h -> h.startsWith("2022/23 YTD")).noneMatch(h -> h.contains("Mar-23"));
    assertThat(sheet.table().rows()).anyMatch(r -> r.toString().contains("ED.19"));
    assertThat(workbook.sheets().stream().filter(SheetLayout::hasTable)
        .filter(s -> s.table().headers().stream().anyMatch(h -> h.contains("Jan-23")))).isNotEmpty();
  }

  @Test
  void thePdfPrintsTheTermTableUnderItsOwnHeadings() throws IOException {
    byte[] pdf = Format.PDF.render(march);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      // the table's own heading, over its as-at line (the contents list it too, and on A4 its
      // second column part has a heading of its own)
      int table = text.indexOf("Members Performance Summary: EDUCATION INDICATORS (ACADEMIC YEAR) As at month end");
      assertThat(table).isPositive();
      String after = text.substring(table);
      assertThat(after).contains("Term 1", "Term 2", "2022/23 YTD", "DOT (term)",
          "No. of elective home educated (EHE) children at period end termly Count 386 435 435");
      assertThat(after.substring(0, after.indexOf("Term 2"))).doesNotContain("Jan-23");
    }
  }

  @Test
  void theCsvNamesATermFigureByItsAcademicYearAndTerm() throws IOException {
    String csv = new String(Format.CSV.render(march), StandardCharsets.UTF_8);
    assertThat(csv).contains(",ED.19 (A),suspensions,Primary,month,2022/23-T1,134,134,\n",
        ",ED.19 (A),suspensions,Primary,month,2022/23-T2,119,119,\n",
        ",ED.19 (A),suspensions,Primary,ytd,2023-03,253,253,\n");
  }
}
