package scorepack.definition;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import scorepack.engine.NeighbourLists;
import scorepack.engine.PeriodCalendar;
import scorepack.engine.Rag;
import scorepack.engine.SpcSettings;

/**
 * Workspace-wide settings from {@code scorepack.yaml}.
 *
 * @param calendar the school terms (and so which months end a term)
 * @param neighbours the authority, its statistical neighbours and region, for computed benchmarks
 * @param revisionWarningPercent a re-run that moves a figure by more than this percentage of its
 *     earlier value is worth a warning
 * @param commentaryRequiredFor the RAG judgements whose lines need the month's commentary (Red by default)
 * @param publication the council and contact every pack names, and whether the figures are sample data
 * @param placeholders the text that marks a placeholder, which {@code --strict} refuses
 * @param spc the process-control settings every indicator starts from (its own {@code spc:} may change them)
 * @param limits how much of each kind of input is read before it is refused
 * @param data the extracts folder {@code data:} names, relative to the workspace unless absolute;
 *     empty when it names none
 */
public record Settings(PeriodCalendar calendar, Optional<NeighbourLists> neighbours,
    BigDecimal revisionWarningPercent, Set<Rag> commentaryRequiredFor, Publication publication,
    PlaceholderPatterns placeholders, SpcSettings spc, Limits limits, Optional<String> data) {
  public static final BigDecimal DEFAULT_REVISION_WARNING_PERCENT = BigDecimal.TEN;

  public Settings {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(neighbours, "neighbours");
    Objects.requireNonNull(revisionWarningPercent, "revisionWarningPercent");
    commentaryRequiredFor = Set.copyOf(commentaryRequiredFor);
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(placeholders, "placeholders");
    Objects.requireNonNull(spc, "spc");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(data, "data");
  }

  /** These settings with another council, contact and sample-data flag: one authority's own. */
  public Settings withPublication(Publication other) {
    return new Settings(calendar, neighbours, revisionWarningPercent, commentaryRequiredFor, other, placeholders, spc,
        limits, data);
  }

  /** The settings of a workspace without {@code scorepack.yaml}. */
  public static Settings defaults() {
    return new Settings(PeriodCalendar.DEFAULT, Optional.empty(), DEFAULT_REVISION_WARNING_PERCENT, Set.of(Rag.RED),
        Publication.NONE, PlaceholderPatterns.DEFAULT, SpcSettings.defaults(),
        Limits.DEFAULT, Optional.empty());
  }
}
