package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import scorepack.engine.DisplayPrecision;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.MonthNames;
import scorepack.pack.Cell;
import scorepack.pack.Column;
import scorepack.pack.Edition;
import scorepack.pack.Field;
import scorepack.pack.NumberFormat;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.pack.Section;
import scorepack.pack.Tone;
import scorepack.workspace.Workspace;

/**
 * Issue 19, point 3: no public file gives away a suppressed figure. For each bundled pack this
 * collects every figure the public edition suppresses with its line (the restricted edition's text
 * and number of each suppressed cell and sparkline point), then reads every public file: the PDF's
 * text, table rows and alternative texts; the XLSX and ODS parts' XML, row by row and every text in
 * them; the CSV record by record; the covering report's paragraphs, tables and XML. None of the
 * figures may appear on its line, or in any sentence naming that line.
 */
class PublicEditionLeakTest {
  private static final Instant CREATED = Instant.parse("2023-04-04T00:00:00Z");
  private static final List<Built> PACKS = new ArrayList<>();

  /** A pack in both editions, and what the public one suppresses. */
  private record Built(Pack restricted, Pack published, List<Secret> secrets) {}

  /**
   * A suppressed figure and its line.
   *
   * @param line the line's printed indicator text (its title, with the breakdown)
   * @param indicator the indicator id, as the long-form data names the line
   * @param breakdown the breakdown, likewise
   * @param text the figure as the restricted edition prints it
   * @param number the figure's number, as the data outputs write it
   */
  private record Secret(String line, String indicator, String breakdown, String text, String number) {}

  @BeforeAll
  static void build() {
    Workspace workspace = GoldenPacks.bundledWorkspace();
    PackCalculation calculation = new PackCalculation(workspace);
    Map<String, YearMonth> packs = GoldenPacks.bundledPackPeriods();
    packs.forEach((id, period) -> {
      Pack restricted = calculation.pack(workspace.templates().get(id), period, CREATED);
      Pack published = calculation.pack(workspace.templates().get(id), period, CREATED,
          scorepack.pack.PreviousIssue.NONE, Edition.PUBLIC);
      PACKS.add(new Built(restricted, published, secrets(restricted, published, workspace)));
    });
    assertThat(workspace.templates().keySet()).as("every bundled pack is checked").isEqualTo(packs.keySet());
  }

  /**
   * Every figure the public pack suppresses that the restricted one prints: each cell the public
   * pack prints as [c], and each sparkline point of a suppressed month column or missing from the
   * public sparkline, less any number the line legitimately prints elsewhere (which is read from the
   * restricted pack, so that a leak cannot excuse itself).
   */
  private static List<Secret> secrets(Pack restricted, Pack published, Workspace workspace) {
    List<Secret> secrets = new ArrayList<>();
    for (int s = 0; s < restricted.sections().size(); s++) {
      Section section = restricted.sections().get(s);
      // A section of terms has its own columns (Term 1, Term 2, 2022/23 YTD, DOT (term)).
      List<Column> columns = restricted.columnsOf(section);
      int title = column(columns, Field.INDICATOR);
      for (int r = 0; r < section.rows().size(); r++) {
        Row full = section.rows().get(r);
        Row open = published.sections().get(s).rows().get(r);
        String line = full.cells().get(title).text();
        IndicatorDefinition def = workspace.indicators().get(full.indicatorId()).definition();
        List<Secret> own = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        Set<String> suppressedMonths = new HashSet<>();
        for (int c = 0; c < full.cells().size(); c++) {
          Cell was = full.cells().get(c);
          if (open.cells().get(c).isSuppressed()) {
            if (was.hasValue()) {
              own.add(new Secret(line, full.indicatorId(), full.breakdown(), was.text(), was.dataValue()));
            }
            if (columns.get(c).field() == Field.MONTH) {
              suppressedMonths.add(MonthNames.shortName(columns.get(c).period()));
            }
          } else {
            shown.add(numberIn(was.text()));
          }
        }
        if (full.trend() != null) {
          for (int i = 0; i < full.trend().values().size(); i++) {
            BigDecimal was = full.trend().values().get(i);
            if (was == null) {
              continue;
            }
            String text = DisplayPrecision.text(was, def.unit(), def.decimals());
            if (suppressedMonths.contains(full.trend().labels().get(i)) || open.trend().values().get(i) == null) {
              own.add(new Secret(line, full.indicatorId(), full.breakdown(), text, new Cell("x", was,
                  NumberFormat.INTEGER, Tone.PLAIN, "", "").dataValue()));
            } else {
              shown.add(numberIn(text));
            }
          }
        }
        // A number the line prints anyway (a threshold of 0.5%+, another month's 90.5%) gives nothing away.
        own.stream().filter(x -> !shown.contains(numberIn(x.text()))).forEach(secrets::add);
      }
    }
    return secrets;
  }

  /**
   * Members' education section is a table of terms (Term 1, Term 2, 2022/23 YTD): its suppressed
   * figures are among those searched for. ED.20 permanent exclusions, worked by hand from the
   * extracts: Primary's Term 1 is 1 (below 5), so its year to date, 6, would give it away (6 less
   * Term 2's 5); Secondary's Term 1, 32, is the next smallest breakdown, and its year to date, 62,
   * less Term 2's 30 would give that. The Term 2 figures, 5 and 30, identify no one and are printed.
   */
  @Test
  void theMembersTermSectionsSuppressedFiguresAreAmongThoseSearched() {
    Built members = PACKS.get(0);
    assertThat(members.published().fileStem()).isEqualTo("members-2023-03-public");
    Section education = members.published().sections().stream()
        .filter(s -> members.published().columnsOf(s).stream().anyMatch(c -> c.heading().equals("Term 1")))
        .findFirst().orElseThrow(() -> new AssertionError("Members has no section of terms"));
    assertThat(education.rows()).anyMatch(r -> r.indicatorId().equals("permanent-exclusions"));
    List<String> exclusions = members.secrets().stream().filter(s -> s.indicator().equals("permanent-exclusions"))
        .map(s -> s.breakdown() + " " + s.text()).toList();
    assertThat(exclusions).contains("Primary 1", "Primary 6", "Secondary 32", "Secondary 62")
        .doesNotContain("Primary 5", "Secondary 30");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void noPublicFileGivesAwayASuppressedFigure(Format format) throws IOException {
    int checked = 0;
    for (Built built : PACKS) {
      Read read = read(format, format.render(built.published()));
      for (Secret secret : built.secrets()) {
        checked++;
        for (List<String> row : read.rows()) {
          if (names(row, secret)) {
            assertThat(row.stream().noneMatch(cell -> same(cell, secret))).as("%s %s: %s on the line of %s: %s", format,
                built.published().fileStem(), secret.text(), secret.line(), row).isTrue();
          }
        }
        Pattern number = token(secret.text());
        for (String sentence : read.sentences()) {
          if (!secret.line().isEmpty() && sentence.contains(secret.line())) {
            String rest = sentence.replace(secret.line(), " ");
            assertThat(number.matcher(rest).find()).as("%s %s: %s in \"%s\"", format, built.published().fileStem(),
                secret.text(), sentence).isFalse();
          }
        }
      }
    }
    assertThat(checked).as("the bundled packs suppress figures to look for").isGreaterThan(20);
  }

  /** Whether a row of a file is the secret's line: it prints the line's text, or names its indicator and breakdown. */
  private static boolean names(List<String> row, Secret secret) {
    if (row.contains(secret.line())) {
      return true;
    }
    return row.contains(secret.indicator())
        && (secret.breakdown().isEmpty() ? !row.contains("") || true : row.contains(secret.breakdown()));
  }

  private static boolean same(String cell, Secret secret) {
    String squeezed = cell.replaceAll("\\s+", "");
    return squeezed.equals(secret.text().replaceAll("\\s+", "")) || squeezed.equals(secret.number());
  }

  /** The number a figure prints, as a whole token: "3" is not found in "13", "2023" or "Q3". */
  private static Pattern token(String text) {
    return Pattern.compile("(?<![\\w.,])" + Pattern.quote(numberIn(text)) + "(?![\\w]|[.,]\\d)");
  }

  /** The digits of a printed figure: "42.9" of "42.9%", "1,234" of "1,234". */
  private static String numberIn(String text) {
    return text.replaceAll("[^0-9.,-]", "");
  }

  /** What a file says: its rows of cells, and every run of text split into sentences. */
  private record Read(List<List<String>> rows, List<String> sentences) {}

  private static Read read(Format format, byte[] file) throws IOException {
    List<List<String>> rows = new ArrayList<>(RenderedLines.of(format, file));
    List<String> texts = new ArrayList<>();
    switch (format) {
      case PDF -> {
        texts.addAll(RenderedLines.pdfTexts(file));
        try (PDDocument pdf = Loader.loadPDF(file)) {
          texts.add(String.valueOf(pdf.getDocumentInformation().getTitle()));
          texts.add(String.valueOf(pdf.getDocumentInformation().getSubject()));
          texts.add(String.valueOf(pdf.getDocumentInformation().getKeywords()));
          // The figures drawn outside the structure: headers repeated on later pages, footers.
          for (String line : new PDFTextStripper().getText(pdf).split("\n")) {
            texts.add(line);
          }
        }
      }
      case XLSX, ODS -> texts.addAll(xmlTexts(file, rows));
      case CSV -> rows.forEach(r -> texts.add(String.join(" ", r)));
      case HTML -> rows.forEach(r -> texts.add(String.join(" ", r)));
      case DOCX -> {
        // The covering report's paragraphs and table rows whole, and every run of its XML (properties too).
        rows.forEach(r -> texts.add(String.join(" ", r)));
        texts.addAll(xmlTexts(file, rows));
      }
    }
    List<String> sentences = new ArrayList<>();
    for (String text : texts) {
      for (String s : text.replaceAll("\\s+", " ").split("(?<=[.!?])\\s+")) {
        sentences.add(s);
      }
    }
    return new Read(rows, sentences);
  }

  /**
   * The text of every XML part of a spreadsheet package (sheets, shared strings, document
   * properties, comments, drawings), one run per element; and each element's attributes as a row, so
   * that a number held only in an attribute (an ODS cell's office:value) is searched too.
   */
  private static List<String> xmlTexts(byte[] file, List<List<String>> rows) throws IOException {
    List<String> texts = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.getName().endsWith(".xml") && !e.getName().endsWith(".rels")) {
          continue;
        }
        String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        for (String run : xml.split("<[^>]*>")) {
          if (!run.isBlank()) {
            texts.add(run.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'"));
          }
        }
      }
    }
    return texts;
  }

  private static int column(List<Column> columns, Field field) {
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).field() == field) {
        return c;
      }
    }
    throw new AssertionError("no " + field + " column");
  }
}
