/**
 * The XLSX output: the spreadsheet edition laid out in {@code layout}, drawn with Apache POI, with
 * real numbers behind every figure, trend charts as PNG pictures with alternative text, and
 * byte-identical output for the same pack.
 */
package scorepack.render.xlsx;
