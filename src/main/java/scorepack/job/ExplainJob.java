package scorepack.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import scorepack.definition.DefinedIndicator;
import scorepack.definition.Template;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.InputProblemException;
import scorepack.diagnostic.Suggestions;
import scorepack.engine.DirectionOfTravel;
import scorepack.engine.DisplayPrecision;
import scorepack.engine.Figure;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.IndicatorResult;
import scorepack.engine.MonthColumns;
import scorepack.engine.PeriodColumns;
import scorepack.engine.TermColumns;
import scorepack.engine.MonthNames;
import scorepack.engine.Observation;
import scorepack.engine.PeriodFigure;
import scorepack.engine.Rag;
import scorepack.engine.Series;
import scorepack.engine.SeriesKey;
import scorepack.engine.SourceRef;
import scorepack.engine.SpcResult;
import scorepack.engine.SpcSpan;
import scorepack.engine.Verdict;
import scorepack.extract.ExtractCutoff;
import scorepack.extract.Extracts;
import scorepack.pack.PackBuilder;
import scorepack.workspace.Workspace;
import scorepack.workspace.WorkspaceLoader;

/**
 * Shows the working of one indicator line: every figure the scorecard would print, the rule and
 * input rows that formed it, which extracts replaced which, the tolerance band and the DOT basis.
 */
public final class ExplainJob {
  /**
   * @param workspace the workspace folder
   * @param data the extracts folder
   * @param indicator the indicator id
   * @param breakdown the breakdown, or empty for the whole
   * @param period the reporting month; empty for the latest the extracts hold
   * @param pack the pack whose month columns to explain the line as; empty for the first pack (by name)
   *     that shows the line
   * @param cutoff the day the run stands on: under --as-of, the extracts taken later are left out and listed
   * @param authority the authority whose line to explain, from its own folder inside {@code data} with its own
   *     settings, as {@code generate --authority} builds it; empty for the data folder itself
   * @return the explanation, line by line
   * @throws IOException when the data folder cannot be listed
   */
  public List<String> run(Path workspace, Path data, String indicator, String breakdown, Optional<YearMonth> period,
      Optional<String> pack, ExtractCutoff cutoff, Optional<String> authority) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Path folder = authority.isPresent() ? authorityFolder(authority.get(), data) : data;
    Workspace ws = authority.isPresent()
        ? WorkspaceLoader.loadDefinitions(workspace, diagnostics).forAuthorityWithExtracts(folder, cutoff, diagnostics)
        : WorkspaceLoader.load(workspace, folder, cutoff, diagnostics);
    diagnostics.throwIfErrors();
    DefinedIndicator defined = ws.indicators().get(indicator);
    if (defined == null) {
      throw InputProblemException.of("INDICATOR", "unknown indicator '" + indicator + "'"
          + Suggestions.didYouMean(indicator, ws.indicators().keySet()) + "; expected an id defined in indicators/");
    }
    IndicatorDefinition def = defined.definition();
    if (!breakdown.isEmpty() && !def.breakdowns().contains(breakdown)) {
      throw InputProblemException.of("--breakdown", "unknown breakdown '" + breakdown + "' for '" + indicator
          + "'; expected " + (def.breakdowns().isEmpty() ? "none" : String.join(", ", def.breakdowns())));
    }
    YearMonth month = ReportingMonth.of(period, ws.extracts(), cutoff, folder.toString());
    SeriesKey key = new SeriesKey(indicator, breakdown);
    Optional<Template> template = template(ws, key, pack);
    Optional<Template.SectionSpec> section = template.flatMap(t -> t.sections().stream()
        .filter(s -> s.rows().stream().anyMatch(row -> row.indicator().equals(indicator))).findFirst());
    PeriodColumns shown = template.isPresent() && section.isPresent()
        ? PackBuilder.periodColumns(template.get(), section.get(), month, ws.settings().calendar())
        : new MonthColumns(month, template.map(Template::monthColumns).orElse(Template.DEFAULT_MONTH_COLUMNS));
    PackCalculation calculation = new PackCalculation(ws, cutoff.asOf());
    IndicatorResult r = template.map(t -> calculation.line(key, shown, t)).orElseGet(() -> calculation.line(key, shown));
    List<String> columns = new ArrayList<>();
    if (shown instanceof TermColumns terms) {
      columns.add("  term columns " + terms.describe() + ", as the " + template.get().id() + " pack's section '"
          + section.get().title() + "' prints them (periods: terms), as at the end of the latest term; each term's"
          + " window:");
      terms.periodEnds().forEach(end -> columns.add("    " + terms.window(end)));
    } else {
      columns.add("  month columns " + shown.describe() + template.map(t -> ", as the " + t.id()
          + " pack prints them (month_columns: " + t.monthColumns() + ")").orElse(" (no pack shows this line; the"
          + " default of " + Template.DEFAULT_MONTH_COLUMNS + ")"));
    }
    List<String> lines = new ArrayList<>(new Explanation(defined, r, ws.seriesOf(key), columns,
        shown instanceof TermColumns t ? Optional.of(t) : Optional.empty(), new QueryProvenances(workspace)).lines());
    cutoff.asOf().ifPresent(asOf -> lines.addAll(leftOut(asOf, key, ws.extracts())));
    return lines;
  }

  /** One authority's extracts folder: a line is explained for one authority at a time. */
  private static Path authorityFolder(String authority, Path data) throws IOException {
    Authorities.checkName(authority);
    if (authority.equals(Authorities.ALL)) {
      throw InputProblemException.of("--authority", "explain shows one authority's line at a time; expected the"
          + " name of one folder inside the data folder, such as barnsley, not ALL");
    }
    return data.resolve(Authorities.named(authority, data).get(0));
  }

  /** The named pack, or else the first pack (by name) that shows the line. */
  private static Optional<Template> template(Workspace ws, SeriesKey key, Optional<String> pack) {
    if (pack.isPresent()) {
      Template t = ws.templates().get(pack.get());
      if (t == null) {
        throw InputProblemException.of("--pack", "unknown pack '" + pack.get() + "'"
            + Suggestions.didYouMean(pack.get(), ws.templates().keySet()) + "; expected a template in templates/");
      }
      return Optional.of(t);
    }
    return ws.templates().values().stream().filter(t -> PackBuilder.lines(t).contains(key)).findFirst();
  }

  /** Under --as-of, the extracts taken after the date, with the months of this line each would have given. */
  private static List<String> leftOut(LocalDate asOf, SeriesKey key, Extracts extracts) {
    List<String> out = new ArrayList<>();
    out.add("");
    if (extracts.leftOut().isEmpty()) {
      out.add("As of " + asOf + ": no extract was taken after that date, so none was left out.");
      return out;
    }
    Map<String, List<Observation>> byFile = new TreeMap<>();
    extracts.leftOut().forEach(o -> byFile.computeIfAbsent(Extracts.fileOf(o.source().file()), f -> new ArrayList<>())
        .add(o));
    out.add("Left out as of " + asOf + " (" + byFile.size() + " extract(s) taken after that date, not yet known):");
    byFile.forEach((file, rows) -> {
      List<String> months = rows.stream().filter(o -> o.key().equals(key)).map(o -> MonthNames.shortName(o.period()))
          .toList();
      String dates = String.join(", ", rows.stream().map(o -> o.source().extracted().toString()).distinct().toList());
      out.add("  - " + file + " (extracted " + dates + ")"
          + (months.isEmpty() ? ": no figure for this line" : ": " + String.join(", ", months)));
    });
    return out;
  }

  /** Writes the explanation of one result. */
  private static final class Explanation {
    private final DefinedIndicator defined;
    private final IndicatorDefinition def;
    private final IndicatorResult r;
    private final Series series;
    private final List<String> columns;
    private final Optional<TermColumns> terms;
    private final List<String> out = new ArrayList<>();
    private final Set<SourceRef> used = new TreeSet<>();
    private final QueryProvenances queries;

    /** @param terms the term columns, where the line is printed in a table of terms */
    Explanation(DefinedIndicator defined, IndicatorResult r, Series series, List<String> columns,
        Optional<TermColumns> terms, QueryProvenances queries) {
      this.defined = defined;
      this.queries = queries;
      this.def = defined.definition();
      this.r = r;
      this.series = series;
      this.columns = List.copyOf(columns);
      this.terms = terms;
    }

    List<String> lines() {
      out.add(def.id() + (r.breakdown().isEmpty() ? "" : " [" + r.breakdown() + "]") + ": " + def.title());
      out.add("  as at " + MonthNames.longName(r.reportingMonth()) + " (reporting year " + r.year().label() + ")");
      out.addAll(columns);
      out.add("  " + def.unit().label() + ", " + def.timeline().label() + ", " + behaviour() + ", good performance is "
          + def.polarity().label() + ", " + def.decimals() + " decimal(s); defined in " + defined.file());
      out.add("");
      for (PeriodFigure p : r.months()) {
        String label = terms.map(t -> t.heading(p.month()) + " " + t.year().label())
            .orElse(MonthNames.shortName(p.month()));
        if (p.expectedIn().isPresent()) {
          out.add(label + ": Available in " + MonthNames.monthName(p.expectedIn().get())
              + " (not published yet: a figure is published " + def.referencePeriod().orElseThrow().availableAfter()
              .orElseThrow() + " month(s) after its period ends, as " + defined.file() + " says)");
          continue;
        }
        figure(label, p.figure());
      }
      figure(r.outturn() ? "Outturn" : "Year to date", r.yearToDate());
      if (r.newMeasureText().isPresent()) {
        out.add(r.year().previous().label() + ": " + r.newMeasureText().get() + " (set in the definition)");
      } else {
        figure("Previous year (" + r.year().previous().label() + ")", r.previousYear());
      }
      dot(terms.isPresent() ? "DOT (term)" : "DOT (month)", r.judgements().monthDot());
      dot("DOT (Yr on Yr)", r.judgements().yearDot());
      rag(terms.isPresent() ? "RAG (term)" : "RAG (month)", r.judgements().monthRag(), r.latest());
      rag("RAG (Yr End)", r.judgements().yearRag(), r.yearToDate());
      out.add("SPC: " + r.spc().map(this::processControl).orElseGet(() -> def.behaviour().withoutProcessControl()
          .orElse("no chart: fewer than " + def.spc().settings().minimumPoints() + " unbroken periods of figures"
              + def.spc().rebaseAtOrBefore(r.reportingMonth()).map(m -> " since the rebase in "
              + MonthNames.shortName(m)).orElse("") + " (spc: minimum_points)")));
      r.benchmarks().forEach(b -> out.add("Benchmark " + b.kind().heading() + ": " + b.value().toPlainString()
          + (b.period().isEmpty() ? "" : " (" + b.period() + ")") + b.published().map(d -> ", published " + d
          + " (the latest of its kind published by the pack's issue date or the day its template pins)").orElse("")
          + ", from reference/benchmarks.csv"));
      supersessions();
      if (!r.dataNotes().isEmpty()) {
        out.add("");
        out.add("Data notes:");
        r.dataNotes().forEach(n -> out.add("  - " + n.detail()));
      }
      return out;
    }

    /** The reading, then the periods it covers and where its baseline is, so that both can be checked. */
    private String processControl(SpcResult s) {
      SpcSpan span = s.span().orElseThrow();
      return s.describe(def.unit(), def.decimals()) + " XmR chart of " + s.figures().size() + " periods, "
          + MonthNames.shortName(span.first()) + " to " + MonthNames.shortName(span.last()) + ", starting "
          + (span.rebased() ? "at the rebase set in " + defined.file() : "with the first of an unbroken run of figures")
          + "; mean and limits fixed from the " + s.baselineWords().orElseThrow() + " (" + s.chart().baselinePoints()
          + " points" + (s.chart().baselinePoints() < def.spc().settings().baselinePoints() ? ", fewer than the "
          + def.spc().settings().baselinePoints() + " of a full baseline, so the limits are trial limits" : "")
          + ").";
    }

    private String behaviour() {
      return def.behaviour().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private void figure(String label, Optional<Figure> f) {
      if (f.isEmpty()) {
        out.add(label + ": - (no figure)");
        return;
      }
      Figure fig = f.get();
      out.add(label + ": " + DisplayPrecision.round(fig.value(), def.decimals()).toPlainString()
          + (def.unit().label().equals("%") ? "%" : ""));
      out.add("    rule: " + fig.rule());
      for (SourceRef s : fig.sources()) {
        if (used.add(s)) {
          out.add("    row:  " + s + queries.of(s));
        }
      }
    }

    private void dot(String label, Verdict<DirectionOfTravel> verdict) {
      if (!(verdict instanceof Verdict.Given<DirectionOfTravel> given)) {
        out.add(label + ": " + withheld(verdict));
        return;
      }
      DirectionOfTravel d = given.judgement();
      out.add(label + ": " + d.direction().arrow() + " " + d.judgement().word() + " (" + d.basis() + ": "
          + d.from().toPlainString() + " → " + d.to().toPlainString() + " at display precision; "
          + def.polarity().label() + " is good)");
    }

    private void rag(String label, Verdict<Rag> verdict, Optional<Figure> judged) {
      if (!(verdict instanceof Verdict.Given<Rag>)) {
        out.add(label + ": " + withheld(verdict));
        return;
      }
      out.add(label + ": " + r.tolerance().orElseThrow()
          .explain(DisplayPrecision.round(judged.orElseThrow().value(), def.decimals())));
    }

    /** A withheld judgement as the pack prints it, and why. */
    private static String withheld(Verdict<?> verdict) {
      return (verdict instanceof Verdict.NotAvailable<?> ? "n/a (" : "blank (") + verdict.reason() + ")";
    }

    private void supersessions() {
      List<String> lines = new ArrayList<>();
      for (Series.Supersession s : series.superseded()) {
        if (used.contains(s.by().source())) {
          lines.add("  - " + MonthNames.shortName(s.by().period()) + ": " + s.by().source() + " replaced "
              + s.replaced().source());
        }
      }
      if (!lines.isEmpty()) {
        out.add("");
        out.add("Re-run months (the later extract wins):");
        out.addAll(lines);
      }
    }
  }
}
