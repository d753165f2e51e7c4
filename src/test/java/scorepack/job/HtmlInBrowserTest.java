package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scorepack.pack.Edition;
import scorepack.pack.Pack;
import scorepack.pack.PreviousIssue;
import scorepack.workspace.Workspace;

/**
 * Issue 19, point 5: each bundled pack's HTML, in both editions, opened in a real Chromium at a
 * phone's, a tablet's and a desktop's width (390, 768 and 1280 px). axe-core's WCAG 2.2 A and AA
 * rules find nothing; Tab reaches every link and every scrolling region; nothing is wider than the
 * viewport (a wide table scrolls inside its own region, never the page); the page asks for nothing
 * beyond itself; Chromium's accessibility tree, what a screen reader is given, holds every heading in
 * order and every table with its caption, header cells and figures, on a phone too. Screenshots at 390 and 1280 px are left in {@code target/screenshots} for a person
 * to look at.
 */
class HtmlInBrowserTest {
  private static final Instant CREATED = Instant.parse("2023-04-04T00:00:00Z");
  private static final List<Integer> WIDTHS = List.of(390, 768, 1280);
  private static final List<Integer> SCREENSHOT_WIDTHS = List.of(390, 1280);
  /** axe-core's tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA (2.2 added only AA rules). */
  private static final List<String> WCAG_22_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  private static final Path WORK = Path.of("target/browser-check");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final List<String> PAGES = new ArrayList<>();
  private static JsonNode result;

  @BeforeAll
  static void openEveryBundledPackInChromium() throws IOException, InterruptedException {
    BrowserCheck browser = BrowserCheck.available();
    Workspace workspace = GoldenPacks.bundledWorkspace();
    PackCalculation calculation = new PackCalculation(workspace);
    Map<String, YearMonth> packs = GoldenPacks.bundledPackPeriods();
    assertThat(workspace.templates().keySet()).as("every bundled pack is checked").isEqualTo(packs.keySet());
    Files.createDirectories(WORK);
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, YearMonth> p : packs.entrySet()) {
      for (Edition edition : Edition.values()) {
        Pack pack = calculation.pack(workspace.templates().get(p.getKey()), p.getValue(), CREATED,
            PreviousIssue.NONE, edition);
        Path file = WORK.resolve(Format.HTML.fileName(pack));
        Files.write(file, Format.HTML.render(pack));
        files.add(file);
        PAGES.add(file.getFileName().toString());
      }
    }
    result = browser.check(files, WIDTHS, SCREENSHOT_WIDTHS, SCREENSHOTS, WCAG_22_A_AA, WORK);
    System.out.println("browser checks: " + result.get("chromium").asText() + ", axe-core " + result.get("axe").asText()
        + ", " + result.get("checks").size() + " page views; screenshots in " + SCREENSHOTS);
  }

  @Test
  void everyPackInBothEditionsWasOpenedAtEveryWidthWithScreenshotsAtPhoneAndDesktopWidths() {
    assertThat(PAGES).hasSize(6);
    List<String> seen = checks().stream().map(c -> c.get("page").asText() + "@" + c.get("width").asInt()).toList();
    List<String> expected = PAGES.stream().flatMap(p -> WIDTHS.stream().map(w -> p + "@" + w)).toList();
    assertThat(seen).containsExactlyElementsOf(expected);
    for (JsonNode c : checks()) {
      if (SCREENSHOT_WIDTHS.contains(c.get("width").asInt())) {
        assertThat(Path.of(c.get("screenshot").asText())).as("screenshot of %s", where(c)).isNotEmptyFile();
      }
    }
  }

  @Test
  void axeCoreFindsNoWcag22LevelAOrAaViolationAtAnyWidth() {
    assertThat(failures(c -> {
      List<String> found = new ArrayList<>();
      for (JsonNode v : c.get("violations")) {
        found.add(v.get("id").asText() + " (" + v.get("impact").asText() + ", " + v.get("help").asText() + "): "
            + String.join(" | ", strings(v.get("targets"))));
      }
      return found;
    })).isEmpty();
  }

  @Test
  void keyboardFocusReachesEveryLinkAndEveryScrollingTable() {
    assertThat(failures(c -> strings(c.get("unfocused")).stream().map(u -> "Tab never reached " + u).toList()))
        .isEmpty();
    assertThat(checks()).allSatisfy(c -> assertThat(c.get("tabStops").asInt()).as(where(c)).isGreaterThan(5));
  }

  @Test
  void nothingIsWiderThanTheViewportSoThePageNeverScrollsSideways() {
    assertThat(failures(c -> {
      JsonNode o = c.get("overflow");
      return o.get("scrollWidth").asInt() <= o.get("innerWidth").asInt() ? List.of()
          : List.of("page is " + o.get("scrollWidth").asInt() + " px wide in a " + o.get("innerWidth").asInt()
              + " px viewport; too wide: " + String.join(", ", strings(o.get("wide"))));
    })).isEmpty();
  }

  /**
   * A screen-reader user moves by headings and through tables. At every width, the phone's cards
   * included, the tree Chromium gives assistive technology holds every heading of the page, starting
   * at level 1 and never skipping one, and every table named by its caption, with all its column and
   * row headers and at least every cell that prints something.
   */
  @Test
  void aScreenReaderIsGivenEveryHeadingInOrderAndEveryTableWithItsHeadersAndFigures() {
    assertThat(failures(c -> {
      JsonNode a = c.get("accessibility");
      List<String> found = new ArrayList<>();
      JsonNode headings = a.get("headings");
      if (headings.size() != a.get("page").get("headings").asInt()) {
        found.add(headings.size() + " headings in the tree, " + a.get("page").get("headings").asInt() + " on the page");
      }
      int last = 0;
      for (JsonNode h : headings) {
        if (h.get("level").asInt() > last + 1) {
          found.add("heading level " + h.get("level").asInt() + " after " + last + ": " + h.get("name").asText());
        }
        last = h.get("level").asInt();
      }
      JsonNode tree = a.get("tables");
      JsonNode page = a.get("page").get("tables");
      if (tree.size() != page.size()) {
        found.add(tree.size() + " tables in the tree, " + page.size() + " on the page");
        return found;
      }
      for (int i = 0; i < tree.size(); i++) {
        JsonNode t = tree.get(i);
        JsonNode p = page.get(i);
        String table = "table '" + p.get("caption").asText() + "'";
        if (!t.get("name").asText().equals(p.get("caption").asText())) {
          found.add(table + " is named '" + t.get("name").asText() + "' in the tree");
        }
        for (String header : List.of("columnheaders", "rowheaders")) {
          if (t.get(header).asInt() != p.get(header).asInt()) {
            found.add(table + ": " + t.get(header).asInt() + " " + header + " in the tree, " + p.get(header).asInt()
                + " on the page");
          }
        }
        if (t.get("cells").asInt() < p.get("filledCells").asInt()) {
          found.add(table + ": " + t.get("cells").asInt() + " cells in the tree for " + p.get("filledCells").asInt()
              + " that print something");
        }
      }
      return found;
    })).isEmpty();
    assertThat(checks()).allSatisfy(c -> assertThat(c.get("accessibility").get("tables").size()).as(where(c))
        .isPositive());
  }

  @Test
  void thePageAsksForNothingBeyondItself() {
    assertThat(failures(c -> strings(c.get("requests")).stream().map(r -> "requested " + r).toList())).isEmpty();
  }

  private static List<JsonNode> checks() {
    return StreamSupport.stream(result.get("checks").spliterator(), false).toList();
  }

  /** Each page view's findings, prefixed with the page and width, so a failure names them all. */
  private static List<String> failures(Function<JsonNode, List<String>> findings) {
    List<String> all = new ArrayList<>();
    for (JsonNode c : checks()) {
      findings.apply(c).forEach(f -> all.add(where(c) + ": " + f));
    }
    return all;
  }

  private static String where(JsonNode check) {
    return check.get("page").asText() + " at " + check.get("width").asInt() + " px";
  }

  private static List<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
