package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scorepack.pack.Pack;
import scorepack.pack.PreviousIssue;
import scorepack.workspace.Workspace;

/**
 * The covering report never disagrees with the scorecard: every number in every key issue, read
 * back from the Word file, is one the pack's CSV prints for that line, as printed. Years, months and
 * quarter numbers are the sentence's words, not its figures, and are left out; the line's name and
 * the service lead's commentary (checked against the figures by CommentaryFigureCheck) are other
 * runs of the paragraph.
 */
class Issue20CoverNumbersTest {
  private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(?:\\.\\d+)?%?");
  private static final Pattern WORDS_WITH_DIGITS = Pattern.compile(
      "\\b\\d{4}/\\d{2}\\b|(?:January|February|March|April|May|June|July|August|September|October|November"
          + "|December) \\d{4}|[Qq]uarter \\d");

  @ParameterizedTest
  @CsvSource({"corporate-parenting, 2022-12", "early-help, 2022-03", "members, 2023-03"})
  void everyNumberInTheCoverIsOneThePackPrintsOnThatLine(String id, String month) throws IOException {
    Workspace ws = GoldenPacks.bundledWorkspace();
    YearMonth period = YearMonth.parse(month);
    Pack pack = new PackCalculation(ws).pack(ws.templates().get(id), period,
        Instant.parse("2023-04-05T00:00:00Z"), PreviousIssue.NONE);
    Map<String, String[]> csv = GoldenPacks.csvOf(pack);
    List<String> checked = new ArrayList<>();
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Format.DOCX.render(pack)))) {
      for (XWPFParagraph p : docx.getParagraphs()) {
        List<XWPFRun> runs = p.getRuns();
        if (p.getNumID() == null || runs.size() < 2 || !runs.get(0).isBold()) {
          continue;
        }
        String name = runs.get(0).text();
        String ref = csv.keySet().stream().map(k -> k.substring(0, k.indexOf('|')))
            .filter(r -> !r.isEmpty() && name.startsWith(r + " ")).max((a, b) -> a.length() - b.length())
            .orElseThrow(() -> new AssertionError("no line of the pack is named in '" + name + "'"));
        Set<String> printed = printedOn(csv, ref);
        String sentence = runs.get(1).text();
        for (String number : numbers(sentence)) {
          assertThat(printed).as("%s %s: '%s' in \"%s\"", id, ref, number, sentence).contains(number);
          checked.add(number);
        }
      }
    }
    assertThat(checked).as("numbers checked in the %s cover", id).hasSizeGreaterThan(10);
  }

  /** Every number in the texts the CSV prints for the line's reference. */
  private static Set<String> printedOn(Map<String, String[]> csv, String ref) {
    Set<String> numbers = new HashSet<>();
    csv.forEach((key, value) -> {
      if (key.startsWith(ref + "|") && !key.contains("|commentary|")) {
        numbers.addAll(numbers(value[1]));
      }
    });
    return numbers;
  }

  private static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(WORDS_WITH_DIGITS.matcher(text).replaceAll(" "));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
