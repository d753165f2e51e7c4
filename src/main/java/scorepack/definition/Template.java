package scorepack.definition;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import scorepack.engine.MonthColumns;

/**
 * A scorecard layout as its YAML template states it: front matter, columns, sections and rows.
 *
 * @param id the pack id (the template's file name without .yaml)
 * @param file the template file, for messages
 * @param title the report title
 * @param scorecardTitle the heading over the scorecard table
 * @param author the team that publishes the pack
 * @param details document details, in order
 * @param vision the vision line, or empty
 * @param revisionNote the data-revision note, or empty
 * @param dotKeyIntro the sentence introducing the DOT key, or empty
 * @param columns the columns in order; a {@code month} column stands for all month columns
 * @param monthColumns how many month columns to show (the last N months, 1 to 12): the one place the
 *     number is set, passed to the engine with each calculation
 * @param sections the sections in order
 * @param glossaryTerms the glossary terms the appendix lists
 * @param keyFacts the key-facts summary: topics with explanatory text and headline figures
 * @param chartEveryLine whether every line gets a trend and process-control chart, not only the
 *     rows marked {@code chart: true}
 * @param headlineRag the RAG column the summary counts, {@code rag_month} or {@code rag_year}; empty
 *     for the first RAG column printed
 * @param benchmarksAsOf the day whose benchmarks the pack prints (the latest of each kind published
 *     on or before it), pinned by the template; empty for the pack's issue date
 * @param cover the covering report drafted with the pack, from {@code templates/covers/ID.yaml}, if
 *     there is one
 * @param publicEdition the template's {@code public_edition:}: the pack has a public edition with
 *     these changes to the workspace's small-number rule; empty to follow the workspace
 * @param paper the paper the PDF is laid out for (its {@code paper:})
 */
public record Template(
    String id,
    String file,
    String title,
    String scorecardTitle,
    String author,
    List<Detail> details,
    String vision,
    String revisionNote,
    String dotKeyIntro,
    List<ColumnSpec> columns,
    int monthColumns,
    List<SectionSpec> sections,
    List<String> glossaryTerms,
    List<Topic> keyFacts,
    boolean chartEveryLine,
    String headlineRag,
    Optional<LocalDate> benchmarksAsOf,
    Optional<CoverTemplate> cover,
    Optional<Suppression> publicEdition,
    Paper paper) {
  /** The month columns of a template that does not say. */
  public static final int DEFAULT_MONTH_COLUMNS = 3;

  public Template {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(scorecardTitle, "scorecardTitle");
    Objects.requireNonNull(author, "author");
    details = List.copyOf(details);
    Objects.requireNonNull(vision, "vision");
    Objects.requireNonNull(revisionNote, "revisionNote");
    Objects.requireNonNull(dotKeyIntro, "dotKeyIntro");
    columns = List.copyOf(columns);
    if (monthColumns < 1 || monthColumns > MonthColumns.MAX) {
      throw new IllegalArgumentException("month columns must be 1 to " + MonthColumns.MAX + ", not " + monthColumns);
    }
    sections = List.copyOf(sections);
    glossaryTerms = List.copyOf(glossaryTerms);
    keyFacts = List.copyOf(keyFacts);
    Objects.requireNonNull(headlineRag, "headlineRag");
    Objects.requireNonNull(benchmarksAsOf, "benchmarksAsOf");
    Objects.requireNonNull(cover, "cover");
    Objects.requireNonNull(publicEdition, "publicEdition");
    Objects.requireNonNull(paper, "paper");
  }

  /** A template printed on the paper its scorecard's width asks for. */
  public Template(String id, String file, String title, String scorecardTitle, String author, List<Detail> details,
      String vision, String revisionNote, String dotKeyIntro, List<ColumnSpec> columns, int monthColumns,
      List<SectionSpec> sections, List<String> glossaryTerms, List<Topic> keyFacts, boolean chartEveryLine,
      String headlineRag, Optional<LocalDate> benchmarksAsOf, Optional<CoverTemplate> cover,
      Optional<Suppression> publicEdition) {
    this(id, file, title, scorecardTitle, author, details, vision, revisionNote, dotKeyIntro, columns, monthColumns,
        sections, glossaryTerms, keyFacts, chartEveryLine, headlineRag, benchmarksAsOf, cover, publicEdition,
        Paper.A3);
  }

  /** The template with its covering report. */
  public Template withCover(CoverTemplate report) {
    return new Template(id, file, title, scorecardTitle, author, details, vision, revisionNote, dotKeyIntro, columns,
        monthColumns, sections, glossaryTerms, keyFacts, chartEveryLine, headlineRag, benchmarksAsOf,
        Optional.of(report), publicEdition, paper);
  }

  /** The paper a template's PDF is laid out for (its {@code paper:}). */
  public enum Paper {
    /** Landscape A3 for a scorecard of more than 14 columns, landscape A4 for a narrower one (the default). */
    A3,
    /**
     * Landscape A4 throughout, in type readable on A4: a scorecard too wide for the page continues its
     * columns on the next page, beside the same lines' reference and title.
     */
    A4
  }

  /**
   * A document detail line.
   *
   * @param label e.g. Status
   * @param value e.g. Issue 1
   * @param line the line of the detail in the template, for messages
   * @param column its column
   */
  public record Detail(String label, String value, int line, int column) {
    /** A detail not read from a file. */
    public Detail(String label, String value) {
      this(label, value, 0, 0);
    }
  }

  /**
   * A column as the template names it.
   *
   * @param field the column's field code, e.g. {@code rag_month}
   * @param heading the heading to print instead of the default, or empty
   */
  public record ColumnSpec(String field, String heading) {}

  /**
   * A section of rows.
   *
   * @param title the heading, or empty
   * @param rows the rows in order
   * @param periods the period columns the section prints where the template's columns say {@code month}
   */
  public record SectionSpec(String title, List<RowSpec> rows, Periods periods) {
    public SectionSpec {
      rows = List.copyOf(rows);
      Objects.requireNonNull(periods, "periods");
    }

    /** A section of the template's month columns. */
    public SectionSpec(String title, List<RowSpec> rows) {
      this(title, rows, Periods.MONTHS);
    }
  }

  /** The period columns a section prints (its {@code periods:}). */
  public enum Periods {
    /** The last {@code month_columns} months, headed Jan-23, Feb-23, Mar-23. */
    MONTHS,
    /** The terms of the academic year so far, headed Term 1, Term 2 (Term 3 from the summer). */
    TERMS
  }

  /**
   * A row: one indicator under a reference, with one line per breakdown if it has any.
   *
   * @param ref the reference printed, e.g. 4.2
   * @param indicator the indicator id
   * @param codes the council plan codes printed
   * @param breakdowns the breakdown lines, or empty for one line for the whole
   * @param line where the row is written in the template, for messages
   * @param column the column of the row in the template
   * @param chart whether the pack draws this row's trend chart in its charts section
   * @param dotMonthFrom the indicator of the line under the same ref whose DOT (month) this line prints:
   *     an annual line and its monthly line share one row in the report, and its DOT cell; empty for
   *     the line's own
   */
  public record RowSpec(String ref, String indicator, List<String> codes, List<String> breakdowns, int line,
      int column, boolean chart, Optional<String> dotMonthFrom) {
    public RowSpec {
      codes = List.copyOf(codes);
      breakdowns = List.copyOf(breakdowns);
      Objects.requireNonNull(dotMonthFrom, "dotMonthFrom");
    }

    /** A row printing its own DOT (month). */
    public RowSpec(String ref, String indicator, List<String> codes, List<String> breakdowns, int line, int column,
        boolean chart) {
      this(ref, indicator, codes, breakdowns, line, column, chart, Optional.empty());
    }
  }

  /**
   * A topic of the key-facts summary, e.g. "Looked After Children (LAC)".
   *
   * @param title the heading
   * @param paragraphs the explanatory text, one entry per paragraph
   * @param facts the headline figures, in order
   * @param charts the indicators whose trend charts the topic shows
   */
  public record Topic(String title, List<String> paragraphs, List<FactSpec> facts, List<String> charts) {
    public Topic {
      paragraphs = List.copyOf(paragraphs);
      facts = List.copyOf(facts);
      charts = List.copyOf(charts);
    }
  }

  /**
   * A headline figure: one of an indicator's figures and the words printed after it.
   *
   * @param indicator the indicator id
   * @param breakdown the breakdown, or empty
   * @param yearToDate whether the figure is the year to date (or outturn) rather than the latest period's
   * @param text the words after the figure, e.g. "LAC as at period end"
   * @param note a smaller line under it, or empty
   * @param line where the fact is written in the template, for messages
   * @param column the column of the fact in the template
   */
  public record FactSpec(String indicator, String breakdown, boolean yearToDate, String text, String note, int line,
      int column) {}
}
