package scorepack.render.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import scorepack.pack.Cell;
import scorepack.pack.Pack;
import scorepack.pack.PrintedFigure;

/**
 * Every figure and judgement in long form, one row each (the printed ones, then each line's data
 * beyond its columns, such as commentary): the content of the CSV output,
 * with the value as a number where there is one (percentages in percentage points, as in the CSV)
 * and the shorthand where the CSV leaves the value empty.
 */
final class DataLayout {
  static final String NAME = "Data";
  /** The CSV output's columns. */
  static final List<String> HEADERS =
      List.of("pack", "section", "ref", "indicator", "breakdown", "field", "period", "value", "text",
          "reference_period");
  private static final List<Integer> WIDTHS = List.of(20, 24, 8, 30, 20, 14, 10, 12, 20, 16);

  private DataLayout() {}

  static SheetLayout of(Pack pack, MissingFigures missing, String name) {
    List<List<SheetCell>> rows = new ArrayList<>();
    for (PrintedFigure f : pack.figures()) {
      rows.add(List.of(SheetCell.body(pack.id()), SheetCell.body(f.section()), SheetCell.body(f.ref()),
          SheetCell.body(f.indicator()), SheetCell.body(f.breakdown()), SheetCell.body(f.field().code()),
          SheetCell.body(f.periodCode()), value(f.cell(), missing), SheetCell.body(f.cell().text()),
          SheetCell.body(f.cell().referencePeriod())));
    }
    TableLayout table = new TableLayout("Data", HEADERS, rows, WIDTHS);
    List<String> lines = new ArrayList<>(List.of(
        "This worksheet contains one table: every figure and judgement of the pack, one per row, as in the CSV"
            + " output.",
        "value is the number (percentages in percentage points, to 6 decimal places) or the judgement's code"
            + " (up, down, same, red, amber, green); text is exactly what the scorecard prints; reference_period"
            + " is the months a lagged figure describes (2020-04/2021-03)."));
    for (Shorthand s : Shorthand.values()) {
      if (table.contains(s.symbol())) {
        lines.add(s.explanation());
      }
    }
    if (table.hasEmptyCells()) {
      lines.add("A blank breakdown is the whole measure, a blank section an untitled section, and a blank value a"
          + " row of text only, such as commentary; a blank reference_period a figure of its own period.");
    }
    return SheetLayout.withTable(name, "Data: every figure in long form", ListLayouts.lines(
        lines.toArray(String[]::new)), table);
  }

  private static SheetCell value(Cell cell, MissingFigures missing) {
    if (cell.hasValue()) {
      return new SheetCell.Figure(new BigDecimal(cell.dataValue()), FigureFormat.GENERAL, scorepack.pack.Tone.PLAIN);
    }
    if (!cell.code().isEmpty()) {
      return SheetCell.body(cell.code());
    }
    return SheetCell.body(missing.of(cell).map(Shorthand::symbol).orElse(""));
  }
}
