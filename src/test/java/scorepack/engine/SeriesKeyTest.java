package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SeriesKey writes out its equals and hashCode (a record's own are slow under the launcher's C1
 * compiler): they must mean what a record's would, down to the hash, so that no map of series
 * changes its order.
 */
class SeriesKeyTest {
  /** The same components in a record that keeps the JDK's own equals and hashCode. */
  private record AsRecord(String indicator, String breakdown) {}

  @Test
  void keysWithTheSameIndicatorAndBreakdownAreEqualWhateverTheStringInstances() {
    SeriesKey key = new SeriesKey("care-leavers-in-touch", "age 19-21");
    SeriesKey same = new SeriesKey(new String("care-leavers-in-touch"), new String("age 19-21"));

    assertThat(same).isEqualTo(key).hasSameHashCodeAs(key);
    Map<SeriesKey, String> lines = new HashMap<>(Map.of(key, "found"));
    assertThat(lines.get(same)).isEqualTo("found");
  }

  @Test
  void aDifferentIndicatorOrBreakdownIsAnotherKey() {
    SeriesKey key = new SeriesKey("care-leavers-in-touch", "");

    assertThat(key)
        .isNotEqualTo(new SeriesKey("care-leavers-in-touch", "age 19-21"))
        .isNotEqualTo(new SeriesKey("care-leavers-in-ete", ""))
        // The breakdown's text is not run into the indicator's.
        .isNotEqualTo(new SeriesKey("care-leavers-in-tou", "ch"))
        .isNotEqualTo(null)
        .isNotEqualTo("care-leavers-in-touch");
  }

  @Test
  void theHashIsTheOneTheJdkGivesARecordOfTheSameComponents() {
    for (String[] components : new String[][] {{"looked-after-children", ""}, {"neet", "age 16"},
        {"a", "b"}, {"", ""}}) {
      assertThat(new SeriesKey(components[0], components[1]).hashCode())
          .as("%s [%s]", components[0], components[1])
          .isEqualTo(new AsRecord(components[0], components[1]).hashCode());
    }
  }
}
