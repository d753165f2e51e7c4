package scorepack.pack;

import java.util.List;
import java.util.Objects;

/**
 * The "Changes since the last issue" appendix: month figures this pack prints differently from
 * the previous issue of the same pack, as re-run extracts revised them.
 *
 * @param previousIssue the issue compared with, e.g. "December 2022, issued 4 January 2023"; empty if none
 * @param entries the changed figures, in scorecard order
 */
public record Changes(String previousIssue, List<Entry> entries) {
  public static final Changes NONE = new Changes("", List.of());

  public Changes {
    Objects.requireNonNull(previousIssue, "previousIssue");
    entries = List.copyOf(entries);
  }

  /**
   * One changed figure.
   *
   * @param ref the line's reference
   * @param indicator the indicator title (with its breakdown)
   * @param month the month, e.g. "Nov 2022"
   * @param was what the previous issue printed
   * @param now what this issue prints
   * @param source the extract that changed it
   */
  public record Entry(String ref, String indicator, String month, String was, String now, String source) {
    public Entry {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(was, "was");
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(source, "source");
    }
  }
}
