package scorepack.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds series from the observations of every extract. Months are re-run as late data arrives, so
 * where several extracts hold the same month the one extracted last wins (on the same date, the
 * file whose name sorts last), and the replaced figures are kept for the record.
 */
public final class SeriesAssembler {
  private SeriesAssembler() {}

  public static Map<SeriesKey, Series> assemble(Collection<Observation> observations) {
    Map<SeriesKey, List<Observation>> byKey = new HashMap<>();
    for (Observation o : observations) {
      byKey.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
    }
    Map<SeriesKey, Series> result = new TreeMap<>();
    for (Map.Entry<SeriesKey, List<Observation>> e : byKey.entrySet()) {
      List<Observation> sorted = new ArrayList<>(e.getValue());
      sorted.sort(Comparator.comparing(Observation::source));
      TreeMap<YearMonth, Observation> winners = new TreeMap<>();
      List<Series.Supersession> superseded = new ArrayList<>();
      for (Observation o : sorted) {
        Observation previous = winners.put(o.period(), o);
        if (previous != null) {
          superseded.add(new Series.Supersession(previous, o));
        }
      }
      result.put(e.getKey(), new Series(e.getKey(), winners, superseded));
    }
    return result;
  }
}
