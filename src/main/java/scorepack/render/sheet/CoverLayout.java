package scorepack.render.sheet;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import scorepack.pack.CommentSource;
import scorepack.pack.FrontMatter;
import scorepack.pack.Pack;
import scorepack.pack.Tone;

/**
 * The cover: title, as-at line, what the workbook holds, contact and next update, the document
 * details, and how to read it: the shorthand, the notes, and the DOT and RAG keys drawn in the
 * table's colours beside their meanings. Text only; headings in column A, labels and symbols in
 * column A with their text in column B.
 */
final class CoverLayout {
  static final String NAME = "Cover";
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final List<Integer> WIDTHS = List.of(24, 100);

  private final List<List<SheetCell>> lines = new ArrayList<>();

  static SheetLayout of(Pack pack) {
    return new CoverLayout().build(pack);
  }

  private SheetLayout build(Pack pack) {
    FrontMatter front = pack.front();
    line(front.asAtLine(), TextRole.LINE);
    if (!front.notice().isEmpty()) {
      line(front.notice(), TextRole.LINE);
    }
    heading("About these data");
    pair("Scorecard", front.scorecardTitle() + ": each indicator's recent figures, targets, RAG rating, direction"
        + " of travel (DOT), trend and benchmarks, one sheet per section (one sheet for a small pack). The Data"
        + " sheet lists every figure in long form, as the CSV output does.");
    if (!pack.summary().counts().isEmpty()) {
      pair("Summary", "How many measures the scorecard's " + pack.summary().column() + " column rates Red, Amber"
          + " and Green this month, last month and a year ago, and what changed, in sentences.");
    }
    if (ScorecardLayout.hasCommentary(pack)) {
      pair("Commentary", "The service lead's comment on a line for the month, in the scorecard's Commentary column;"
          + " every line rated Red has one, or says \"" + CommentSource.NOT_SUPPLIED_TEXT + "\".");
    }
    if (!ChartsLayout.charts(pack).isEmpty()) {
      pair("Charts", "Trend charts of selected lines, each with its title and a sentence saying what it shows; the"
          + " figures they draw are on the Chart data sheet.");
    }
    if (!front.vision().isEmpty()) {
      pair("Vision", front.vision());
    }
    if (!front.revisionNote().isEmpty()) {
      pair("Revisions", front.revisionNote());
    }
    heading("Contact and next update");
    boolean contact = false;
    for (FrontMatter.Detail detail : front.details()) {
      pair(detail.label(), detail.value());
      contact |= detail.label().equalsIgnoreCase("Contact");
    }
    if (!contact) {
      // Sample data has no one to ask about its figures; a council's pack names the publishing team.
      pair("Contact", pack.metadata().sampleData() ? "None: the figures are sample data."
          : pack.metadata().author());
    }
    YearMonth next = pack.period().plusMonths(1);
    pair("Next update", "Monthly: the next issue shows the figures for " + MONTH.format(next) + ".");
    heading("How to read the scorecard");
    for (Shorthand s : Shorthand.values()) {
      pair(s.symbol(), s.explanation());
    }
    pair("[note N]", "A note applies: the notes are listed on the Notes sheet.");
    pair("%", FigureFormat.PERCENT_POINTS);
    key("Direction of travel (DOT)", front.dotKeyIntro(), front.dotKey());
    key("RAG rating", "", front.ragKey());
    return new SheetLayout(NAME, front.title(), lines, null, WIDTHS);
  }

  private void key(String heading, String intro, List<FrontMatter.KeyEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    heading(heading);
    if (!intro.isEmpty()) {
      line(intro, TextRole.PARAGRAPH);
    }
    for (FrontMatter.KeyEntry entry : entries) {
      // An arrow has its word beside it, as the scorecard prints it ("↓ declining").
      String symbol = entry.word().isEmpty() ? Shorthand.ofKeySymbol(entry.symbol())
          : entry.symbol() + " " + entry.word();
      lines.add(List.of(new SheetCell.Text(symbol, TextRole.BODY, entry.tone()),
          SheetCell.text(entry.meaning(), TextRole.PARAGRAPH)));
    }
  }

  private void heading(String text) {
    line(text, TextRole.HEADING);
  }

  private void line(String text, TextRole role) {
    lines.add(List.of(new SheetCell.Text(text, role, Tone.PLAIN)));
  }

  private void pair(String label, String text) {
    lines.add(List.of(SheetCell.text(label, TextRole.LABEL), SheetCell.text(text, TextRole.PARAGRAPH)));
  }
}
