package scorepack.engine;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who the authority is compared with: its statistical neighbours, as versioned lists (DfE
 * revises them, e.g. in May 2025), and its region.
 *
 * @param authority the authority the packs are for, as named in the authority values file
 * @param region the authorities of its region (including itself), or empty
 * @param neighbourLists each list of statistical neighbours, by the month it came into force
 */
public record NeighbourLists(String authority, List<String> region, NavigableMap<YearMonth, List<String>> neighbourLists) {
  public NeighbourLists {
    Objects.requireNonNull(authority, "authority");
    region = List.copyOf(region);
    TreeMap<YearMonth, List<String>> copy = new TreeMap<>();
    neighbourLists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    neighbourLists = Collections.unmodifiableNavigableMap(copy);
  }

  /** The neighbours in force in a month: the latest list that came into force by then. */
  public Optional<List<String>> neighboursAt(YearMonth month) {
    return Optional.ofNullable(neighbourLists.floorEntry(month)).map(java.util.Map.Entry::getValue);
  }
}
