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
import org.junit.jupiter.api.Test;
import scorepack.pack.DataNote;
import scorepack.pack.Pack;
import scorepack.workspace.Workspace;

/**
 * Issue 14, point 7: the PDF's data notes say what changed in plain English at the printed
 * precision; the file names and raw fractions stay in the working, for the workbook and the CSV.
 */
class Issue14PlainDataNotesTest {
  private static final Workspace WORKSPACE = GoldenPacks.bundledWorkspace();

  private static Pack pack(String id, YearMonth period) {
    return new PackCalculation(WORKSPACE).pack(WORKSPACE.templates().get(id), period,
        Instant.parse("2023-04-04T00:00:00Z"));
  }

  @Test
  void aRevisionIsWordedForReadersAtThePrintedPrecisionAndKeepsItsWorkingForTheData() {
    // Corporate Parenting, March 2023, line 4.7: February 2023 was 54/62 in the March extract and
    // 57/62 in the April one, so the column printed 87.1% (54 / 62) and now prints 91.9% (57 / 62).
    Pack pack = pack("corporate-parenting", YearMonth.of(2023, 3));
    DataNote note = pack.dataNotes().stream().filter(n -> n.ref().equals("4.7")).findFirst().orElseThrow();
    assertThat(note.text()).isEqualTo("February 2023 revised from 87.1% to 91.9% by a later extract");
    assertThat(note.detail()).isEqualTo("Feb 2023 revised by samples/2023-04-04-cyps-monthly.csv (was 54/62 in"
        + " samples/2023-03-06-cyps-monthly.csv, now 57/62)");
    assertThat(note.period()).isEqualTo(YearMonth.of(2023, 2));
  }

  @Test
  void twoRevisionsOfOneMonthMakeOneNote() {
    // Line 4.26 (days to match, a running average): January 2023 revised twice, 207 -> 208 -> 210 days.
    // Apr-Dec 2022 hold 5,250 days over 25 matches, so the Jan-23 column printed 5,457 / 26 = 209.9,
    // then 5,458 / 26 = 209.9 (no printed change), and now prints 5,460 / 26 = 210.0.
    Pack pack = pack("corporate-parenting", YearMonth.of(2023, 3));
    List<DataNote> notes = pack.dataNotes().stream().filter(n -> n.ref().equals("4.26")).toList();
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).text()).isEqualTo("January 2023 revised from 209.9 to 210.0 by later extracts");
    assertThat(notes.get(0).detail()).contains("samples/2023-03-06-cyps-monthly.csv", "; ",
        "samples/2023-04-04-cyps-monthly.csv");
  }

  @Test
  void thePdfNamesNoFileAndNoFractionWhileTheCsvKeepsBoth() throws IOException {
    for (String id : List.of("corporate-parenting", "early-help", "members")) {
      Pack pack = pack(id, YearMonth.of(2023, 3));
      assertThat(pack.dataNotes()).as(id).isNotEmpty();
      String text;
      try (PDDocument pdf = Loader.loadPDF(Format.PDF.render(pack))) {
        text = new PDFTextStripper().getText(pdf);
      }
      String notes = text.substring(text.indexOf("Ref Indicator Note"));
      int changes = notes.indexOf("Changes since the last issue");
      notes = changes < 0 ? notes : notes.substring(0, changes);
      // Year labels such as 2021/22 are words; a fraction such as 54/62 is working.
      assertThat(notes.replaceAll("20\\d\\d/\\d\\d", "")).as(id).contains("revised from")
          .doesNotContain("samples/", ".csv").doesNotContainPattern("\\d/\\d");
      String csv = new String(Format.CSV.render(pack), StandardCharsets.UTF_8);
      assertThat(csv.lines().filter(l -> l.contains(",data_quality,"))).as(id)
          .hasSize(pack.dataNotes().size()).allMatch(l -> !l.contains("revised") || l.contains("samples/"));
    }
  }
}
