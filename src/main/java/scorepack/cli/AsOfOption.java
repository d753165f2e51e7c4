package scorepack.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import scorepack.extract.ExtractCutoff;

/** {@code --as-of}: read the extracts as they stood on a date, to reproduce what was known then. */
final class AsOfOption {
  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Use only the extracts taken on or before this date, as they stood then; generate writes it"
          + " as the packs' date created (default: every extract; the date created is SOURCE_DATE_EPOCH or the"
          + " newest extract's).")
  LocalDate asOf;

  /**
   * The day the run stands on: the as-of date, or today by the clock.
   *
   * @throws ParameterException when the as-of date is after today
   */
  ExtractCutoff cutoff(Clock clock, CommandLine command) {
    LocalDate today = LocalDate.now(clock);
    if (asOf != null && asOf.isAfter(today)) {
      throw new ParameterException(command, "--as-of " + asOf + " is after today's date (" + today
          + "); expected a date no later than today");
    }
    return ExtractCutoff.of(Optional.ofNullable(asOf), clock);
  }
}
