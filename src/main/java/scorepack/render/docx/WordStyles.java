package scorepack.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The document's styles: Word's own built-in names (Title, heading 1–3, List Paragraph), so that
 * Word's navigation pane, a screen reader and the accessibility checker know the headings.
 */
enum WordStyles {
  NORMAL("Normal", "Normal", -1, 22, false),
  TITLE("Title", "Title", -1, 40, true),
  HEADING_1("Heading1", "heading 1", 0, 32, true),
  HEADING_2("Heading2", "heading 2", 1, 28, true),
  HEADING_3("Heading3", "heading 3", 2, 24, true),
  LIST_PARAGRAPH("ListParagraph", "List Paragraph", -1, 22, false);

  private static final String FONT = "Arial";
  private final String id;
  private final String name;
  private final int outlineLevel;
  private final int halfPoints;
  private final boolean bold;

  WordStyles(String id, String name, int outlineLevel, int halfPoints, boolean bold) {
    this.id = id;
    this.name = name;
    this.outlineLevel = outlineLevel;
    this.halfPoints = halfPoints;
    this.bold = bold;
  }

  String id() {
    return id;
  }

  /** Adds every style, and the document's default font and language. */
  static void addTo(XWPFDocument document, String language) {
    XWPFStyles styles = document.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    styles.setDefaultFonts(fonts);
    styles.setSpellingLanguage(language);
    for (WordStyles s : values()) {
      styles.addStyle(new XWPFStyle(s.style()));
    }
  }

  private CTStyle style() {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    if (this != NORMAL) {
      style.addNewBasedOn().setVal(NORMAL.id);
      style.addNewNext().setVal(NORMAL.id);
    }
    style.addNewQFormat();
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewSpacing().setAfter(BigInteger.valueOf(this == NORMAL ? 120 : 160));
    if (outlineLevel >= 0) {
      paragraph.addNewKeepNext();
      paragraph.getSpacing().setBefore(BigInteger.valueOf(240));
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }
    if (this == LIST_PARAGRAPH) {
      paragraph.addNewContextualSpacing();
    }
    CTRPr run = style.addNewRPr();
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    if (bold) {
      run.addNewB();
    }
    return style;
  }
}
