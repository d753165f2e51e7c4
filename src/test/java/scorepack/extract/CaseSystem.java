package scorepack.extract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scorepack.definition.DefinedIndicator;
import scorepack.engine.Behaviour;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.Polarity;
import scorepack.engine.Timeline;
import scorepack.engine.Unit;
import scorepack.engine.YearKind;

/** What the source tests share: three indicators a case system's extracts give, and the day they run on. */
final class CaseSystem {
  /** A count, a percentage and a count with breakdowns. */
  static final Map<String, DefinedIndicator> INDICATORS = Map.of(
      "sc-contacts", defined("sc-contacts", Unit.COUNT, List.of()),
      "reviews-in-time", defined("reviews-in-time", Unit.PERCENT, List.of()),
      "step-downs", defined("step-downs", Unit.COUNT, List.of("Families", "Children")));
  /** 1 February 2023. */
  static final ExtractCutoff TODAY = ExtractCutoff.of(Optional.empty(),
      Clock.fixed(LocalDate.of(2023, 2, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

  private CaseSystem() {}

  private static DefinedIndicator defined(String id, Unit unit, List<String> breakdowns) {
    return new DefinedIndicator(new IndicatorDefinition(id, id, unit, Polarity.INFO, Timeline.MONTHLY,
        Behaviour.SNAPSHOT, YearKind.FINANCIAL, 0, Map.of(), Optional.empty(), Optional.empty(), Map.of(),
        breakdowns), unit.label(), "indicators/x.yaml");
  }
}
