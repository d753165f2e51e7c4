package scorepack.extract;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scorepack.definition.CodeMatch;
import scorepack.definition.DefinedIndicator;
import scorepack.definition.PeriodFormat;
import scorepack.definition.Source;
import scorepack.definition.SourceField;
import scorepack.diagnostic.Suggestions;

/**
 * Turns a source's rows into scorepack's long form: its code into an indicator id, its breakdown
 * word into ours, its month into {@code YYYY-MM}. A row it cannot map is left out and the
 * problem noted once per source and code ({@link MappingProblems}); every other check of the row
 * is the extract's own. scorepack's own extracts pass through the same steps, unchanged.
 */
public final class SourceRows {
  private static final String OWN_HINT = "; expected an id defined in indicators/, or a source in sources/ that maps"
      + " the extract's own codes to them (see sources/README.md)";

  private final Optional<Source> source;
  private final Map<String, DefinedIndicator> indicators;
  private final Set<String> defective;
  private final MappingProblems problems;

  /**
   * @param source the source mapping, or empty for scorepack's own long-form extracts
   * @param defective ids whose definitions had errors: their rows are left out without a message
   */
  public SourceRows(Optional<Source> source, Map<String, DefinedIndicator> indicators, Set<String> defective,
      MappingProblems problems) {
    this.source = source;
    this.indicators = indicators;
    this.defective = defective;
    this.problems = problems;
  }

  /**
   * The row in our columns and words, or empty when it is not wanted or cannot be mapped.
   *
   * @param values the row's values by our column name ({@code indicator}, {@code period} ...), as the
   *     source writes them
   * @param file the file (or query) the row came from, as messages name it
   * @param line the row's line, for messages
   * @param columns the 1-based column of each of our columns, for messages (0 when not known)
   */
  public Optional<Map<String, String>> ours(Map<String, String> values, String file, long line,
      Map<String, Integer> columns) {
    return ours(new CsvTable.Row(line, values, columns, ','), file).map(CsvTable.Row::values);
  }

  Optional<CsvTable.Row> ours(CsvTable.Row row, String file) {
    String code = row.get("indicator");
    if (code.isEmpty()) {
      return Optional.of(row); // reported by the row's own checks
    }
    if (source.isPresent() && source.get().codes().skips(code)) {
      return Optional.empty();
    }
    Optional<String> id = source.isPresent() ? source.get().codes().idOf(code) : Optional.of(code);
    if (id.isPresent() && defective.contains(id.get())) {
      return Optional.empty();
    }
    DefinedIndicator defined = id.map(indicators::get).orElse(null);
    if (defined == null) {
      problem(MappingProblems.Kind.UNKNOWN_CODE, code, row, file, "indicator", unknownCode(code));
      return Optional.empty();
    }
    String word = row.get("breakdown");
    String breakdown = source.map(s -> s.breakdowns().ours(word)).orElse(word);
    List<String> known = defined.definition().breakdowns();
    if (!breakdown.isEmpty() && !known.contains(breakdown)) {
      problem(MappingProblems.Kind.UNKNOWN_BREAKDOWN, defined.id() + "\u0000" + word, row, file, "breakdown",
          "unknown breakdown '" + word + "' for '" + defined.id() + "'"
              + (breakdown.equals(word) ? "" : " (which " + sourceFile() + " maps to '" + breakdown + "')")
              + Suggestions.didYouMean(breakdown, known) + "; expected "
              + (known.isEmpty() ? "none (leave it empty)" : "one of " + String.join(", ", known))
              + source.map(s -> ", or the word mapped under breakdowns: in " + s.file()).orElse(""));
      return Optional.empty();
    }
    Map<String, String> values = new HashMap<>(row.values());
    values.put("indicator", defined.id());
    values.put("breakdown", breakdown);
    PeriodFormat periods = source.map(Source::periods).orElse(PeriodFormat.OWN);
    if (!periods.equals(PeriodFormat.OWN)) {
      String text = row.get("period");
      Optional<YearMonth> month = periods.parse(text);
      if (month.isEmpty()) {
        problem(MappingProblems.Kind.PERIOD, "", row, file, "period", "'" + text + "' is not a month written as "
            + periods.pattern() + " (e.g. '" + periods.format(YearMonth.of(2022, 4)) + "'), the date_format "
            + sourceFile() + " gives; expected that format, or the date_format the source writes");
        return Optional.empty();
      }
      values.put("period", month.get().toString());
    }
    return Optional.of(new CsvTable.Row(row.line(), values, row.columns(), row.separator(), row.lines()));
  }

  /**
   * Which column of a file holds each of ours: the headings the source gives (matched ignoring
   * case), else our own names. The indicator and period columns must be there, and so must every
   * column the source names; other columns of the file are not read.
   */
  static CsvTable.Header header(Source source) {
    return (header, file, diagnostics) -> {
      Map<String, Integer> positions = new HashMap<>();
      boolean ok = true;
      for (SourceField field : SourceField.values()) {
        Optional<String> heading = source.heading(field);
        int i = heading.map(h -> header.indexOf(h.trim().toLowerCase(Locale.ROOT))).orElse(-1);
        if (i >= 0) {
          positions.put(field.column(), i);
        } else if (heading.isPresent() && (source.columns().containsKey(field) || field == SourceField.INDICATOR
            || field == SourceField.PERIOD)) {
          diagnostics.error(file, 1, 0, "header", "the " + field.column() + " column '" + heading.get() + "' is not"
              + " in the header" + Suggestions.didYouMean(heading.get(), header) + "; found " + String.join(", ", header)
              + "; expected the heading that columns: " + field.column() + " in " + source.file() + " gives");
          ok = false;
        }
      }
      return ok ? Optional.of(positions) : Optional.empty();
    };
  }

  private String unknownCode(String code) {
    if (source.isEmpty() || source.get().codes().match() == CodeMatch.EXACT) {
      return "unknown indicator '" + code + "'" + Suggestions.didYouMean(code, indicators.keySet())
          + source.map(s -> "; expected an id defined in indicators/, or codes: in " + s.file()
              + " to map the source's codes (see sources/README.md)").orElse(OWN_HINT);
    }
    Source s = source.get();
    if (s.codes().match() == CodeMatch.IGNORE_CASE) {
      return "unknown indicator code '" + code + "': no indicator's id is '" + code + "' ignoring case"
          + Suggestions.didYouMean(code, indicators.keySet()) + "; expected an id defined in indicators/, or the code"
          + " under skip_codes: in " + s.file() + " if the packs do not show it";
    }
    return "unknown indicator code '" + code + "': " + s.file() + " does not list it under codes:"
        + Suggestions.didYouMean(code, s.codes().ids().keySet()) + "; expected a code listed there with its"
        + " indicator id, or under skip_codes: if the packs do not show it";
  }

  private String sourceFile() {
    return source.map(Source::file).orElse("");
  }

  private void problem(MappingProblems.Kind kind, String word, CsvTable.Row row, String file, String column,
      String message) {
    problems.add(source.map(Source::name).orElse(""), kind, word, file, row.lineOf(column), row.columnNumber(column),
        "column " + column, message);
  }
}
