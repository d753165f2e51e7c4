package scorepack.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import scorepack.engine.Observation;

/**
 * Every observation read from the extracts folder.
 *
 * @param observations the rows, in file then line order
 * @param files the extract files read, relative to the workspace
 * @param leftOut the rows extracted after the run's {@code --as-of} date, which were not yet known
 *     on it and are used for nothing (empty without {@code --as-of})
 */
public record Extracts(List<Observation> observations, List<String> files, List<Observation> leftOut) {
  /** How a row read from one of a workbook's several sheets names it after the file. */
  private static final Pattern SHEET = Pattern.compile(" \\(sheet .*\\)$");

  public Extracts {
    observations = List.copyOf(observations);
    files = List.copyOf(files);
    leftOut = List.copyOf(leftOut);
  }

  /** Extracts of which every row is used. */
  public Extracts(List<Observation> observations, List<String> files) {
    this(observations, files, List.of());
  }

  /** The earliest month any extract holds a figure for. */
  public Optional<YearMonth> earliestPeriod() {
    return observations.stream().map(Observation::period).min(YearMonth::compareTo);
  }

  /** The latest month any extract holds a figure for. */
  public Optional<YearMonth> latestPeriod() {
    return observations.stream().map(Observation::period).max(YearMonth::compareTo);
  }

  /** The date of the newest extract. */
  public Optional<LocalDate> latestExtractDate() {
    return observations.stream().map(o -> o.source().extracted()).max(LocalDate::compareTo);
  }

  /** The files whose rows were all or partly left out, in name order; a workbook's sheets are one file. */
  public List<String> leftOutFiles() {
    return leftOut.stream().map(o -> fileOf(o.source().file())).distinct().sorted().toList();
  }

  /** The file a row's source names, without the sheet of a workbook read from several. */
  public static String fileOf(String source) {
    return SHEET.matcher(source).replaceFirst("");
  }

  /** Only the rows for one indicator. */
  public List<Observation> of(String indicator) {
    Objects.requireNonNull(indicator, "indicator");
    return observations.stream().filter(o -> o.indicator().equals(indicator)).toList();
  }
}
