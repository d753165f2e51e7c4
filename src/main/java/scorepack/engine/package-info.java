/**
 * The calculation engine: pure functions from indicator definitions and observed figures to every
 * figure, direction of travel and RAG status a scorecard prints. Imports only the JDK; does no I/O.
 */
package scorepack.engine;
