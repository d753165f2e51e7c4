/**
 * The finished, format-neutral pack: every printed text and number, laid out in sections, rows and
 * columns, built from engine results and a template. Renderers draw exactly what this says.
 */
package scorepack.pack;
