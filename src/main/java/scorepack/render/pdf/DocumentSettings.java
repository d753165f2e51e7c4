package scorepack.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TimeZone;
import scorepack.pack.PackMetadata;
import scorepack.release.Release;

/**
 * Everything about the document other than its pages: tagging, PDF 1.7, the title shown in the
 * window, the outline shown on opening, the title, subject, author and language (in the Info
 * dictionary and the XMP packet alike), the sRGB output intent, and the fixed dates and file ID
 * that make the same pack give the same bytes.
 */
final class DocumentSettings {
  static final String CREATOR = "scorepack";
  /** The Info dictionary's and the XMP's producer: this release, and the PDF library under it. */
  static final String PRODUCER = Release.nameAndVersion() + " (" + Document.getVersion() + ")";
  private static final int COMPRESSION_LEVEL = 3;

  private final PackMetadata metadata;
  private final Instant created;

  DocumentSettings(PackMetadata metadata) {
    this.metadata = metadata;
    // PDF dates have whole seconds; the XMP must say the same.
    this.created = metadata.created().truncatedTo(ChronoUnit.SECONDS);
  }

  /** Settings that must be made before {@link Document#open()}. */
  void beforeOpen(Document document, PdfWriter writer) {
    writer.setTagged();
    writer.setPdfVersion(PdfWriter.VERSION_1_7);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
    writer.setTabs(PdfName.S);
    // zlib's default level spent more time deflating the sparklines' and charts' drawings than
    // drawing them took; level 3 deflates the Corporate Parenting pack a third faster, 5% larger.
    writer.setCompressionLevel(COMPRESSION_LEVEL);
    // Object and cross-reference streams (PDF 1.5, allowed by PDF/A-2 and PDF/UA): the structure
    // tree's thousands of small objects go into deflated streams, halving a pack's file, and
    // OpenPDF's text cross-reference table, which took a tenth of a PDF's writing, is not written.
    writer.setFullCompression();
    document.addTitle(metadata.title());
    document.addSubject(metadata.subject());
    document.addAuthor(metadata.author());
    document.addCreator(CREATOR);
    document.addProducer(PRODUCER);
  }

  /** Settings that must be made after {@link Document#open()}, before the document is closed. */
  void afterOpen(PdfWriter writer) throws IOException {
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
    PdfDate date = new PdfDate(utc(created));
    writer.getInfo().put(PdfName.CREATIONDATE, date);
    writer.getInfo().put(PdfName.MODDATE, date);
    byte[] id = fileId();
    // OpenPDF writes this Info entry as the trailer's /ID instead of a random one.
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    writer.setXmpMetadata(XmpPacket.of(metadata, created, PRODUCER, CREATOR));
    // "PDFA/1" makes OpenPDF write the output intent as /S /GTS_PDFA1, the subtype PDF/A asks for.
    writer.setOutputIntents("sRGB IEC61966-2.1", "PDFA/1", "http://www.color.org", "sRGB IEC61966-2.1",
        ICC_Profile.getInstance(ColorSpace.CS_sRGB));
  }

  /** The document id's 16 bytes when it is an MD5 in hex, else the MD5 of the id. */
  private byte[] fileId() {
    String hex = metadata.documentId().toLowerCase(Locale.ROOT);
    if (hex.matches("[0-9a-f]{32}")) {
      return HexFormat.of().parseHex(hex);
    }
    try {
      return MessageDigest.getInstance("MD5").digest(metadata.documentId().getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is always available", e);
    }
  }

  private static Calendar utc(Instant instant) {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.clear();
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }
}
