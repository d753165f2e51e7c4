package scorepack.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every figure every issue published, oldest issue first. Values, not files: {@link LedgerFile}
 * reads and writes it.
 */
public final class Ledger {
  private final TreeMap<Issue, List<LedgerEntry>> byIssue = new TreeMap<>();

  public Ledger(List<LedgerEntry> entries) {
    for (LedgerEntry e : entries) {
      byIssue.computeIfAbsent(e.issue(), i -> new ArrayList<>()).add(e);
    }
  }

  public static Ledger empty() {
    return new Ledger(List.of());
  }

  public List<LedgerEntry> entries() {
    return byIssue.values().stream().flatMap(List::stream).toList();
  }

  public TreeSet<Issue> issues() {
    return new TreeSet<>(byIssue.keySet());
  }

  /** This ledger with an issue's figures recorded; re-recording an issue replaces its figures. */
  public Ledger with(Issue issue, List<LedgerEntry> figures) {
    List<LedgerEntry> all = new ArrayList<>();
    byIssue.forEach((i, es) -> {
      if (!i.equals(issue)) {
        all.addAll(es);
      }
    });
    all.addAll(figures);
    return new Ledger(all);
  }

  /** Only the issues dated on or before a day: the ledger as it stood then. */
  public Ledger issuedBy(LocalDate day) {
    return new Ledger(entries().stream().filter(e -> !e.issue().issued().isAfter(day)).toList());
  }

  /**
   * The last issue of the same pack in the same edition published before this one (an earlier month,
   * or an earlier date).
   */
  public Optional<Issue> issueBefore(Issue issue) {
    return Optional.ofNullable(byIssue.lowerKey(issue)).filter(i -> i.sameSeries(issue));
  }

  /**
   * The month figures that {@code later} printed differently from {@code earlier}, in the later
   * issue's reading order.
   */
  public static List<Revision> revisions(Issue earlier, List<LedgerEntry> before, Issue later,
      List<LedgerEntry> after) {
    Map<String, LedgerEntry> was = new HashMap<>();
    before.stream().filter(e -> e.field().equals("month")).forEach(e -> was.put(e.figureKey(), e));
    List<Revision> out = new ArrayList<>();
    for (LedgerEntry now : after) {
      LedgerEntry old = was.get(now.figureKey());
      if (now.field().equals("month") && old != null && !old.text().equals(now.text())) {
        out.add(new Revision(earlier, later, now.ref(), now.indicator(), now.breakdown(), now.period(), old.text(),
            now.text(), now.source()));
      }
    }
    return out;
  }

  /** The figures one issue published. */
  public List<LedgerEntry> figuresOf(Issue issue) {
    return List.copyOf(byIssue.getOrDefault(issue, List.of()));
  }

  /**
   * Every revision between consecutive issues of each pack, for months from {@code since} on,
   * oldest first.
   */
  public List<Revision> revisionsSince(YearMonth since) {
    List<Revision> out = new ArrayList<>();
    Issue previous = null;
    for (Issue issue : byIssue.keySet()) {
      if (previous != null && previous.sameSeries(issue)) {
        revisions(previous, byIssue.get(previous), issue, byIssue.get(issue)).stream()
            .filter(r -> !r.month().isBefore(since)).forEach(out::add);
      }
      previous = issue;
    }
    return out;
  }
}
