package scorepack.definition;

import java.util.Objects;
import java.util.Optional;
import scorepack.engine.NeighbourLists;
import scorepack.engine.PeriodCalendar;

/**
 * Workspace-wide settings from {@code scorepack.yaml}.
 *
 * @param calendar the school terms (and so which months end a term)
 * @param neighbours the authority, its statistical neighbours and region, for computed benchmarks
 */
public record Settings(PeriodCalendar calendar, Optional<NeighbourLists> neighbours) {
  public Settings {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(neighbours, "neighbours");
  }

  /** The settings of a workspace without {@code scorepack.yaml}. */
  public static Settings defaults() {
    return new Settings(PeriodCalendar.DEFAULT, Optional.empty());
  }
}
