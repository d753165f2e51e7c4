/** Renderers: each draws a finished {@link scorepack.pack.Pack} in one format, and only that. */
package scorepack.render;
