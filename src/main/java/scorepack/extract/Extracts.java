package scorepack.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import scorepack.engine.Observation;

/**
 * Every observation read from the extracts folder.
 *
 * @param observations the rows, in file then line order
 * @param files the extract files read, relative to the workspace
 */
public record Extracts(List<Observation> observations, List<String> files) {
  public Extracts {
    observations = List.copyOf(observations);
    files = List.copyOf(files);
  }

  /** The latest month any extract holds a figure for. */
  public Optional<YearMonth> latestPeriod() {
    return observations.stream().map(Observation::period).max(YearMonth::compareTo);
  }

  /** The date of the newest extract. */
  public Optional<LocalDate> latestExtractDate() {
    return observations.stream().map(o -> o.source().extracted()).max(LocalDate::compareTo);
  }

  /** Only the rows for one indicator. */
  public List<Observation> of(String indicator) {
    Objects.requireNonNull(indicator, "indicator");
    return observations.stream().filter(o -> o.indicator().equals(indicator)).toList();
  }
}
