package scorepack.job;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import scorepack.extract.ExtractCutoff;
import scorepack.pack.Edition;

/**
 * What a month-end run is asked to produce.
 *
 * @param workspace the folder holding indicators/, templates/, glossary.yaml and reference/
 * @param data the extracts folder
 * @param out where the packs are written
 * @param period the reporting month; empty for the latest month the extracts hold
 * @param packs the pack ids to build; empty for every template
 * @param formats the formats to write
 * @param documentDate the date written into the documents (SOURCE_DATE_EPOCH); empty to use the newest
 *     extract's date. An {@code --as-of} date overrides it
 * @param cutoff the day the run stands on: an {@code --as-of} date, whose later extracts are left out, or
 *     today by the clock, after which no extract may be dated
 * @param strict whether warnings stop the run as errors do
 * @param authority one authority's folder inside {@code data}, or {@code ALL} for every one; empty
 *     when {@code data} itself holds the extracts
 * @param threads how many packs to build at once in a run over several authorities
 * @param csvByteOrderMark whether each CSV starts with a UTF-8 byte order mark, which Excel needs to
 *     read a double-clicked CSV as UTF-8
 * @param editions the editions to write: the restricted one, the public one (small numbers
 *     suppressed, files named PACK-YYYY-MM-public.*), or both
 */
public record GenerateRequest(
    Path workspace,
    Path data,
    Path out,
    Optional<YearMonth> period,
    List<String> packs,
    Set<Format> formats,
    Optional<Instant> documentDate,
    ExtractCutoff cutoff,
    boolean strict,
    Optional<String> authority,
    int threads,
    boolean csvByteOrderMark,
    Set<Edition> editions) {
  public GenerateRequest {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(period, "period");
    packs = List.copyOf(packs);
    formats = Set.copyOf(formats);
    Objects.requireNonNull(documentDate, "documentDate");
    Objects.requireNonNull(cutoff, "cutoff");
    Objects.requireNonNull(authority, "authority");
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread is needed");
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("at least one format is needed");
    }
    editions = Set.copyOf(editions);
    if (editions.isEmpty()) {
      throw new IllegalArgumentException("at least one edition is needed");
    }
  }

  /** A request for the restricted edition only. */
  public GenerateRequest(Path workspace, Path data, Path out, Optional<YearMonth> period, List<String> packs,
      Set<Format> formats, Optional<Instant> documentDate, ExtractCutoff cutoff, boolean strict,
      Optional<String> authority, int threads, boolean csvByteOrderMark) {
    this(workspace, data, out, period, packs, formats, documentDate, cutoff, strict, authority, threads,
        csvByteOrderMark, Set.of(Edition.RESTRICTED));
  }

  /** A request for the restricted edition only, whose CSV has no byte order mark. */
  public GenerateRequest(Path workspace, Path data, Path out, Optional<YearMonth> period, List<String> packs,
      Set<Format> formats, Optional<Instant> documentDate, ExtractCutoff cutoff, boolean strict,
      Optional<String> authority, int threads) {
    this(workspace, data, out, period, packs, formats, documentDate, cutoff, strict, authority, threads, false);
  }
}
