package scorepack.pack;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import scorepack.engine.FigureNote;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.IndicatorResult;
import scorepack.engine.MonthNames;

/**
 * A data-quality note on one scorecard line: why a figure is missing, or that a month was revised.
 * It is told twice: for readers (the PDF), in plain English at the printed precision, and as
 * working (the workbook's notes, the CSV), with the files and raw numbers behind it.
 *
 * @param ref the reference of the line, e.g. 4.2
 * @param indicatorId the indicator id
 * @param breakdown the breakdown, or empty for the whole
 * @param indicator the indicator title (with its breakdown)
 * @param period the month the note is about: the month revised, else the pack's month
 * @param text the note for readers, e.g. "January 2023 revised from 2,326 to 2,328 by a later extract"
 * @param detail the note with its working, e.g. "Jan 2023 revised by samples/... (was 2326/3 in ..., now 2328/3)"
 */
public record DataNote(String ref, String indicatorId, String breakdown, String indicator, YearMonth period,
    String text, String detail) {
  public DataNote {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(breakdown, "breakdown");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * The pack's wording of a line's engine notes, figures printed as the line prints them. Successive
   * revisions of one month make one note: "January 2023 revised from 80 to 81, then to 82, by later
   * extracts".
   *
   * @param ref the line's reference
   * @param result the line's calculated result, which carries the notes
   */
  static List<DataNote> of(String ref, IndicatorResult result) {
    IndicatorDefinition def = result.definition();
    String title = PackBuilder.title(result);
    List<DataNote> out = new ArrayList<>();
    Map<YearMonth, List<FigureNote.Revised>> revisions = new LinkedHashMap<>();
    for (FigureNote note : result.dataNotes()) {
      if (note instanceof FigureNote.Revised r) {
        revisions.computeIfAbsent(r.month(), m -> new ArrayList<>()).add(r);
      } else {
        out.add(new DataNote(ref, def.id(), result.breakdown(), title, result.reportingMonth(),
            ((FigureNote.Missing) note).reason(), note.detail()));
      }
    }
    revisions.forEach((month, notes) -> out.add(new DataNote(ref, def.id(), result.breakdown(), title, month,
        revised(month, notes, def), String.join("; ", notes.stream().map(FigureNote::detail).toList()))));
    return out;
  }

  private static String revised(YearMonth month, List<FigureNote.Revised> notes, IndicatorDefinition def) {
    String name = MonthNames.longName(month);
    List<String> figures = new ArrayList<>();
    for (FigureNote.Revised r : notes) {
      if (r.was().isEmpty() || r.now().isEmpty()) {
        return name + " revised by " + (notes.size() > 1 ? "later extracts" : "a later extract");
      }
      if (figures.isEmpty()) {
        figures.add(FigureText.figure(r.was().get(), def.unit(), def.decimals()));
      }
      String now = FigureText.figure(r.now().get(), def.unit(), def.decimals());
      if (!now.equals(figures.get(figures.size() - 1))) {
        figures.add(now);
      }
    }
    if (figures.size() == 1) {
      return name + " revised by " + (notes.size() > 1 ? "later extracts" : "a later extract")
          + "; the printed figure, " + figures.get(0) + ", is unchanged";
    }
    StringBuilder text = new StringBuilder(name + " revised from " + figures.get(0) + " to " + figures.get(1));
    figures.subList(2, figures.size()).forEach(f -> text.append(", then to ").append(f));
    return text + " by " + (notes.size() > 1 ? "later extracts" : "a later extract");
  }
}
