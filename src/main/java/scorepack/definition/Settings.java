package scorepack.definition;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import scorepack.engine.NeighbourLists;
import scorepack.engine.PeriodCalendar;
import scorepack.engine.Rag;

/**
 * Workspace-wide settings from {@code scorepack.yaml}.
 *
 * @param calendar the school terms (and so which months end a term)
 * @param neighbours the authority, its statistical neighbours and region, for computed benchmarks
 * @param revisionWarningPercent a re-run that moves a figure by more than this percentage of its
 *     earlier value is worth a warning
 * @param commentaryRequiredFor the RAG judgements whose lines need the month's commentary (Red by default)
 */
public record Settings(PeriodCalendar calendar, Optional<NeighbourLists> neighbours,
    BigDecimal revisionWarningPercent, Set<Rag> commentaryRequiredFor) {
  public static final BigDecimal DEFAULT_REVISION_WARNING_PERCENT = BigDecimal.TEN;

  public Settings {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(neighbours, "neighbours");
    Objects.requireNonNull(revisionWarningPercent, "revisionWarningPercent");
    commentaryRequiredFor = Set.copyOf(commentaryRequiredFor);
  }

  /** The settings of a workspace without {@code scorepack.yaml}. */
  public static Settings defaults() {
    return new Settings(PeriodCalendar.DEFAULT, Optional.empty(), DEFAULT_REVISION_WARNING_PERCENT, Set.of(Rag.RED));
  }
}
