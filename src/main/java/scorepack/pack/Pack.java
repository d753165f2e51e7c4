package scorepack.pack;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import scorepack.engine.ReportingQuarter;
import scorepack.engine.YearKind;

/**
 * A complete scorecard pack, ready to render.
 *
 * @param id the pack's file stem, e.g. {@code corporate-parenting}
 * @param period the reporting month
 * @param metadata document properties (title, author, language, fixed dates)
 * @param front the front matter: title, as-at line, document details, keys
 * @param columns the scorecard's columns, in order; a section may print its own ({@link #columnsOf})
 * @param sections the scorecard's sections, in order
 * @param glossary the glossary appendix, in alphabetical order
 * @param dataNotes data-quality notes, in scorecard order
 * @param changes the figures revised since the previous issue
 * @param keyFacts the key-facts summary, in template order; empty if the template has none
 * @param summary the summary page: RAG counts and what changed
 * @param charts the trend charts of the scorecard lines the template marks, in scorecard order
 * @param cover the covering report drafted from this pack, where its template has a cover
 */
public record Pack(
    String id,
    YearMonth period,
    PackMetadata metadata,
    FrontMatter front,
    List<Column> columns,
    List<Section> sections,
    List<GlossaryEntry> glossary,
    List<DataNote> dataNotes,
    Changes changes,
    List<KeyFactTopic> keyFacts,
    Summary summary,
    List<Chart> charts,
    Optional<Cover> cover) {
  public Pack {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(front, "front");
    columns = List.copyOf(columns);
    sections = List.copyOf(sections);
    glossary = List.copyOf(glossary);
    dataNotes = List.copyOf(dataNotes);
    Objects.requireNonNull(changes, "changes");
    keyFacts = List.copyOf(keyFacts);
    Objects.requireNonNull(summary, "summary");
    charts = List.copyOf(charts);
    Objects.requireNonNull(cover, "cover");
    for (Section s : sections) {
      int count = s.columns().orElse(columns).size();
      for (Row r : s.rows()) {
        if (r.cells().size() != count) {
          throw new IllegalArgumentException("row " + r.ref() + " has " + r.cells().size()
              + " cells for " + count + " columns");
        }
      }
    }
  }

  /** A pack without a covering report. */
  public Pack(String id, YearMonth period, PackMetadata metadata, FrontMatter front, List<Column> columns,
      List<Section> sections, List<GlossaryEntry> glossary, List<DataNote> dataNotes, Changes changes,
      List<KeyFactTopic> keyFacts, Summary summary, List<Chart> charts) {
    this(id, period, metadata, front, columns, sections, glossary, dataNotes, changes, keyFacts, summary, charts,
        Optional.empty());
  }

  /** The pack with the covering report drafted from it. */
  public Pack withCover(Cover report) {
    return new Pack(id, period, metadata, front, columns, sections, glossary, dataNotes, changes, keyFacts, summary,
        charts, Optional.of(report));
  }

  /** The columns a section prints: its own, or the pack's. */
  public List<Column> columnsOf(Section section) {
    return section.columns().orElse(columns);
  }

  /** The columns a row of this pack prints: those of its section. */
  public List<Column> columnsOf(Row row) {
    for (Section s : sections) {
      for (Row r : s.rows()) {
        if (r == row) {
          return columnsOf(s);
        }
      }
    }
    throw new IllegalArgumentException("the row " + row.ref() + " " + row.indicatorId() + " is not in this pack");
  }

  /** The most columns any section prints, which decides the page the scorecard needs. */
  public int widestColumnCount() {
    return sections.stream().mapToInt(s -> columnsOf(s).size()).max().orElse(columns.size());
  }

  /** A pack with no key facts and no record of an earlier issue. */
  public Pack(String id, YearMonth period, PackMetadata metadata, FrontMatter front, List<Column> columns,
      List<Section> sections, List<GlossaryEntry> glossary, List<DataNote> dataNotes) {
    this(id, period, metadata, front, columns, sections, glossary, dataNotes, Changes.NONE, List.of(), Summary.NONE, List.of());
  }

  /** A pack without a summary page. */
  public Pack(String id, YearMonth period, PackMetadata metadata, FrontMatter front, List<Column> columns,
      List<Section> sections, List<GlossaryEntry> glossary, List<DataNote> dataNotes, Changes changes,
      List<KeyFactTopic> keyFacts) {
    this(id, period, metadata, front, columns, sections, glossary, dataNotes, changes, keyFacts, Summary.NONE,
        List.of());
  }

  /** Every figure and judgement the scorecard prints, in reading order; blank cells are left out. */
  public List<PrintedFigure> printedFigures() {
    return figures(false);
  }

  /**
   * Every figure and judgement the pack holds: after each line's printed ones, the data it carries
   * beyond its columns (commentary, statistical signals) and its data notes with their working. The
   * CSV output's rows.
   */
  public List<PrintedFigure> figures() {
    return figures(true);
  }

  private List<PrintedFigure> figures(boolean withData) {
    List<PrintedFigure> out = new ArrayList<>();
    for (Section section : sections) {
      String ref = "";
      List<Column> columns = columnsOf(section);
      for (Row row : section.rows()) {
        ref = row.ref().isEmpty() ? ref : row.ref();
        for (int i = 0; i < columns.size(); i++) {
          Column column = columns.get(i);
          Cell cell = row.cells().get(i);
          if (column.field().isFigure() && (!cell.text().isEmpty() || cell.hasValue())) {
            out.add(column.period() != null
                ? new PrintedFigure(section.title(), ref, row.indicatorId(), row.breakdown(), column.field(),
                    column.period(), cell, column.periodCode())
                : new PrintedFigure(section.title(), ref, row.indicatorId(), row.breakdown(), column.field(),
                    period, cell));
          }
        }
        if (withData) {
          for (Map.Entry<Field, Cell> d : row.data().entrySet()) {
            out.add(new PrintedFigure(section.title(), ref, row.indicatorId(), row.breakdown(), d.getKey(),
                dataPeriod(d.getKey()), d.getValue()));
          }
          for (DataNote note : dataNotes) {
            if (note.ref().equals(ref) && note.indicatorId().equals(row.indicatorId())
                && note.breakdown().equals(row.breakdown())) {
              out.add(new PrintedFigure(section.title(), ref, row.indicatorId(), row.breakdown(), Field.DATA_QUALITY,
                  note.period(), Cell.text(note.detail())));
            }
          }
        }
      }
    }
    return out;
  }

  /** The period a row's data belongs to: a quarter figure's is the quarter's last month. */
  private YearMonth dataPeriod(Field field) {
    ReportingQuarter quarter = ReportingQuarter.lastCompleteAt(period, YearKind.FINANCIAL);
    return switch (field) {
      case QUARTER -> quarter.lastMonth();
      case PREVIOUS_QUARTER -> quarter.previous().lastMonth();
      default -> period;
    };
  }

  /**
   * The file name stem of this pack's outputs, e.g. {@code corporate-parenting-2022-12}, or
   * {@code corporate-parenting-2022-12-public} for the public edition.
   */
  public String fileStem() {
    return id + "-" + period + metadata.edition().fileSuffix();
  }
}
