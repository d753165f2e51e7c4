package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import scorepack.definition.Template;
import scorepack.diagnostic.Diagnostics;
import scorepack.ledger.Issue;
import scorepack.ledger.Ledger;
import scorepack.ledger.LedgerFile;
import scorepack.pack.Cell;
import scorepack.pack.Chart;
import scorepack.pack.Field;
import scorepack.pack.Edition;
import scorepack.pack.Pack;
import scorepack.pack.Paper;
import scorepack.pack.Row;
import scorepack.pack.Section;
import scorepack.workspace.Workspace;
import scorepack.workspace.WorkspaceLoader;

/**
 * The bundled workspace's Corporate Parenting and Early Help packs, for two months, rendered as the
 * month-end run renders it
 * (with the changes since the ledger's previous issue): veraPDF's PDF/UA-1 and PDF/A-2a machine
 * checks pass (Members on A4, its scorecard in column parts), the outline leads to every part and
 * scorecard section in order, a scorecard row reads in column order, every pack says it is sample data, and December's Corporate Parenting pack has its
 * summary, commentary and charts.
 */
class PackPdfComplianceTest {
  private static final Path WORKSPACE = Path.of(".");
  private static final Instant CREATED = Instant.parse("2023-04-04T00:00:00Z");
  /**
   * Every bundled pack, each for the month of the report it rebuilds, and Corporate Parenting also
   * at a year end. veraPDF takes a few seconds a file, so not every pack in every month.
   */
  private static final List<Map.Entry<String, YearMonth>> PACKS_CHECKED = List.of(
      Map.entry("corporate-parenting", YearMonth.of(2022, 12)),
      Map.entry("corporate-parenting", YearMonth.of(2022, 3)),
      Map.entry("early-help", YearMonth.of(2022, 3)),
      Map.entry("members", YearMonth.of(2023, 3)));
  private static final List<Rendered> PACKS = new ArrayList<>();

  /** A pack and its PDF. */
  private record Rendered(Pack pack, byte[] pdf) {
    String name() {
      return pack.fileStem() + ".pdf";
    }
  }

  @BeforeAll
  static void renderEveryPack() throws IOException {
    VeraGreenfieldFoundryProvider.initialise();
    Diagnostics diagnostics = new Diagnostics();
    Workspace workspace = WorkspaceLoader.load(WORKSPACE, WORKSPACE.resolve("samples"), diagnostics);
    Ledger ledger = LedgerFile.read(WORKSPACE, diagnostics);
    assertThat(diagnostics.hasErrors()).as(() -> diagnostics.sorted().toString()).isFalse();
    PackCalculation calculation = new PackCalculation(workspace);
    for (Map.Entry<String, YearMonth> checked : PACKS_CHECKED) {
      Template template = workspace.templates().get(checked.getKey());
      YearMonth period = checked.getValue();
      // Both editions: the public one's [c] cells, withheld judgements and gapped charts are tagged too.
      for (Edition edition : Edition.values()) {
        Issue issue = new Issue(template.id(), period, LocalDate.ofInstant(CREATED, ZoneOffset.UTC), edition.code());
        Pack pack = calculation.pack(template, period, CREATED, PublishedFigures.previousIssue(ledger, issue),
            edition);
        PACKS.add(new Rendered(pack, Format.PDF.render(pack)));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = PDFAFlavour.class, names = {"PDFUA_1", "PDFA_2_A"})
  void everyPackPassesEveryMachineCheck(PDFAFlavour flavour) throws Exception {
    List<String> failures = new ArrayList<>();
    for (Rendered rendered : PACKS) {
      try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(rendered.pdf()),
              flavour);
          PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
        ValidationResult result = validator.validate(parser);
        if (!result.isCompliant()) {
          failures.add(rendered.name() + " is not " + flavour.getId() + ":\n" + describe(result));
        }
      }
    }
    failures.forEach(System.out::println);
    assertThat(failures).isEmpty();
  }

  @Test
  void outlineHasAnEntryForEveryScorecardSectionAndTheAppendices() throws IOException {
    for (Rendered rendered : PACKS) {
      try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
        List<String> titles = new ArrayList<>();
        collectTitles(pdf.getDocumentCatalog().getDocumentOutline(), titles);
        List<String> sections = rendered.pack().sections().stream().map(Section::title)
            .filter(t -> !t.isEmpty()).toList();
        assertThat(titles).as(rendered.name()).containsAll(sections).contains("Glossary",
            rendered.pack().front().scorecardTitle());
        List<String> parts = new ArrayList<>();
        pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> parts.add(item.getTitle()));
        List<String> expected = new ArrayList<>();
        if (!rendered.pack().summary().counts().isEmpty()) {
          expected.add("Summary");
        }
        if (!rendered.pack().keyFacts().isEmpty()) {
          expected.add("Key facts");
        }
        expected.add(rendered.pack().front().scorecardTitle());
        // a section with its own columns (a table of terms) starts a table, and a bookmark, of its own
        rendered.pack().sections().stream().filter(s -> s.columns().isPresent())
            .forEach(s -> expected.add(rendered.pack().front().scorecardTitle() + ": " + s.title()));
        if (hasCommentary(rendered.pack())) {
          expected.add("Exceptions and commentary");
        }
        if (!rendered.pack().charts().isEmpty()) {
          expected.add("Charts");
        }
        expected.add("Glossary");
        assertThat(parts).as(rendered.name()).startsWith(expected.toArray(String[]::new));
      }
    }
  }

  /** The bundled Corporate Parenting pack for December 2022 has every new part, as the template and commentary set up. */
  @Test
  void decemberCorporateParentingHasTheSummaryCommentaryAndCharts() throws IOException {
    Rendered rendered = PACKS.stream().filter(r -> r.name().equals("corporate-parenting-2022-12.pdf")).findFirst()
        .orElseThrow();
    Pack pack = rendered.pack();
    assertThat(pack.summary().counts()).isNotEmpty();
    assertThat(pack.charts()).extracting(Chart::title).anyMatch(t -> t.startsWith("4.2 "))
        .anyMatch(t -> t.startsWith("4.19 "));
    assertThat(hasCommentary(pack)).isTrue();
    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains(pack.summary().sentences().get(0));
      for (Chart chart : pack.charts()) {
        assertThat(text).contains(chart.title());
      }
      pack.keyFacts().stream().flatMap(t -> t.charts().stream()).forEach(c -> assertThat(text).contains(c.title()));
      List<String> alts = new ArrayList<>();
      collectFigureAlts(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
      for (Chart chart : pack.charts()) {
        assertThat(alts).contains(chart.description());
      }
    }
  }

  private static boolean hasCommentary(Pack pack) {
    return pack.sections().stream().flatMap(s -> s.rows().stream())
        .anyMatch(r -> r.data().containsKey(Field.COMMENTARY));
  }

  private static void collectFigureAlts(List<Object> kids, List<String> alts) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if ("Figure".equals(element.getStructureType())) {
          alts.add(element.getAlternateDescription());
        }
        collectFigureAlts(element.getKids(), alts);
      }
    }
  }

  /** Issue 14: the bundled packs are invented, and every one says so where a reader or a file index looks. */
  @Test
  void everyBundledPackSaysSampleDataOnItsFrontPageEveryFooterAndItsProperties() throws IOException {
    for (Rendered rendered : PACKS) {
      try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        assertThat(stripper.getText(pdf)).as(rendered.name())
            .contains("Sample data: every figure in this pack is invented. It is not a council's publication.");
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
          stripper.setStartPage(p);
          stripper.setEndPage(p);
          assertThat(stripper.getText(pdf)).as(rendered.name() + ", page " + p).contains("Sample data: Children's");
        }
        assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Sample data: ");
        assertThat(pdf.getDocumentInformation().getSubject()).startsWith("Sample data: ");
        assertThat(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
            .contains("<rdf:li xml:lang=\"x-default\">Sample data: ");
      }
    }
  }

  @Test
  void aScorecardRowReadsInColumnOrder() throws IOException {
    for (Rendered rendered : PACKS) {
      Section section = rendered.pack().sections().get(0);
      Row row = section.rows().get(0);
      List<String> printed = new ArrayList<>();
      for (int c = 0; c < row.cells().size(); c++) {
        Cell cell = row.cells().get(c);
        Field field = rendered.pack().columns().get(c).field();
        boolean dot = (field == Field.DOT_MONTH || field == Field.DOT_YEAR) && !cell.meaning().isEmpty();
        // A DOT arrow is printed with its word under it.
        printed.add(dot ? cell.text() + " " + cell.meaning() : cell.text());
      }
      List<String> cells = printed.stream().filter(t -> !t.isBlank()).toList();
      try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
        int page = pageOf(pdf, section.title());
        String text = pageText(pdf, page);
        if (rendered.pack().metadata().paper() == Paper.A3) {
          assertThat(text).as(rendered.name() + ", page " + page).contains(joined(cells));
          continue;
        }
        // On A4 the line's first columns are on its page, and the next page repeats its reference
        // and title before its later columns.
        int split = cells.size();
        while (split > 0 && !text.contains(joined(cells.subList(0, split)))) {
          split--;
        }
        assertThat(split).as(rendered.name() + ", page " + page).isBetween(3, cells.size() - 1);
        List<String> rest = new ArrayList<>(cells.subList(0, 2));
        rest.addAll(cells.subList(split, cells.size()));
        assertThat(pageText(pdf, page + 1)).as(rendered.name() + ", page " + (page + 1)).contains(joined(rest));
      }
    }
  }

  private static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf).replaceAll("\\s+", " ");
  }

  private static String joined(List<String> cells) {
    return String.join(" ", cells).replaceAll("\\s+", " ");
  }

  /** The page (counted from 1) the outline entry titled {@code title} leads to. */
  private static int pageOf(PDDocument pdf, String title) throws IOException {
    List<PDOutlineItem> items = new ArrayList<>();
    collectItems(pdf.getDocumentCatalog().getDocumentOutline(), items);
    for (PDOutlineItem item : items) {
      if (item.getTitle().equals(title)) {
        return ((PDPageDestination) item.getDestination()).retrievePageNumber() + 1;
      }
    }
    throw new AssertionError("no outline entry " + title);
  }

  private static void collectTitles(PDOutlineNode node, List<String> titles) {
    List<PDOutlineItem> items = new ArrayList<>();
    collectItems(node, items);
    items.forEach(item -> titles.add(item.getTitle()));
  }

  private static void collectItems(PDOutlineNode node, List<PDOutlineItem> items) {
    if (node == null) {
      return;
    }
    for (PDOutlineItem item : node.children()) {
      items.add(item);
      collectItems(item, items);
    }
  }

  private static String describe(ValidationResult result) {
    StringBuilder text = new StringBuilder();
    for (TestAssertion assertion : result.getTestAssertions()) {
      if (assertion.getStatus() == TestAssertion.Status.FAILED) {
        text.append("  ").append(assertion.getRuleId().getClause()).append('-')
            .append(assertion.getRuleId().getTestNumber()).append(": ").append(assertion.getMessage())
            .append(" at ").append(assertion.getLocation().getContext()).append('\n');
      }
    }
    return text.append("  failed checks per rule: ").append(result.getFailedChecks()).toString();
  }
}
