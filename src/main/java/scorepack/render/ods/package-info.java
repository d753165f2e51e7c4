/**
 * The ODS output: the same spreadsheet edition as the XLSX ({@code render.sheet}), written
 * with SODS, then finished with what SODS does not write (document properties, number formats,
 * links to sheets, landscape printing) and re-zipped with fixed times for byte-identical output.
 */
package scorepack.render.ods;
