package scorepack.extract;

import java.io.Reader;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scorepack.definition.Source;
import scorepack.definition.SourceField;
import scorepack.diagnostic.Diagnostics;

/**
 * A wide table, as an Excel scorecard keeps it: one row per indicator (and breakdown), the months
 * across the columns. A title may stand above the header row, which is the first row holding the
 * indicator column's heading. A month heading may carry the part of the figure its column holds
 * ({@code Apr-22 Num}), or a row of measure words below the months may (the months merged across
 * their parts); otherwise a row's measure word says whether it holds the figure, its numerator or
 * its denominator, and a row without a code continues the code above it. Blank and "-" cells hold
 * no figure. The result is one row of our long form per indicator, breakdown and month, still in
 * the source's codes and words.
 */
final class WideTable {
  private static final Set<String> NO_FIGURE = Set.of("-", "\u2013", "\u2014");

  private final Source source;
  private final String file;
  private final Diagnostics diagnostics;
  private final MappingProblems problems;

  /** A month column: the month, and the part of the figure it holds, if its heading says. */
  private record MonthColumn(int column, YearMonth month, Optional<SourceField> part) {}

  /** Where a figure's part was found. */
  private record Cell(String text, long line, int column) {}

  /** The code, breakdown word and month a figure is for. */
  private record Place(String code, String breakdown, YearMonth month) {}

  private WideTable(Source source, String file, Diagnostics diagnostics, MappingProblems problems) {
    this.source = source;
    this.file = file;
    this.diagnostics = diagnostics;
    this.problems = problems;
  }

  /** The table's figures as rows of our long form, in the source's codes and words. */
  static List<CsvTable.Row> rows(Reader in, String file, Source source, Diagnostics diagnostics,
      MappingProblems problems) {
    List<String[]> cells = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    CsvTable.lines(in, file, diagnostics, new char[1], (line, values) -> {
      cells.add(values);
      lines.add(line);
      return true;
    });
    return new WideTable(source, file, diagnostics, problems).rows(cells, lines);
  }

  private List<CsvTable.Row> rows(List<String[]> cells, List<Long> lines) {
    String indicatorHeading = source.heading(SourceField.INDICATOR).orElseThrow();
    int h = 0;
    while (h < cells.size() && column(cells.get(h), indicatorHeading) < 0) {
      h++;
    }
    if (h == cells.size()) {
      diagnostics.error(file, 0, 0, "", "no row has the heading '" + indicatorHeading + "' of the indicator column;"
          + " expected a header row holding it above the figures, or the heading under columns: indicator in "
          + source.file());
      return List.of();
    }
    String[] header = cells.get(h);
    long headerLine = lines.get(h);
    int code = column(header, indicatorHeading);
    int breakdown = headed(header, SourceField.BREAKDOWN);
    int measure = headed(header, SourceField.MEASURE);
    Set<Integer> named = new HashSet<>(List.of(code, breakdown, measure));
    List<MonthColumn> months = months(header, named);
    int first = h + 1;
    if (first < cells.size() && isMeasureRow(cells.get(first), code, named)) {
      months = underMonths(months, cells.get(first), named);
      first++;
    }
    // A measure column is needed only where a month's heading does not say which part it holds.
    boolean needsMeasure = months.stream().anyMatch(m -> m.part().isEmpty());
    if (missing(breakdown, SourceField.BREAKDOWN, headerLine) | (needsMeasure
        && missing(measure, SourceField.MEASURE, headerLine))) {
      return List.of();
    }
    months = months.stream().filter(m -> m.part().filter(p -> p == SourceField.MEASURE).isEmpty()).toList();
    if (months.isEmpty()) {
      diagnostics.error(file, (int) headerLine, 0, "header", "the header row has no month; expected the months"
          + " across it written as " + source.periods().pattern() + " (e.g. '"
          + source.periods().format(YearMonth.of(2022, 4)) + "'), the date_format " + source.file() + " gives");
      return List.of();
    }
    if (!distinct(months, headerLine)) {
      return List.of();
    }
    return figures(cells.subList(first, cells.size()), lines.subList(first, lines.size()), months, code, breakdown,
        measure);
  }

  private List<CsvTable.Row> figures(List<String[]> cells, List<Long> lines, List<MonthColumn> months, int code,
      int breakdown, int measure) {
    Map<Place, Map<SourceField, Cell>> figures = new LinkedHashMap<>();
    String group = null;
    String groupBreakdown = "";
    for (int r = 0; r < cells.size(); r++) {
      String[] row = cells.get(r);
      long line = lines.get(r);
      if (blank(row)) {
        group = null;
        continue;
      }
      String rowCode = cell(row, code);
      String word = measure < 0 ? "" : cell(row, measure);
      if (!rowCode.isEmpty()) {
        group = rowCode;
        groupBreakdown = breakdown < 0 ? "" : cell(row, breakdown);
      } else if (group == null || word.isEmpty()) {
        if (months.stream().anyMatch(m -> hasFigure(cell(row, m.column())))) {
          diagnostics.error(file, (int) line, code + 1, "column " + source.heading(SourceField.INDICATOR).get(),
              "a row of figures with no code" + (measure < 0 ? "" : " and no measure word") + "; expected the"
              + " indicator's code, or the word of the part it holds below a row with a code");
        }
        continue;
      }
      Optional<SourceField> rowPart = word.isEmpty() ? Optional.of(SourceField.VALUE) : source.measure(word);
      if (rowPart.filter(p -> p == SourceField.MEASURE).isPresent()) {
        continue; // a row the source says holds no figure to read
      }
      if (rowPart.isEmpty()) {
        problems.add(source.name(), MappingProblems.Kind.UNKNOWN_MEASURE, word, file, line, measure + 1, "column "
            + source.heading(SourceField.MEASURE).get(), "unknown measure word '" + word + "'; expected value,"
            + " numerator or denominator, or the word mapped under measures: in " + source.file());
        continue;
      }
      for (MonthColumn m : months) {
        String text = cell(row, m.column());
        if (!hasFigure(text) || !CsvTable.printable(text, file, line, m.column() + 1, "month", diagnostics)) {
          continue;
        }
        SourceField part = m.part().orElse(rowPart.get());
        Map<SourceField, Cell> parts = figures.computeIfAbsent(new Place(group, groupBreakdown, m.month()),
            p -> new EnumMap<>(SourceField.class));
        Cell earlier = parts.putIfAbsent(part, new Cell(text, line, m.column() + 1));
        if (earlier != null) {
          diagnostics.error(file, (int) line, m.column() + 1, "column " + m.month(), "the " + part.column() + " of "
              + group + (groupBreakdown.isEmpty() ? "" : " " + groupBreakdown) + " for " + m.month() + " is given"
              + " twice, first on line " + earlier.line() + "; expected each part of a figure once");
        }
      }
    }
    List<CsvTable.Row> out = new ArrayList<>();
    figures.forEach((place, parts) -> out.add(row(place, parts, code, breakdown)));
    return out;
  }

  private CsvTable.Row row(Place place, Map<SourceField, Cell> parts, int code, int breakdown) {
    Map<String, String> values = new HashMap<>();
    Map<String, Integer> columns = new HashMap<>();
    Map<String, Long> lines = new HashMap<>();
    Cell first = parts.values().iterator().next();
    values.put("indicator", place.code());
    values.put("breakdown", place.breakdown());
    values.put("period", place.month().toString());
    columns.put("indicator", code + 1);
    columns.put("breakdown", breakdown + 1);
    columns.put("period", first.column());
    parts.forEach((part, c) -> {
      values.put(part.column(), c.text());
      columns.put(part.column(), c.column());
      lines.put(part.column(), c.line());
    });
    return new CsvTable.Row(first.line(), values, columns, ',', lines);
  }

  /** The column of a field the source names, or -1. */
  private int headed(String[] header, SourceField field) {
    return source.heading(field).map(h -> column(header, h)).orElse(-1);
  }

  /** Whether the source names the field's column and the header row lacks it (reported). */
  private boolean missing(int column, SourceField field, long line) {
    Optional<String> heading = source.heading(field);
    if (column >= 0 || heading.isEmpty()) {
      return false;
    }
    diagnostics.error(file, (int) line, 0, "header", "the " + field.column() + " column '" + heading.get()
        + "' is not in the header row; expected the heading that columns: " + field.column() + " in "
        + source.file() + " gives");
    return true;
  }

  private List<MonthColumn> months(String[] header, Set<Integer> named) {
    List<MonthColumn> months = new ArrayList<>();
    for (int c = 0; c < header.length; c++) {
      if (!named.contains(c)) {
        monthHeading(header[c].trim(), c).ifPresent(months::add);
      }
    }
    return months;
  }

  /** A month heading, alone or with the part its column holds before or after it: "Apr-22 Num". */
  private Optional<MonthColumn> monthHeading(String text, int column) {
    Optional<YearMonth> alone = source.periods().parse(text);
    if (alone.isPresent()) {
      return Optional.of(new MonthColumn(column, alone.get(), Optional.empty()));
    }
    String[] words = text.split("\\s+");
    for (int k = 1; k < words.length; k++) {
      String left = String.join(" ", List.of(words).subList(0, k));
      String right = String.join(" ", List.of(words).subList(k, words.length));
      Optional<YearMonth> month = source.periods().parse(left);
      Optional<SourceField> part = source.measure(right);
      if (month.isEmpty() || part.isEmpty()) {
        month = source.periods().parse(right);
        part = source.measure(left);
      }
      if (month.isPresent() && part.isPresent()) {
        return Optional.of(new MonthColumn(column, month.get(), part));
      }
    }
    return Optional.empty();
  }

  /** Whether the row below the months names the part each column holds, under months merged across them. */
  private boolean isMeasureRow(String[] row, int code, Set<Integer> named) {
    if (!cell(row, code).isEmpty()) {
      return false;
    }
    for (int c = 0; c < row.length; c++) {
      if (!named.contains(c) && !row[c].isBlank() && source.measure(row[c]).isEmpty()) {
        return false;
      }
    }
    return !blank(row);
  }

  /** The month columns with the parts the row below names; a column under a merged month takes the month to its left. */
  private List<MonthColumn> underMonths(List<MonthColumn> months, String[] parts, Set<Integer> named) {
    List<MonthColumn> out = new ArrayList<>();
    MonthColumn left = null;
    int next = 0;
    for (int c = 0; c < parts.length; c++) {
      while (next < months.size() && months.get(next).column() <= c) {
        left = months.get(next++);
      }
      Optional<SourceField> part = parts[c].isBlank() ? Optional.empty() : source.measure(parts[c]);
      if (left != null && !named.contains(c) && (part.isPresent() || left.column() == c)) {
        out.add(new MonthColumn(c, left.month(), part.isPresent() ? part : left.part()));
      }
    }
    return out;
  }

  private boolean distinct(List<MonthColumn> months, long line) {
    Map<String, MonthColumn> seen = new HashMap<>();
    boolean ok = true;
    for (MonthColumn m : months) {
      MonthColumn earlier = seen.putIfAbsent(m.month() + m.part().map(SourceField::column).orElse(""), m);
      if (earlier != null) {
        diagnostics.error(file, (int) line, m.column() + 1, "header", "the month " + m.month()
            + m.part().map(p -> " (" + p.column() + ")").orElse("") + " heads two columns, first column "
            + (earlier.column() + 1) + "; expected each month once");
        ok = false;
      }
    }
    return ok;
  }

  private static int column(String[] row, String heading) {
    String wanted = heading.trim().toLowerCase(Locale.ROOT);
    for (int c = 0; c < row.length; c++) {
      if (row[c].replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).equals(wanted)) {
        return c;
      }
    }
    return -1;
  }

  private static String cell(String[] row, int column) {
    return column >= 0 && column < row.length ? row[column].trim() : "";
  }

  private static boolean hasFigure(String text) {
    return !text.isBlank() && !NO_FIGURE.contains(text.trim());
  }

  private static boolean blank(String[] row) {
    for (String v : row) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
