package scorepack.render.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import scorepack.pack.Pack;
import scorepack.pack.PackMetadata;

/**
 * The spreadsheet edition of a pack: Cover, Contents, Notes, then Summary and Key facts (when the pack
 * has them), the scorecard sheets, Charts and Chart data (when the pack has charts), Changes (when
 * figures were revised), Glossary and Data.
 *
 * @param properties the document properties
 * @param sheets the sheets in order; the first is the one that opens
 */
public record WorkbookLayout(DocumentProperties properties, List<SheetLayout> sheets) {
  public WorkbookLayout {
    Objects.requireNonNull(properties, "properties");
    sheets = List.copyOf(sheets);
  }

  public static WorkbookLayout of(Pack pack) {
    SheetNames names = new SheetNames();
    // The front sheets keep their names whatever the sections are called.
    names.unique(CoverLayout.NAME);
    names.unique(ListLayouts.CONTENTS);
    names.unique(ListLayouts.NOTES);
    Notes notes = new Notes();
    MissingFigures missing = MissingFigures.of(pack);
    // Laid out in workbook order, so that notes are numbered as a reader meets them.
    List<SheetLayout> body = new ArrayList<>();
    if (!pack.summary().counts().isEmpty()) {
      body.add(SummaryLayout.of(pack, names.unique(SummaryLayout.NAME)));
    }
    if (!pack.keyFacts().isEmpty()) {
      body.add(KeyFactsLayout.of(pack, names.unique(KeyFactsLayout.NAME)));
    }
    body.addAll(new ScorecardLayout(pack, notes, missing, names, new TableNames()).sheets());
    List<ChartsLayout.Placed> charts = ChartsLayout.charts(pack);
    if (!charts.isEmpty()) {
      String chartsName = names.unique(ChartsLayout.NAME);
      String dataName = names.unique(ChartsLayout.DATA_NAME);
      body.add(ChartsLayout.charts(pack, charts, chartsName, dataName));
      body.add(ChartsLayout.data(charts, dataName, chartsName));
    }
    if (!pack.changes().entries().isEmpty()) {
      body.add(ListLayouts.changes(pack.changes(), names.unique(ListLayouts.CHANGES)));
    }
    body.add(ListLayouts.glossary(pack.glossary(), names.unique(ListLayouts.GLOSSARY)));
    body.add(DataLayout.of(pack, missing, names.unique(DataLayout.NAME)));

    List<SheetLayout> linked = new ArrayList<>();
    linked.add(CoverLayout.of(pack));
    linked.add(ListLayouts.notes(notes.all()));
    linked.addAll(body);
    List<SheetLayout> sheets = new ArrayList<>(linked);
    sheets.add(1, ListLayouts.contents(linked));
    return new WorkbookLayout(properties(pack), sheets);
  }

  /** The sheet with this name. */
  public SheetLayout sheet(String name) {
    return sheets.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sheet " + name));
  }

  private static DocumentProperties properties(Pack pack) {
    PackMetadata meta = pack.metadata();
    String keywords = String.join(", ", "scorecard", "performance", pack.id(), pack.period().toString());
    return new DocumentProperties(meta.title(), meta.subject(), meta.author(), meta.language(),
        meta.sampleData() ? PackMetadata.SAMPLE_DATA + ", " + keywords : keywords, meta.created());
  }
}
