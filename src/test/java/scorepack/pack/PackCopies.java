package scorepack.pack;

import java.util.List;

/**
 * Test fixtures: a pack with one part replaced, for renderer tests that need a part the fixture
 * lacks. Production packs are built whole by {@link PackBuilder}.
 */
public final class PackCopies {
  private PackCopies() {}

  public static Pack withChanges(Pack p, Changes changes) {
    return new Pack(p.id(), p.period(), p.metadata(), p.front(), p.columns(), p.sections(), p.glossary(),
        p.dataNotes(), changes, p.keyFacts(), p.summary(), p.charts());
  }

  public static Pack withKeyFacts(Pack p, List<KeyFactTopic> keyFacts) {
    return new Pack(p.id(), p.period(), p.metadata(), p.front(), p.columns(), p.sections(), p.glossary(),
        p.dataNotes(), p.changes(), keyFacts, p.summary(), p.charts());
  }

  public static Pack withSummary(Pack p, Summary summary) {
    return new Pack(p.id(), p.period(), p.metadata(), p.front(), p.columns(), p.sections(), p.glossary(),
        p.dataNotes(), p.changes(), p.keyFacts(), summary, p.charts());
  }

  public static Pack withCharts(Pack p, List<Chart> charts) {
    return new Pack(p.id(), p.period(), p.metadata(), p.front(), p.columns(), p.sections(), p.glossary(),
        p.dataNotes(), p.changes(), p.keyFacts(), p.summary(), charts);
  }
}
