/**
 * Charts drawn from a pack's values onto any {@link java.awt.Graphics2D}: vector in a PDF, raster in
 * a spreadsheet image. {@link scorepack.render.chart.Sparklines} draws a row's small bar chart,
 * {@link scorepack.render.chart.TrendCharts} a line's two-year trend with its labelled reference
 * levels. Renderer-neutral; only JFreeChart and the JDK.
 */
package scorepack.render.chart;
