package scorepack.job;

import java.time.YearMonth;
import java.util.Optional;
import scorepack.diagnostic.InputProblemException;
import scorepack.extract.ExtractCutoff;
import scorepack.extract.Extracts;

/** The month a run reports on: the one asked for, or the latest the extracts hold, within the months they cover. */
final class ReportingMonth {
  private ReportingMonth() {}

  /**
   * @param requested the {@code --period}, if given
   * @param extracts the extracts the run uses (under --as-of, those known on that date)
   * @param cutoff the day the run stands on, named in the messages under --as-of
   * @param data the extracts folder, where a problem is reported
   * @throws InputProblemException when the extracts hold no figures, or the month lies outside them
   */
  static YearMonth of(Optional<YearMonth> requested, Extracts extracts, ExtractCutoff cutoff, String data) {
    String held = cutoff.asOf().map(d -> "the extracts taken by " + d + " hold").orElse("the extracts hold");
    Optional<YearMonth> latest = extracts.latestPeriod();
    if (latest.isEmpty()) {
      throw InputProblemException.of(data, "the extracts hold no figures");
    }
    YearMonth first = extracts.earliestPeriod().orElseThrow();
    YearMonth period = requested.orElse(latest.get());
    if (period.isAfter(latest.get())) {
      throw InputProblemException.of(data, "--period " + period + " is after the latest month " + held + " ("
          + latest.get() + "); expected " + latest.get() + " or earlier");
    }
    if (period.isBefore(first)) {
      throw InputProblemException.of(data, "--period " + period + " is before the first month " + held + ": they"
          + " cover " + first + " to " + latest.get() + "; expected a month in that range");
    }
    return period;
  }
}
