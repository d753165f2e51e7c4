package scorepack.job;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import scorepack.render.pdf.TaggedContent;

/**
 * A rendered file read back as its reader meets it: lines of cells, each cell's text as shown.
 * PDF: each table row of the structure tree, its cells' text; XLSX and ODS: each sheet row, each
 * cell as displayed (numbers through their number format); CSV: each record. For the renderer
 * contract and the leak tests, which compare what every format shows with what the pack holds.
 */
final class RenderedLines {
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";

  private RenderedLines() {}

  /** The file's lines, each a list of cell texts. */
  static List<List<String>> of(Format format, byte[] file) throws IOException {
    return switch (format) {
      case PDF -> pdf(file);
      case XLSX -> xlsx(file);
      case ODS -> ods(file);
      case CSV -> csv(file);
      case DOCX -> docx(file);
      case HTML -> html(file);
    };
  }

  /** A Word document's paragraphs, one line each, and its tables' rows, one line of cells each. */
  private static List<List<String>> docx(byte[] file) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          lines.add(List.of(p.getText()));
        } else if (element instanceof XWPFTable t) {
          t.getRows().forEach(r -> lines.add(r.getTableCells().stream().map(XWPFTableCell::getText).toList()));
        }
      }
    }
    return lines;
  }

  /**
   * The PDF's table rows, a table printed in column parts (on A4 paper) read as one: each row of a
   * later part joined to the same row of the first, without the reference and title it repeats.
   */
  private static List<List<String>> pdf(byte[] file) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    for (List<List<String>> table : joinedParts(pdfTables(file))) {
      lines.addAll(table);
    }
    return lines;
  }

  /** The PDF's tables in structure order, each as its rows (header rows first), each row its cells' text. */
  static List<List<List<String>>> pdfTables(byte[] file) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file)) {
      List<List<List<String>>> tables = new ArrayList<>();
      collectTables(pdf, pdf.getDocumentCatalog().getStructureTreeRoot(), new HashMap<>(), tables);
      return tables;
    }
  }

  /** How many leading cells a column part repeats from the first: the reference and the title. */
  static final int IDENTIFYING_CELLS = 2;

  /**
   * The tables with each run of column parts joined: a table is a later part of the one before when
   * it has as many rows and each of its rows opens with the first part's identifying cells (a
   * section title's row, of one cell, with that cell).
   */
  static List<List<List<String>>> joinedParts(List<List<List<String>>> tables) {
    List<List<List<String>>> joined = new ArrayList<>();
    for (List<List<String>> table : tables) {
      List<List<String>> first = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (first != null && continues(first, table)) {
        for (int r = 0; r < table.size(); r++) {
          List<String> row = new ArrayList<>(first.get(r));
          List<String> part = table.get(r);
          row.addAll(part.subList(repeated(first.get(r), part), part.size()));
          first.set(r, row);
        }
      } else {
        joined.add(new ArrayList<>(table));
      }
    }
    return joined;
  }

  private static boolean continues(List<List<String>> first, List<List<String>> table) {
    if (first.size() != table.size() || table.isEmpty() || repeated(first.get(0), table.get(0)) != IDENTIFYING_CELLS) {
      return false;
    }
    for (int r = 1; r < table.size(); r++) {
      List<String> row = table.get(r);
      int n = repeated(first.get(r), row);
      // the column headings under group headings: the reference's and title's headings span both header rows
      boolean underGroups = r == 1 && n == 0;
      if (n != Math.min(IDENTIFYING_CELLS, row.size()) && !underGroups) {
        return false;
      }
    }
    return true;
  }

  /** How many of the part row's leading cells, up to the identifying ones, are the first part's (white space aside). */
  private static int repeated(List<String> first, List<String> part) {
    int n = 0;
    while (n < IDENTIFYING_CELLS && n < first.size() && n < part.size()
        && first.get(n).replaceAll("\\s+", "").equals(part.get(n).replaceAll("\\s+", ""))) {
      n++;
    }
    return n;
  }

  private static void collectTables(PDDocument pdf, PDStructureNode node, Map<Integer, Map<Integer, String>> pages,
      List<List<List<String>>> tables) throws IOException {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if ("Table".equals(element.getStructureType())) {
          List<List<String>> rows = new ArrayList<>();
          collectRows(pdf, element, pages, rows);
          tables.add(rows);
        } else {
          collectTables(pdf, element, pages, tables);
        }
      }
    }
  }

  /**
   * The PDF's texts as a reader meets them: each tagged element's own text (a paragraph, a heading,
   * a table cell) and each element's alternative text, in structure order.
   */
  static List<String> pdfTexts(byte[] file) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file)) {
      List<String> texts = new ArrayList<>();
      collectTexts(pdf, pdf.getDocumentCatalog().getStructureTreeRoot(), new HashMap<>(), texts);
      return texts;
    }
  }

  private static void collectTexts(PDDocument pdf, PDStructureNode node, Map<Integer, Map<Integer, String>> pages,
      List<String> texts) throws IOException {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if (element.getAlternateDescription() != null) {
          texts.add(element.getAlternateDescription());
        }
        if (element.getKids().stream().anyMatch(k -> !(k instanceof PDStructureElement))) {
          texts.add(text(pdf, element, pages));
        }
        collectTexts(pdf, element, pages, texts);
      }
    }
  }

  private static void collectRows(PDDocument pdf, PDStructureNode node, Map<Integer, Map<Integer, String>> pages,
      List<List<String>> lines) throws IOException {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if ("TR".equals(element.getStructureType())) {
          List<String> cells = new ArrayList<>();
          for (Object cell : element.getKids()) {
            if (cell instanceof PDStructureElement c) {
              cells.add(text(pdf, c, pages));
            }
          }
          lines.add(cells);
        } else {
          collectRows(pdf, element, pages, lines);
        }
      }
    }
  }

  private static String text(PDDocument pdf, PDStructureElement element, Map<Integer, Map<Integer, String>> pages)
      throws IOException {
    StringBuilder text = new StringBuilder();
    for (Object kid : element.getKids()) {
      if (kid instanceof Integer mcid) {
        text.append(marked(pdf, pdf.getPages().indexOf(element.getPage()), pages).getOrDefault(mcid, ""));
      } else if (kid instanceof PDMarkedContentReference ref) {
        text.append(marked(pdf, pdf.getPages().indexOf(ref.getPage()), pages).getOrDefault(ref.getMCID(), ""));
      } else if (kid instanceof PDStructureElement child) {
        text.append(text(pdf, child, pages));
      }
    }
    return text.toString();
  }

  private static Map<Integer, String> marked(PDDocument pdf, int page, Map<Integer, Map<Integer, String>> pages)
      throws IOException {
    Map<Integer, String> byId = pages.get(page);
    if (byId == null) {
      byId = TaggedContent.of(pdf, page).byId();
      pages.put(page, byId);
    }
    return byId;
  }

  private static List<List<String>> xlsx(byte[] file) throws IOException {
    DataFormatter formatter = new DataFormatter(Locale.UK);
    List<List<String>> lines = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          row.forEach(cell -> cells.add(cell.getCellType() == CellType.NUMERIC
              ? shown(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString(), formatter)
              : formatter.formatCellValue(cell)));
          lines.add(cells);
        }
      }
    }
    return lines;
  }

  /**
   * A number as a spreadsheet shows it in a pattern such as {@code "<"0.0%" (2021/22)"}: the quoted
   * text as it stands, the number through the rest (POI's formatter misreads digits in quoted text).
   */
  private static String shown(double value, String pattern, DataFormatter formatter) {
    StringBuilder text = new StringBuilder();
    String[] parts = pattern.split("\"", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i % 2 == 1) {
        text.append(parts[i]);
      } else if (!parts[i].isEmpty()) {
        text.append(formatter.formatRawCellContents(value, -1, parts[i]));
      }
    }
    return text.toString();
  }

  private static List<List<String>> ods(byte[] file) throws IOException {
    byte[] content = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("content.xml")) {
          content = zip.readAllBytes();
        }
      }
    }
    try {
      Document document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(content));
      Map<String, Element> dataStyles = dataStyles(document);
      NodeList rows = document.getElementsByTagNameNS(TABLE, "table-row");
      List<List<String>> lines = new ArrayList<>();
      for (int r = 0; r < rows.getLength(); r++) {
        List<String> cells = new ArrayList<>();
        for (Node cell = rows.item(r).getFirstChild(); cell != null; cell = cell.getNextSibling()) {
          if (cell instanceof Element e && TABLE.equals(e.getNamespaceURI())) {
            cells.add(e.hasAttributeNS(OFFICE, "value") ? shown(e, dataStyles) : paragraphs(e));
          }
        }
        lines.add(cells);
      }
      return lines;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("content.xml is not well-formed", e);
    }
  }

  /** Each cell style's number style, by the cell style's name. */
  private static Map<String, Element> dataStyles(Document document) {
    Map<String, Element> numberStyles = new HashMap<>();
    NodeList all = document.getElementsByTagNameNS(NUMBER, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getLocalName().endsWith("-style")) {
        numberStyles.put(e.getAttributeNS(STYLE, "name"), e);
      }
    }
    Map<String, Element> byCellStyle = new HashMap<>();
    NodeList styles = document.getElementsByTagNameNS(STYLE, "style");
    for (int i = 0; i < styles.getLength(); i++) {
      Element e = (Element) styles.item(i);
      Element number = numberStyles.get(e.getAttributeNS(STYLE, "data-style-name"));
      if (number != null) {
        byCellStyle.put(e.getAttributeNS(STYLE, "name"), number);
      }
    }
    return byCellStyle;
  }

  /** A float cell as a spreadsheet shows it through its number style's text and number parts. */
  private static String shown(Element cell, Map<String, Element> dataStyles) {
    BigDecimal value = new BigDecimal(cell.getAttributeNS(OFFICE, "value"));
    Element style = dataStyles.get(cell.getAttributeNS(TABLE, "style-name"));
    if (style == null) {
      return value.stripTrailingZeros().toPlainString();
    }
    if (style.getLocalName().equals("percentage-style")) {
      value = value.movePointRight(2);
    }
    StringBuilder text = new StringBuilder();
    for (Node part = style.getFirstChild(); part != null; part = part.getNextSibling()) {
      if (part instanceof Element e && e.getLocalName().equals("text")) {
        text.append(e.getTextContent());
      } else if (part instanceof Element e && e.getLocalName().equals("number")) {
        int decimals = Integer.parseInt(e.getAttributeNS(NUMBER, "decimal-places"));
        DecimalFormat digits = new DecimalFormat(
            (e.getAttributeNS(NUMBER, "grouping").equals("true") ? "#,##0" : "0") + (decimals > 0 ? "." + "0".repeat(decimals) : ""),
            DecimalFormatSymbols.getInstance(Locale.UK));
        digits.setRoundingMode(RoundingMode.HALF_UP);
        text.append(digits.format(value));
      }
    }
    return text.toString();
  }

  private static String paragraphs(Element cell) {
    NodeList ps = cell.getElementsByTagNameNS(TEXT, "p");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < ps.getLength(); i++) {
      texts.add(ps.item(i).getTextContent());
    }
    return String.join("\n", texts);
  }

  private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("<tr>(.*?)</tr>", java.util.regex.Pattern.DOTALL);
  private static final java.util.regex.Pattern CELL =
      java.util.regex.Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", java.util.regex.Pattern.DOTALL);

  /** An HTML page's table rows, each its header and data cells' text with tags removed and entities read. */
  private static List<List<String>> html(byte[] file) {
    String page = new String(file, java.nio.charset.StandardCharsets.UTF_8);
    List<List<String>> lines = new ArrayList<>();
    java.util.regex.Matcher row = ROW.matcher(page);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      java.util.regex.Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        cells.add(cell.group(1).replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&quot;", "\"").replace("&amp;", "&"));
      }
      lines.add(cells);
    }
    return lines;
  }

  private static List<List<String>> csv(byte[] file) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    try (MappingIterator<String[]> records = mapper.readerFor(String[].class).readValues(file)) {
      while (records.hasNext()) {
        List<String> cells = new ArrayList<>();
        for (String cell : records.next()) {
          // The CSV guards text that a spreadsheet would take for a formula with an apostrophe.
          cells.add(cell.startsWith("'") ? cell.substring(1) : cell);
        }
        lines.add(cells);
      }
    }
    return lines;
  }
}
