/**
 * The spreadsheet edition of a pack, laid out once and drawn by both the XLSX and the ODS writer:
 * which sheets, in which order, and every cell, following the Analysis Function's "Releasing
 * statistics in spreadsheets" (cover, contents and notes sheets; one marked-up table per sheet
 * with its title in A1; numbers as numbers; [x] and [z] for empty figures; [note N] markers).
 * It draws what the pack says and calculates nothing.
 */
package scorepack.render.sheet;
