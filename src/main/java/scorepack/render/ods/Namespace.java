package scorepack.render.ods;

/** The XML namespaces of an ODS package, each with the prefix it is written with. */
enum Namespace {
  /** The document's parts and body. */
  OFFICE("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
  /** Styles and page layouts. */
  STYLE("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
  /** Sheets, rows, cells and database ranges. */
  TABLE("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
  /** Paragraphs, spaces, links and page numbers. */
  TEXT("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
  /** Number formats (ODF calls them data styles). */
  NUMBER("number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"),
  /** Formatting properties borrowed from XSL-FO. */
  FO("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
  /** Links to other sheets. */
  XLINK("xlink", "http://www.w3.org/1999/xlink"),
  /** Document properties. */
  META("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
  /** Dublin Core document properties. */
  DC("dc", "http://purl.org/dc/elements/1.1/"),
  /** The package's list of parts. */
  MANIFEST("manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

  final String prefix;
  final String uri;

  Namespace(String prefix, String uri) {
    this.prefix = prefix;
    this.uri = uri;
  }
}
