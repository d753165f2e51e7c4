package scorepack.ledger;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.FileFailure;

/**
 * The ledger as a CSV file in the workspace, {@code ledger/published.csv}, one published figure per
 * row, so that it can be read, searched and kept like any other record. The last column says which
 * edition printed the figure; a ledger written before editions, without it, is read as the
 * restricted edition's and written back with it.
 */
public final class LedgerFile {
  /** Where the ledger lives, relative to the workspace. */
  public static final Path PATH = Path.of("ledger", "published.csv");
  static final List<String> HEADER = LedgerFormat.CURRENT.header();
  private static final CsvMapper MAPPER =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private LedgerFile() {}

  /** Where one authority's ledger lives in a workspace run over several authorities. */
  public static Path pathFor(String authority) {
    return PATH.getParent().resolve(authority).resolve(PATH.getFileName());
  }

  /** Reads the workspace's ledger; no file is an empty ledger. Problems go to the diagnostics. */
  public static Ledger read(Path workspace, Diagnostics diagnostics) {
    return read(workspace, PATH, diagnostics);
  }

  /** Reads a ledger at a path relative to the workspace (an authority's own, in a run over several). */
  public static Ledger read(Path workspace, Path ledger, Diagnostics diagnostics) {
    Path file = workspace.resolve(ledger);
    if (!Files.exists(file)) {
      return Ledger.empty();
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, ledger.toString(), diagnostics);
    } catch (IOException e) {
      diagnostics.error(ledger.toString(), 0, 0, "", "cannot be read: " + FileFailure.reading(e));
      return Ledger.empty();
    } catch (UncheckedIOException e) {
      diagnostics.error(ledger.toString(), 0, 0, "", "cannot be read: " + FileFailure.reading(e.getCause()));
      return Ledger.empty();
    }
  }

  /**
   * The format a ledger file is written in, read from its header; empty when there is no file or
   * its header is no known format (which reading it reports).
   */
  public static Optional<LedgerFormat> formatOf(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (Reader in = withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvSchema.emptySchema().withoutHeader()).readValues(in)) {
      return it.hasNextValue() ? LedgerFormat.ofHeader(Arrays.asList(it.nextValue())) : Optional.empty();
    }
  }

  static Ledger read(Reader reader, String file, Diagnostics diagnostics) throws IOException {
    Reader in = withoutByteOrderMark(reader);
    List<LedgerEntry> entries = new ArrayList<>();
    // A ledger names a few months and dates on thousands of rows: each is parsed once.
    Map<String, YearMonth> months = new HashMap<>();
    Map<String, LocalDate> dates = new HashMap<>();
    try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
        .with(CsvSchema.emptySchema().withoutHeader()).readValues(in)) {
      List<String> header = it.hasNextValue() ? Arrays.asList(it.nextValue()) : List.of();
      Optional<LedgerFormat> format = LedgerFormat.ofHeader(header);
      if (format.isEmpty()) {
        diagnostics.error(file, 1, 1, "header", LedgerFormat.isNewer(header)
            ? "the ledger was written by a newer version of scorepack (its header has the columns "
                + String.join(",", header.subList(HEADER.size(), header.size())) + " after this version's);"
                + " run the newer version, or restore the ledger it kept as it was before it upgraded"
            : "expected the ledger header " + String.join(",", HEADER) + " (or an earlier version's); the file is"
                + " not a scorepack ledger");
        return Ledger.empty();
      }
      int columns = format.get().header().size();
      while (it.hasNextValue()) {
        int line = it.getCurrentLocation().getLineNr();
        String[] row = Arrays.stream(it.nextValue()).map(LedgerFile::unguarded).toArray(String[]::new);
        if (row.length != columns) {
          diagnostics.error(file, line, 0, "", "expected " + columns + " values, found " + row.length);
          continue;
        }
        String[] f = format.get().upgraded(row);
        try {
          Issue issue = new Issue(f[0], months.computeIfAbsent(f[1], YearMonth::parse),
              dates.computeIfAbsent(f[2], LocalDate::parse), f[12]);
          entries.add(new LedgerEntry(issue, f[3], f[4], f[5], f[6], months.computeIfAbsent(f[7], YearMonth::parse),
              f[8], f[9], f[10], f[11]));
        } catch (DateTimeParseException e) {
          diagnostics.error(file, line, 0, "", "expected months as YYYY-MM and the issue date as YYYY-MM-DD: "
              + e.getParsedString());
        }
      }
    }
    return new Ledger(entries);
  }

  /**
   * Keeps a value from becoming a formula when the ledger is opened in Excel, as the pack CSV does
   * (a leading {@code = + @}, tab, carriage return, or {@code -} before something other than a
   * number gets an apostrophe), and also marks a value that itself starts with an apostrophe, so
   * that {@link #unguarded} gives back exactly what was printed.
   */
  static String guarded(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char c = value.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r' || c == '\''
        || (c == '-' && value.length() > 1 && !isNumber(value));
    return risky ? "'" + value : value;
  }

  /** The value as printed, from the ledger's guarded form. */
  static String unguarded(String value) {
    return value.startsWith("'") ? value.substring(1) : value;
  }

  private static boolean isNumber(String text) {
    try {
      new BigDecimal(text.replace(",", "").replace("%", ""));
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Excel's "CSV UTF-8" starts the file with a byte order mark; it is not part of the header. */
  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }

  /** The ledger as the file's bytes. */
  public static byte[] bytes(Ledger ledger) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvSchema schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n").build();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        SequenceWriter csv = MAPPER.writer(schema).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writeValues(writer)) {
      csv.write(HEADER.toArray(new String[0]));
      for (LedgerEntry e : ledger.entries()) {
        csv.write(new String[] {guarded(e.issue().pack()), e.issue().period().toString(),
            e.issue().issued().toString(), guarded(e.ref()), guarded(e.indicator()), guarded(e.breakdown()),
            guarded(e.field()), e.period().toString(), guarded(e.value()), guarded(e.text()), guarded(e.source()),
            guarded(e.issuedBy()), guarded(e.issue().edition())});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
