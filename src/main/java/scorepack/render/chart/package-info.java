/**
 * Small charts drawn from a pack's values onto any {@link java.awt.Graphics2D}: vector in a PDF,
 * raster in a spreadsheet image. Renderer-neutral; only JFreeChart and the JDK.
 */
package scorepack.render.chart;
