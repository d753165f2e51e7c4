/**
 * The spreadsheet edition of a pack, laid out once and drawn by both the XLSX and the ODS writer:
 * which sheets, in which order, and every cell, following the Analysis Function's "Releasing
 * statistics in spreadsheets" (cover, contents and notes sheets; one marked-up table per sheet
 * with its title in A1; numbers as numbers; [x] and [z] for empty figures; [note N] markers).
 * Charts are pictures with alternative text, always beside their title and description as text and
 * with their figures in a table. It draws what the pack says and calculates nothing.
 */
package scorepack.render.sheet;
