/**
 * The ODS output: the same spreadsheet edition as the XLSX ({@code render.sheet}), written
 * with SODS, then finished with what SODS does not write (document properties, number formats,
 * links to sheets, landscape printing) and re-zipped with fixed times for byte-identical output.
 * SODS embeds no pictures, so the chart pictures are left out: the Charts sheet keeps each chart's
 * title and description and says where its picture is, and the Chart data sheet has its figures.
 */
package scorepack.render.ods;
