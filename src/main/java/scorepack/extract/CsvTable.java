package scorepack.extract;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import scorepack.definition.CheckedText;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.FileFailure;
import scorepack.diagnostic.Suggestions;

/**
 * A header-first CSV file read row by row (streaming), with line numbers, checked against the
 * columns a format requires and allows.
 */
final class CsvTable {
  private static final CsvMapper MAPPER = new CsvMapper();
  /**
   * The longest header row read, far longer than any extract's: the reader's buffer, so that looking
   * ahead at the header does not make it allocate a larger one for every file.
   */
  private static final int LONGEST_HEADER = 8192;

  private CsvTable() {}

  /**
   * One data row.
   *
   * @param line the 1-based line it starts on
   * @param values the values by our column name, trimmed; absent columns are missing
   * @param columns the 1-based position in the file of each of our columns, so a problem can name it
   * @param separator the file's column separator, a comma or a semicolon
   * @param lines the line of each of our columns that is not on {@code line}: a wide source may give a
   *     figure's numerator and denominator on the rows below it
   */
  record Row(long line, Map<String, String> values, Map<String, Integer> columns, char separator,
      Map<String, Long> lines) {
    Row(long line, Map<String, String> values, Map<String, Integer> columns, char separator) {
      this(line, values, columns, separator, Map.of());
    }

    /** The line the column's value is on. */
    long lineOf(String column) {
      return lines.getOrDefault(column, line);
    }

    String get(String column) {
      String v = values.get(column);
      return v == null ? "" : v;
    }

    /** The 1-based position of the column in the file, or 0 if the file has no such column. */
    int columnNumber(String column) {
      return columns.getOrDefault(column, 0);
    }
  }

  /** Which column of a file holds each of ours, read from its header row. */
  interface Header {
    /**
     * Our column names with the 0-based position of each in the file, or empty when the header
     * cannot be used (each problem reported).
     *
     * @param header the file's column names, trimmed and in lower case
     */
    Optional<Map<String, Integer>> positions(List<String> header, String file, Diagnostics diagnostics);
  }

  /** A header of our own column names: every required one, and no other than those allowed. */
  static Header fixed(Set<String> required, Set<String> allowed) {
    return (header, file, diagnostics) -> {
      boolean ok = true;
      for (String h : header) {
        if (!allowed.contains(h)) {
          diagnostics.error(file, 1, header.indexOf(h) + 1, "header", "unknown column '" + h + "'"
              + Suggestions.didYouMean(h, allowed) + "; expected columns " + String.join(", ", allowed));
          ok = false;
        }
      }
      for (String r : required) {
        if (!header.contains(r)) {
          diagnostics.error(file, 1, 0, "header", "the required column '" + r + "' is missing; found "
              + String.join(", ", header));
          ok = false;
        }
      }
      Map<String, Integer> positions = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        positions.putIfAbsent(header.get(i), i);
      }
      return ok ? Optional.of(positions) : Optional.empty();
    };
  }

  /** Reads a file whose header is of our own column names. */
  static boolean read(Reader in, String file, Set<String> required, Set<String> allowed, Diagnostics diagnostics,
      Consumer<Row> rows) {
    return read(in, file, fixed(required, allowed), diagnostics, rows);
  }

  /** Takes the lines of a file one at a time. */
  interface Lines {
    /**
     * @param line the 1-based line the row starts on
     * @param values its cells as written
     * @return false to stop reading
     */
    boolean accept(long line, String[] values);
  }

  /**
   * Reads the file, reporting a bad header or a malformed row and carrying on with the next row.
   *
   * @return false if the header was unusable and no row was read
   */
  static boolean read(Reader in, String file, Header columns, Diagnostics diagnostics, Consumer<Row> rows) {
    List<String> header = new ArrayList<>();
    Map<String, Integer> positions = new HashMap<>();
    Map<String, Integer> numbers = new HashMap<>();
    boolean[] usable = {false};
    boolean[] headerRead = {false};
    char[] separator = new char[1];
    long read = lines(in, file, diagnostics, separator, (line, values) -> {
      if (!headerRead[0]) {
        headerRead[0] = true;
        for (String h : values) {
          header.add(h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT));
        }
        Optional<Map<String, Integer>> found = columns.positions(header, file, diagnostics);
        found.ifPresent(positions::putAll);
        positions.forEach((name, n) -> numbers.put(name, n + 1));
        usable[0] = found.isPresent();
        return usable[0];
      }
      if (values.length == 1 && values[0].isBlank()) {
        return true;
      }
      if (values.length != header.size()) {
        diagnostics.error(file, (int) line, Math.min(values.length, header.size()) + 1, "", "expected "
            + header.size() + " values (" + String.join(",", header) + "), found " + values.length);
        return true;
      }
      boolean printable = true;
      for (int i = 0; i < values.length; i++) {
        printable &= printable(values[i], file, line, i + 1, header.get(i), diagnostics);
      }
      Map<String, String> byName = new HashMap<>();
      for (Map.Entry<String, Integer> p : positions.entrySet()) {
        byName.put(p.getKey(), values[p.getValue()].trim());
      }
      if (printable) {
        rows.accept(new Row(line, byName, numbers, separator[0]));
      }
      return true;
    });
    if (read == 0) {
      diagnostics.error(file, 1, 1, "", "the file is empty; expected a header row of column names");
    }
    return usable[0];
  }

  /**
   * Reads every line of the file as its cells, reporting a malformed one; a problem that stops
   * the parser ends the reading.
   *
   * @param separator set to the file's column separator, a comma or a semicolon
   * @return the number of lines read, or -1 if the file could not be read at all
   */
  static long lines(Reader in, String file, Diagnostics diagnostics, char[] separator, Lines lines) {
    BufferedReader buffered = new BufferedReader(in, LONGEST_HEADER);
    try {
      separator[0] = separator(buffered);
    } catch (IOException e) {
      if (!reportedProblem(e, file, diagnostics)) {
        diagnostics.error(file, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
      }
      return -1;
    }
    CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withColumnSeparator(separator[0]);
    long count = 0;
    try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).with(schema).readValues(buffered)) {
      while (true) {
        long line = it.getCurrentLocation().getLineNr();
        String[] values;
        try {
          if (!it.hasNextValue()) {
            return count;
          }
          line = it.getCurrentLocation().getLineNr();
          values = it.nextValue();
        } catch (RuntimeJsonMappingException | IOException e) {
          if (!reportedProblem(e, file, diagnostics)) {
            // An unclosed quote runs to the end of the file: the row it opened in is the one to fix.
            diagnostics.error(file, (int) line, 0, "", "malformed CSV from this line on: "
                + e.getMessage().lines().findFirst().orElse("") + "; expected every quote to be closed");
          }
          return Math.max(count, 1);
        }
        count++;
        if (!lines.accept(line, values)) {
          return count;
        }
      }
    } catch (IOException | RuntimeJsonMappingException e) {
      if (!reportedProblem(e, file, diagnostics)) {
        diagnostics.error(file, 0, 0, "", "malformed CSV: " + e.getMessage().lines().findFirst().orElse(""));
      }
      return -1;
    }
  }

  /** Reports the text's own problem (not UTF-8, a line too long) where it was found, if that stopped the parser. */
  private static boolean reportedProblem(Exception e, String file, Diagnostics diagnostics) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CheckedText.Problem p) {
        diagnostics.error(file, (int) p.line(), (int) p.column(), "", p.getMessage());
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the value is free of control characters, which no figure or name holds and which would
   * be copied into the packs as they are; reports the first one.
   */
  static boolean printable(String value, String file, long line, int column, String name,
      Diagnostics diagnostics) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        diagnostics.error(file, (int) line, column, "column " + name, String.format("the value holds the control"
            + " character U+%04X; expected printable text (retype the value, or export the extract again)",
            (int) value.charAt(i)));
        return false;
      }
    }
    return true;
  }

  /**
   * The column separator: a comma, or a semicolon when the header has semicolons and no commas
   * (a CSV saved by Excel in a locale whose decimal mark is a comma).
   */
  private static char separator(BufferedReader in) throws IOException {
    in.mark(LONGEST_HEADER);
    String header = in.readLine();
    try {
      in.reset();
    } catch (IOException e) {
      throw new IOException("its header row is longer than " + LONGEST_HEADER
          + " characters; expected a row of column names", e);
    }
    return header != null && header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
  }
}
