package scorepack.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every authority's latest published value of one indicator, as DfE's Local Authority
 * Interactive Tool (LAIT) publishes them.
 *
 * @param period the period the values relate to, as printed, e.g. 2021/22
 * @param values the value by authority name
 */
public record AuthorityValues(String period, Map<String, BigDecimal> values) {
  public AuthorityValues {
    Objects.requireNonNull(period, "period");
    values = Collections.unmodifiableMap(new TreeMap<>(values));
  }
}
