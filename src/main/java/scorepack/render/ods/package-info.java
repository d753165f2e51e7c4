/**
 * The ODS output: the same spreadsheet edition as the XLSX ({@code render.sheet}), written in one
 * pass with the JDK's StAX writer straight into a zip with fixed entry times, so that the same pack
 * gives the same bytes. It embeds no pictures: the Charts sheet keeps each chart's title and
 * description and says where its picture is, and the Chart data sheet has its figures.
 */
package scorepack.render.ods;
