/**
 * The pack as one self-contained, accessible HTML file: styles and charts inline, no external
 * requests, real tables with header cells, and DOT and RAG as words and colour together.
 */
package scorepack.render.html;
