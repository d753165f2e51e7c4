/**
 * The PDF output: a tagged (PDF/UA-1, PDF/A-2a) landscape pack with a front page, the scorecard
 * table with vector sparklines, and the glossary and data-notes appendices. OpenPDF does not tag
 * its high-level layout, so this package lays out and paginates every table itself and tags each
 * piece as it draws it; the same pack always gives the same bytes.
 */
package scorepack.render.pdf;
