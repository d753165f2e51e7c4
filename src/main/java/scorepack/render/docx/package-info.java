/** Draws a covering report as an accessible Word document with Apache POI's XWPF. */
package scorepack.render.docx;
