package scorepack.job;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one unit of a run (the workspace's packs, or one authority's) planned and published.
 *
 * @param period the reporting month
 * @param packs how many packs were built
 * @param packFiles the pack files published; none in a dry run
 * @param record the run record published with them, relative to the workspace where inside it
 * @param reading what the plan read, for validate's summary line
 * @param inputs the files it read, for the record of a run over several authorities; none in a dry run
 * @param outputs the files it published, its own record among them; none in a dry run
 */
record UnitResult(YearMonth period, int packs, List<Path> packFiles, Optional<String> record, PlanReading reading,
    List<FileDigest> inputs, List<FileDigest> outputs) {
  UnitResult {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    Objects.requireNonNull(period, "period");
    packFiles = List.copyOf(packFiles);
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(reading, "reading");
  }
}
