package scorepack.job;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a plan read, for validate's summary line: the shared definitions, and the extracts of one
 * unit or, added up, of every authority.
 *
 * @param indicators the indicators defined
 * @param templates the templates
 * @param extracts the extract files used
 * @param rows their rows
 * @param leftOut under --as-of, the extract files taken after that day and left out
 */
record PlanReading(int indicators, int templates, int extracts, int rows, int leftOut) {
  /** The same definitions with the extracts of another unit added. */
  PlanReading plus(PlanReading other) {
    return new PlanReading(indicators, templates, extracts + other.extracts, rows + other.rows,
        leftOut + other.leftOut);
  }

  /** "2 indicators, 1 templates, 2 extracts (9 rows)", with what --as-of left out. */
  String describe(Optional<LocalDate> asOf) {
    return indicators + " indicators, " + templates + " templates, " + extracts + " extracts (" + rows + " rows"
        + asOf.map(d -> " used as of " + d + "; " + leftOut + " extract(s) taken later left out").orElse("") + ")";
  }
}
