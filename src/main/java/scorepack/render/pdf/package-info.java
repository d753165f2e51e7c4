/**
 * The PDF output: a tagged (PDF/UA-1, PDF/A-2a) landscape pack with a front page and its linked
 * contents list, the summary of RAG counts and findings, the key facts as cards with their trend
 * charts, the scorecard table with vector sparklines, the exceptions and commentary, the trend
 * charts of marked lines, the appendices, and a bookmark for every part and scorecard section.
 * OpenPDF does not tag its high-level layout, so this package lays out and paginates every part
 * itself (tables by rows, running text by {@link scorepack.render.pdf.Block blocks}) and tags each
 * piece as it draws it; the same pack always gives the same bytes.
 */
package scorepack.render.pdf;
