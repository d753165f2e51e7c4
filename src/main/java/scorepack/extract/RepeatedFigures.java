package scorepack.extract;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.Observation;

/**
 * The same indicator, breakdown and month given twice in one extract. Found by sorting the rows,
 * not by a map of every row, whose keys would take more memory than the rows themselves in a
 * large extract.
 */
final class RepeatedFigures {
  private RepeatedFigures() {}

  /**
   * The rows less any second figure for the same place, each reported against the first.
   *
   * @param periodColumn the column the message points at
   */
  static List<Observation> removed(List<Observation> rows, String file, int periodColumn, Diagnostics diagnostics) {
    Observation[] sorted = rows.toArray(new Observation[0]);
    Arrays.sort(sorted, RepeatedFigures::together);
    Set<Observation> repeats = Collections.newSetFromMap(new IdentityHashMap<>());
    int first = 0;
    for (int i = 1; i < sorted.length; i++) {
      Observation o = sorted[i];
      if (!samePlace(sorted[first], o)) {
        first = i;
        continue;
      }
      repeats.add(o);
      diagnostics.error(file, (int) o.source().line(), periodColumn, "column period", "the same figure ("
          + o.key() + ", " + o.period() + ") is given twice in this extract, first on line "
          + sorted[first].source().line() + "; expected one row per indicator, breakdown and month");
    }
    return repeats.isEmpty() ? rows : rows.stream().filter(o -> !repeats.contains(o)).toList();
  }

  /**
   * By indicator, breakdown and month, then line: the same place's rows side by side, the first
   * given first. Written out rather than chained from Comparator.comparing, whose every key is a
   * call through an interface that the launcher's compiler (C1) does not inline, for every
   * comparison of every row (bench/README.md, "records and lambdas").
   */
  private static int together(Observation a, Observation b) {
    int c = a.indicator().compareTo(b.indicator());
    if (c == 0) {
      c = a.breakdown().compareTo(b.breakdown());
    }
    if (c == 0) {
      c = a.period().compareTo(b.period());
    }
    return c != 0 ? c : Long.compare(a.source().line(), b.source().line());
  }

  private static boolean samePlace(Observation a, Observation b) {
    return a.indicator().equals(b.indicator()) && a.breakdown().equals(b.breakdown()) && a.period().equals(b.period());
  }
}
