/**
 * The XLSX output: a Cover, Scorecard and Glossary sheet laid out from a finished pack, with real
 * numbers behind every figure and byte-identical output for the same pack.
 */
package scorepack.render.xlsx;
