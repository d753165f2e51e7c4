package scorepack.pack;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import scorepack.definition.Commentary;
import scorepack.definition.DefinedIndicator;
import scorepack.definition.Publication;
import scorepack.definition.Template;
import scorepack.engine.Figure;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.IndicatorResult;
import scorepack.engine.MonthColumns;
import scorepack.engine.MonthNames;
import scorepack.engine.PeriodCalendar;
import scorepack.engine.PeriodColumns;
import scorepack.engine.PeriodFigure;
import scorepack.engine.Rag;
import scorepack.engine.ReportingYear;
import scorepack.engine.SeriesKey;
import scorepack.engine.SmallNumbers;
import scorepack.engine.TermColumns;
import scorepack.engine.YearKind;

/** Lays out a template's scorecard from the engine's results: every printed text, in order. */
public final class PackBuilder {
  private static final String LANGUAGE = "en-GB";
  /** The periods a row's sparkline shows. */
  private static final int SPARKLINE_PERIODS = 12;
  /**
   * What every line carries for the CSV output, whether its columns print it or not: the statistical
   * signals, and for the covering report the counts behind its percentages and its quarters.
   */
  private static final List<Field> DATA_FIELDS = List.of(Field.SPC_VARIATION, Field.SPC_ASSURANCE, Field.SPC_MEAN,
      Field.SPC_UPPER, Field.SPC_LOWER, Field.NUMERATOR, Field.DENOMINATOR, Field.YTD_NUMERATOR,
      Field.YTD_DENOMINATOR, Field.QUARTER, Field.PREVIOUS_QUARTER);
  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String SAMPLE_NOTICE = PackMetadata.SAMPLE_DATA
      + ": every figure in this pack is invented. It is not a council's publication.";

  private final Template template;
  private final Map<String, DefinedIndicator> indicators;
  private final LineResults lines;
  private final Map<String, String> glossary;
  private final Commentary commentary;
  private final Publication publication;
  private final Edition edition;
  /** The public edition's lines, which know what each suppresses; null for the restricted edition. */
  private final SuppressedLines suppressed;
  private final PeriodCalendar calendar;

  /**
   * How the builder gets a calculated line: for the period columns of its section as at the pack's
   * month, and as at the summary's last month and a year before.
   */
  @FunctionalInterface
  public interface LineResults {
    /** The calculated line of one (indicator, breakdown) as a section of those period columns prints it. */
    IndicatorResult of(SeriesKey line, PeriodColumns shown);

    /**
     * The line as the summary compares it a month or a year earlier, of which it reads only the
     * ratings: a calculation may leave out what the summary does not print (the trend, the
     * process-control chart, the quarters).
     */
    default IndicatorResult ratingOf(SeriesKey line, PeriodColumns shown) {
      return of(line, shown);
    }
  }

  /**
   * @param template the scorecard layout
   * @param indicators the definitions by id
   * @param lines calculates any line the template shows, as at any month
   * @param glossary definitions by term
   * @param commentary the performance officers' commentary, by month
   * @param publication the council and contact the pack names, whether its figures are sample data,
   *     and the small-number rule of its public edition
   * @param calendar the school terms, which a section of terms prints
   * @param edition the edition to build; a public one needs a rule in {@code publication} or the template
   */
  public PackBuilder(Template template, Map<String, DefinedIndicator> indicators, LineResults lines,
      Map<String, String> glossary, Commentary commentary, Publication publication, PeriodCalendar calendar,
      Edition edition) {
    this.template = Objects.requireNonNull(template, "template");
    this.indicators = Map.copyOf(indicators);
    this.glossary = Map.copyOf(glossary);
    this.commentary = Objects.requireNonNull(commentary, "commentary");
    this.publication = Objects.requireNonNull(publication, "publication");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.edition = Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(lines, "lines");
    if (edition == Edition.PUBLIC) {
      SmallNumbers rule = publication.publicEdition(template).orElseThrow(() -> new IllegalArgumentException(
          "pack " + template.id() + " has no public edition: neither its template nor scorepack.yaml has public_edition:"));
      this.suppressed = new SuppressedLines(lines, lines(template), this::shownAt, this.indicators, rule);
      this.lines = suppressed;
    } else {
      this.suppressed = null;
      this.lines = lines;
    }
  }

  /** The restricted edition's builder. */
  public PackBuilder(Template template, Map<String, DefinedIndicator> indicators, LineResults lines,
      Map<String, String> glossary, Commentary commentary, Publication publication, PeriodCalendar calendar) {
    this(template, indicators, lines, glossary, commentary, publication, calendar, Edition.RESTRICTED);
  }

  /** What the edition suppresses of a line as at a month: nothing in the restricted edition. */
  private Redaction redaction(SeriesKey line, YearMonth month) {
    return suppressed == null ? Redaction.NONE : suppressed.redaction(line, month);
  }

  /** The period columns the first section showing the line prints as at a month. */
  private PeriodColumns shownAt(SeriesKey line, YearMonth month) {
    return template.sections().stream().filter(s -> shows(s, line)).findFirst()
        .map(s -> periodColumns(template, s, month, calendar))
        .orElseGet(() -> new MonthColumns(month, template.monthColumns()));
  }

  /** The period columns a section prints as at a month: the template's last months, or the terms so far. */
  public static PeriodColumns periodColumns(Template template, Template.SectionSpec section, YearMonth month,
      PeriodCalendar calendar) {
    return switch (section.periods()) {
      case MONTHS -> new MonthColumns(month, template.monthColumns());
      case TERMS -> new TermColumns(month, calendar);
    };
  }

  /** The (indicator, breakdown) lines the template's scorecard and key facts show, in order. */
  public static List<SeriesKey> lines(Template template) {
    Set<SeriesKey> keys = new LinkedHashSet<>();
    for (Template.SectionSpec s : template.sections()) {
      for (Template.RowSpec r : s.rows()) {
        if (r.breakdowns().isEmpty()) {
          keys.add(new SeriesKey(r.indicator(), ""));
        }
        r.breakdowns().forEach(b -> keys.add(new SeriesKey(r.indicator(), b)));
      }
    }
    for (Template.Topic topic : template.keyFacts()) {
      topic.facts().forEach(f -> keys.add(new SeriesKey(f.indicator(), f.breakdown())));
      topic.charts().forEach(c -> keys.add(new SeriesKey(c, "")));
    }
    return List.copyOf(keys);
  }

  /**
   * Builds the whole pack: the scorecard, then from its finished rows the summary, the exceptions'
   * commentary, the data notes and the changes since the previous issue.
   *
   * @param period the reporting month
   * @param created the date written into the documents (fixed, for reproducible output)
   * @param previous what the pack's previous issue printed, or {@link PreviousIssue#NONE}
   */
  public Pack build(YearMonth period, Instant created, PreviousIssue previous) {
    // Each line as the first section showing it prints it; key facts and charts read these.
    Map<SeriesKey, IndicatorResult> results = new HashMap<>();
    // By identity: a section's own hash and equals walk every one of its rows, for each line.
    Map<Template.SectionSpec, PeriodColumns> shown = new IdentityHashMap<>();
    for (Template.SectionSpec s : template.sections()) {
      shown.put(s, periodColumns(template, s, period, calendar));
    }
    PeriodColumns months = new MonthColumns(period, template.monthColumns());
    for (SeriesKey key : lines(template)) {
      PeriodColumns first = template.sections().stream().filter(s -> shows(s, key)).findFirst().map(shown::get)
          .orElse(months);
      results.put(key, lines.of(key, first));
    }
    ReportingYear year = ReportingYear.containing(period, YearKind.FINANCIAL);
    List<Column> columns = columns(months, year);
    Optional<Column> headline = headline(columns);
    List<Section> sections = new ArrayList<>();
    List<DataNote> notes = new ArrayList<>();
    List<SummaryBuilder.Line> judged = new ArrayList<>();
    List<Changes.Entry> changes = new ArrayList<>();
    for (Template.SectionSpec s : template.sections()) {
      PeriodColumns sectionPeriods = shown.get(s);
      List<Column> sectionColumns = sectionPeriods.equals(months) ? columns : columns(sectionPeriods, year);
      Optional<Column> sectionHeadline = headline.flatMap(h -> sectionColumns.stream()
          .filter(c -> c.field() == h.field()).findFirst());
      List<Row> rows = new ArrayList<>();
      String previousRef = "";
      for (Template.RowSpec r : s.rows()) {
        List<String> breakdowns = r.breakdowns().isEmpty() ? List.of("") : r.breakdowns();
        // A reference prints once, on the first line under it; a row's codes on its own first line
        // (the seeds' layout: Early Help 1.7 prints CH05 on its Children line, a row of its own).
        boolean newRef = !r.ref().equals(previousRef);
        previousRef = r.ref();
        for (int i = 0; i < breakdowns.size(); i++) {
          boolean first = newRef && i == 0;
          SeriesKey key = new SeriesKey(r.indicator(), breakdowns.get(i));
          IndicatorResult result = inSection(Objects.requireNonNull(results.get(key), () -> "no result for " + key),
              key, sectionPeriods);
          Optional<IndicatorResult> dotSource = r.dotMonthFrom().map(from -> new SeriesKey(from, key.breakdown()))
              .map(from -> inSection(Objects.requireNonNull(results.get(from), () -> "no result for " + from),
                  from, sectionPeriods));
          Row row = row(r, result, dotSource, first ? r.ref() : "", i == 0 ? String.join(", ", r.codes()) : "",
              sectionColumns, period);
          rows.add(row);
          notes.addAll(DataNote.of(r.ref(), result));
          changes.addAll(previous.changes(r.ref(), row, sectionColumns, result));
          sectionHeadline.ifPresent(h -> judged.add(summaryLine(r.ref(), result, row, sectionColumns, h,
              sectionPeriods, period)));
        }
      }
      sections.add(sectionColumns == columns ? new Section(s.title(), rows)
          : new Section(s.title(), rows, Optional.of(sectionColumns)));
    }
    List<GlossaryEntry> terms = template.glossaryTerms().stream().sorted(String.CASE_INSENSITIVE_ORDER)
        .filter(glossary::containsKey).map(t -> new GlossaryEntry(t, glossary.get(t))).toList();
    String asAt = "As at month end: " + MonthNames.longName(period) + periodSuffix(period, year);
    // A pack of invented figures says so in its title, which every page's footer repeats, and in
    // its subject, so that no page or file of it can pass for a council's publication.
    String sample = publication.sampleData() ? PackMetadata.SAMPLE_DATA + ": " : "";
    String publicEdition = edition == Edition.PUBLIC ? " (public edition)" : "";
    PackMetadata metadata = new PackMetadata(
        sample + template.title() + ", " + MonthNames.longName(period) + publicEdition,
        sample + template.scorecardTitle() + " as at " + MonthNames.longName(period) + publicEdition,
        template.author(), LANGUAGE, created, digest(columns, sections), publication.sampleData(), edition,
        paper(template.paper()));
    Summary summary = headline.map(h -> SummaryBuilder.of(period, h.heading(), judged)).orElse(Summary.NONE);
    Pack pack = new Pack(template.id(), period, metadata, frontMatter(asAt, created), columns, sections, terms,
        notes, previous.changes(changes), keyFacts(results), summary, charts(results));
    // The covering report is drafted last, from the finished pack, so it can only say what the pack prints.
    return template.cover().map(c -> pack.withCover(new CoverBuilder(c, indicators, publication).build(pack)))
        .orElse(pack);
  }

  private static Paper paper(Template.Paper paper) {
    return switch (paper) {
      case A3 -> Paper.A3;
      case A4 -> Paper.A4;
    };
  }

  /**
   * The RAG column the summary counts: the one the template names as its headline, else the first
   * RAG column printed; none if the scorecard prints no RAG.
   */
  private Optional<Column> headline(List<Column> columns) {
    return columns.stream().filter(c -> template.headlineRag().isEmpty()
        ? c.field() == Field.RAG_MONTH || c.field() == Field.RAG_YEAR
        : c.field().code().equals(template.headlineRag())).findFirst();
  }

  /** The line as a section of those period columns prints it: as calculated, or again for the section. */
  private IndicatorResult inSection(IndicatorResult result, SeriesKey key, PeriodColumns sectionPeriods) {
    return result.months().stream().map(PeriodFigure::month).toList().equals(sectionPeriods.periodEnds())
        ? result : lines.of(key, sectionPeriods);
  }

  /** Whether a section shows the line. */
  private static boolean shows(Template.SectionSpec section, SeriesKey key) {
    return section.rows().stream().anyMatch(r -> r.indicator().equals(key.indicator())
        && (r.breakdowns().isEmpty() ? key.breakdown().isEmpty() : r.breakdowns().contains(key.breakdown())));
  }

  /** One line as the summary reads it: its headline RAG cell this month, last month and a year before. */
  private SummaryBuilder.Line summaryLine(String ref, IndicatorResult now, Row row, List<Column> columns,
      Column headline, PeriodColumns shown, YearMonth period) {
    SeriesKey key = new SeriesKey(now.definition().id(), now.breakdown());
    DefinedIndicator defined = indicators.get(key.indicator());
    IndicatorResult lastMonth = lines.ratingOf(key, shown.asAt(period.minusMonths(1)));
    IndicatorResult lastYear = lines.ratingOf(key, shown.asAt(period.minusYears(1)));
    return new SummaryBuilder.Line(ref, title(now),
        new SummaryBuilder.Rated(row.cells().get(columns.indexOf(headline)), now.tolerance().isPresent()),
        new SummaryBuilder.Rated(new RowCells(defined, lastMonth, redaction(key, period.minusMonths(1)))
            .cell(headline, "", ""),
            lastMonth.tolerance().isPresent()),
        new SummaryBuilder.Rated(new RowCells(defined, lastYear, redaction(key, period.minusYears(1)))
            .cell(headline, "", ""),
            lastYear.tolerance().isPresent()),
        SummaryBuilder.Movement.of(row, columns, now));
  }

  /** A line's printed title: the indicator's, with its breakdown. */
  static String title(IndicatorResult result) {
    return result.definition().title() + (result.breakdown().isEmpty() ? "" : ": " + result.breakdown());
  }

  private List<Chart> charts(Map<SeriesKey, IndicatorResult> results) {
    List<Chart> charts = new ArrayList<>();
    for (Template.SectionSpec s : template.sections()) {
      for (Template.RowSpec r : s.rows()) {
        if (r.chart() || template.chartEveryLine()) {
          for (String breakdown : r.breakdowns().isEmpty() ? List.of("") : r.breakdowns()) {
            IndicatorResult result = results.get(new SeriesKey(r.indicator(), breakdown));
            charts.add(ChartBuilder.of(r.ref(), indicators.get(r.indicator()), result,
                redaction(new SeriesKey(r.indicator(), breakdown), result.reportingMonth())));
          }
        }
      }
    }
    return charts;
  }

  private List<KeyFactTopic> keyFacts(Map<SeriesKey, IndicatorResult> results) {
    List<KeyFactTopic> topics = new ArrayList<>();
    for (Template.Topic topic : template.keyFacts()) {
      List<KeyFactTopic.Fact> facts = new ArrayList<>();
      for (Template.FactSpec spec : topic.facts()) {
        IndicatorDefinition def = indicators.get(spec.indicator()).definition();
        IndicatorResult result = results.get(new SeriesKey(spec.indicator(), spec.breakdown()));
        Optional<Figure> figure = spec.yearToDate() ? result.yearToDate() : result.latest();
        Redaction r = redaction(new SeriesKey(spec.indicator(), spec.breakdown()), result.reportingMonth());
        Cell none = (spec.yearToDate() ? r.yearToDate() : r.latest()) ? Cell.suppressed() : Cell.text("-");
        Cell cell = figure.map(f -> new Cell(FigureText.figure(f.value(), def.unit(), def.decimals()), f.value(),
            FigureText.format(def.unit(), def.decimals()), Tone.PLAIN, "", "")).orElse(none);
        facts.add(new KeyFactTopic.Fact(cell, spec.text(), spec.note()));
      }
      List<Chart> charts = topic.charts().stream().map(id -> {
        IndicatorResult line = results.get(new SeriesKey(id, ""));
        return ChartBuilder.of("", indicators.get(id), line, redaction(new SeriesKey(id, ""), line.reportingMonth()));
      }).toList();
      topics.add(new KeyFactTopic(topic.title(), topic.paragraphs(), facts, charts));
    }
    return topics;
  }

  private FrontMatter frontMatter(String asAt, Instant created) {
    List<FrontMatter.Detail> details = new ArrayList<>();
    for (Template.Detail d : template.details()) {
      details.add(new FrontMatter.Detail(d.label(), d.value()));
    }
    // The date follows the status; the workspace's council and contact follow the date, unless the
    // template gives its own (validate notes where one does).
    int at = after(details, "Status");
    at = at < 0 ? details.size() : at;
    if (!has(details, "Date created")) {
      details.add(at++, new FrontMatter.Detail("Date created", UK_DATE.format(created.atOffset(ZoneOffset.UTC))));
    }
    at = Math.max(at, after(details, "Created by"));
    if (!has(details, Publication.COUNCIL_LABEL) && publication.council().isPresent()) {
      details.add(at++, new FrontMatter.Detail(Publication.COUNCIL_LABEL, publication.council().get()));
    }
    if (!has(details, Publication.CONTACT_LABEL) && publication.contact().isPresent()) {
      details.add(at++, new FrontMatter.Detail(Publication.CONTACT_LABEL, publication.contact().get()));
    }
    if (edition == Edition.PUBLIC) {
      details.add(Math.min(at, details.size()), new FrontMatter.Detail("Edition", "Public. "
          + Cell.SUPPRESSED + " = confidential: " + publication.publicEdition(template).orElseThrow().describe()
          + " are suppressed so that no one can be identified, with every figure, judgement and comment that would"
          + " give one away."));
    }
    return new FrontMatter(template.title() + (edition == Edition.PUBLIC ? ": public edition" : ""), asAt, template.scorecardTitle(), details, template.vision(),
        template.revisionNote(), template.dotKeyIntro(), Keys.dot(), Keys.rag(),
        publication.sampleData() ? SAMPLE_NOTICE : "");
  }

  /** The index just after the detail with this label, or -1 when there is none. */
  private static int after(List<FrontMatter.Detail> details, String label) {
    for (int i = 0; i < details.size(); i++) {
      if (details.get(i).label().equalsIgnoreCase(label)) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean has(List<FrontMatter.Detail> details, String label) {
    return details.stream().anyMatch(d -> d.label().equalsIgnoreCase(label));
  }

  private static String periodSuffix(YearMonth period, ReportingYear year) {
    if (period.equals(year.lastMonth())) {
      return " (Outturn " + year.label() + ")";
    }
    int monthsIn = (int) year.firstMonth().until(period, java.time.temporal.ChronoUnit.MONTHS) + 1;
    return monthsIn % 3 == 0 ? " (Q" + monthsIn / 3 + ")" : "";
  }

  /**
   * The columns of a section printing those period columns: the template's, with its {@code month}
   * column expanded into one column per period, under the periods' reporting year (the academic
   * year for terms).
   *
   * @param financialYear the pack's financial year, which month columns are grouped under
   */
  private List<Column> columns(PeriodColumns shown, ReportingYear financialYear) {
    List<Column> columns = new ArrayList<>();
    Optional<TermColumns> terms = shown instanceof TermColumns t ? Optional.of(t) : Optional.empty();
    ReportingYear year = terms.map(TermColumns::year).orElse(financialYear);
    boolean yearEnd = shown.reportingMonth().equals(year.lastMonth());
    for (Template.ColumnSpec spec : template.columns()) {
      Field field = Field.ofCode(spec.field()).orElseThrow();
      if (field == Field.MONTH) {
        for (YearMonth m : shown.periodEnds()) {
          columns.add(terms.map(t -> new Column(Field.MONTH, t.heading(m), year.label(), m, t.code(m)))
              .orElseGet(() -> new Column(Field.MONTH, MonthNames.columnHeading(m), year.label(), m)));
        }
        continue;
      }
      if (field == Field.YTD && yearEnd) {
        field = Field.OUTTURN;
      }
      String heading = switch (field) {
        case YTD -> year.label() + (yearEnd ? " Outturn" : " YTD");
        case OUTTURN -> year.label() + " Outturn";
        case PREVIOUS_YEAR -> year.previous().label();
        case DOT_MONTH -> terms.isPresent() ? "DOT (term)" : field.defaultHeading();
        case RAG_MONTH -> terms.isPresent() ? "RAG (term)" : field.defaultHeading();
        default -> field.defaultHeading();
      };
      columns.add(new Column(field, spec.heading().isEmpty() ? heading : spec.heading(), group(field, year), null));
    }
    return columns;
  }

  private static String group(Field field, ReportingYear year) {
    return switch (field) {
      case MONTH, YTD, OUTTURN, POLARITY, DOT_MONTH, RAG_MONTH, DOT_YEAR, RAG_YEAR, SPC_VARIATION, SPC_ASSURANCE ->
          year.label();
      case RED, AMBER, GREEN -> "TARGET & TOLERANCES";
      case PREVIOUS_YEAR, TREND -> "YR ON YR PERFORMANCE";
      case SN_AVERAGE, BEST_SN, NATIONAL, TOP_QUARTILE, REGIONAL, QUARTILE_BAND, RANK -> "LATEST BENCHMARKING";
      default -> "";
    };
  }

  /**
   * @param dotSource the line whose DOT (month) this row prints, where the template says it shares its
   *     row with that line (the report's merged DOT cell)
   */
  private Row row(Template.RowSpec spec, IndicatorResult result, Optional<IndicatorResult> dotSource, String ref,
      String codes, List<Column> columns, YearMonth period) {
    String breakdown = result.breakdown();
    DefinedIndicator defined = Objects.requireNonNull(indicators.get(spec.indicator()), spec.indicator());
    RowCells cells = new RowCells(defined, result, redaction(new SeriesKey(spec.indicator(), breakdown), period));
    Optional<RowCells> dotCells = dotSource.map(d -> new RowCells(
        Objects.requireNonNull(indicators.get(d.definition().id()), d.definition().id()), d,
        redaction(new SeriesKey(d.definition().id(), d.breakdown()), period)));
    List<Cell> printed = columns.stream().map(c -> c.field() == Field.DOT_MONTH && dotCells.isPresent()
        ? dotCells.get().cell(c, ref, codes) : cells.cell(c, ref, codes)).toList();
    Trend trend = null;
    if (columns.stream().anyMatch(c -> c.field() == Field.TREND)) {
      List<String> labels = new ArrayList<>();
      List<BigDecimal> values = new ArrayList<>();
      Set<Integer> suppressedPoints = new HashSet<>();
      Redaction redaction = redaction(new SeriesKey(spec.indicator(), breakdown), period);
      List<PeriodFigure> history = result.trend();
      for (PeriodFigure p : history.subList(Math.max(0, history.size() - SPARKLINE_PERIODS), history.size())) {
        if (redaction.periods().contains(p.month())) {
          suppressedPoints.add(values.size());
        }
        labels.add(MonthNames.shortName(p.month()));
        values.add(p.figure().map(f -> f.value()).orElse(null));
      }
      trend = new Trend(labels, values, TrendDescription.describe(defined, breakdown, labels, values),
          suppressedPoints);
    }
    Map<Field, Cell> data = new EnumMap<>(Field.class);
    for (Field f : DATA_FIELDS) {
      Cell cell = cells.cell(new Column(f, "", "", null), ref, codes);
      if (columns.stream().noneMatch(c -> c.field() == f) && (cell.hasValue() || !cell.text().isEmpty())) {
        data.put(f, cell);
      }
    }
    Optional<Commentary.Entry> comment = commentary.on(new SeriesKey(spec.indicator(), breakdown), period);
    boolean anySuppressed = printed.stream().anyMatch(Cell::isSuppressed)
        || !redaction(new SeriesKey(spec.indicator(), breakdown), period).isEmpty();
    if (anySuppressed && (comment.isPresent() || ratedRed(columns, printed))) {
      data.put(Field.COMMENTARY, CommentSource.WITHHELD.cell(CommentSource.WITHHELD_TEXT));
    } else if (comment.isPresent()) {
      data.put(Field.COMMENTARY, commentaryCell(comment.get()));
    } else if (ratedRed(columns, printed)) {
      // Every Red is accounted for: the exceptions list it, and say that no one explained it.
      data.put(Field.COMMENTARY, CommentSource.NOT_SUPPLIED.cell(CommentSource.NOT_SUPPLIED_TEXT));
    }
    return new Row(ref, spec.indicator(), breakdown, printed, trend, data);
  }

  /** Whether any RAG column the scorecard prints rates the line Red. */
  private static boolean ratedRed(List<Column> columns, List<Cell> printed) {
    for (int i = 0; i < columns.size(); i++) {
      Field field = columns.get(i).field();
      if ((field == Field.RAG_MONTH || field == Field.RAG_YEAR) && printed.get(i).code().equals(Rag.RED.code())) {
        return true;
      }
    }
    return false;
  }

  /** A carried-forward comment says so before its text, wherever it is printed. */
  private static Cell commentaryCell(Commentary.Entry entry) {
    String text = entry.carriedFrom().map(m -> "(Carried forward from " + MonthNames.longName(m) + ") ").orElse("")
        + entry.text();
    return (entry.carriedFrom().isPresent() ? CommentSource.CARRIED_FORWARD : CommentSource.WRITTEN).cell(text);
  }

  /** A stable document id: the same printed content always gives the same id. */
  private String digest(List<Column> columns, List<Section> sections) {
    try {
      MessageDigest md = MessageDigest.getInstance("MD5");
      md.update((template.id() + "\n").getBytes(StandardCharsets.UTF_8));
      columns.forEach(c -> md.update((c.heading() + "\t").getBytes(StandardCharsets.UTF_8)));
      for (Section s : sections) {
        for (Row r : s.rows()) {
          r.cells().forEach(c -> md.update((c.text() + "\t").getBytes(StandardCharsets.UTF_8)));
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is always available", e);
    }
  }
}
