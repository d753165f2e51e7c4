package scorepack.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word's own numbered and bulleted lists, so that a list is read as a list and its numbers are
 * Word's, not typed: each list gets its own numbering, starting at 1.
 */
final class WordLists {
  private static final int INDENT = 720;
  private static final int HANGING = 360;

  private final XWPFNumbering numbering;
  private int next;

  WordLists(XWPFDocument document) {
    this.numbering = document.createNumbering();
  }

  /** A new numbered list: 1., 2., 3. */
  BigInteger numbered() {
    return list(STNumberFormat.DECIMAL, "%1.");
  }

  /** A new bulleted list. */
  BigInteger bulleted() {
    return list(STNumberFormat.BULLET, "\u2022");
  }

  private BigInteger list(STNumberFormat.Enum format, String text) {
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(BigInteger.valueOf(next++));
    CTLvl level = definition.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewStart().setVal(BigInteger.ONE);
    level.addNewNumFmt().setVal(format);
    level.addNewLvlText().setVal(text);
    level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(INDENT));
    level.getPPr().getInd().setHanging(BigInteger.valueOf(HANGING));
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition));
    return numbering.addNum(abstractId);
  }
}
