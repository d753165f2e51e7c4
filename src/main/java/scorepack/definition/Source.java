package scorepack.definition;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A source mapping, {@code sources/NAME.yaml}: where a council's own extracts come from, and how
 * their columns, codes, breakdown words and months become scorepack's long form. See
 * {@code sources/README.md}.
 *
 * @param name the source's name (the file's name without {@code .yaml} unless it says otherwise)
 * @param file the YAML file it was read from, as messages name it
 * @param origin the files it reads, or the queries it runs
 * @param layout one figure per row, or the months across the columns
 * @param columns the heading of the column holding each field, as the source writes it; a field
 *     not named is the column of scorepack's own name (long) or absent (wide)
 * @param codes how the source's codes become indicator ids
 * @param breakdowns how its breakdown words become ours
 * @param measures in a wide source, the words saying which part of a figure a row or month column
 *     holds, by the word in lower case: value, numerator or denominator, or {@link SourceField#MEASURE}
 *     for a row or column that holds no figure to read (a percentage worked out from the numerator
 *     and denominator rows above it)
 * @param periods how the source writes its months
 */
public record Source(
    String name,
    String file,
    SourceOrigin origin,
    SourceLayout layout,
    Map<SourceField, String> columns,
    CodeMapping codes,
    BreakdownWords breakdowns,
    Map<String, SourceField> measures,
    PeriodFormat periods) {
  /** A name that can be part of a file name on every system. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public Source {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("bad source name '" + name + "'");
    }
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(layout, "layout");
    columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(breakdowns, "breakdowns");
    measures = measures.entrySet().stream().collect(Collectors.toUnmodifiableMap(
        e -> e.getKey().trim().toLowerCase(Locale.ROOT), Map.Entry::getValue));
    if (measures.values().stream().anyMatch(f -> !f.isPart() && f != SourceField.MEASURE)) {
      throw new IllegalArgumentException("a measure word must stand for a value, numerator, denominator or nothing");
    }
    Objects.requireNonNull(periods, "periods");
  }

  /** The heading of the field's column as the source writes it, if it has one. */
  public Optional<String> heading(SourceField field) {
    String given = columns.get(field);
    if (given != null) {
      return Optional.of(given);
    }
    boolean own = layout == SourceLayout.LONG ? field != SourceField.MEASURE : field == SourceField.INDICATOR;
    return own ? Optional.of(field.column()) : Optional.empty();
  }

  /** The part of a figure the measure word stands for, if the source lists it. */
  public Optional<SourceField> measure(String word) {
    return Optional.ofNullable(measures.get(word.trim().toLowerCase(Locale.ROOT)));
  }
}
