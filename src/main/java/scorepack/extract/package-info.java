/**
 * Reads the month-end extracts (long-form CSV) and the reference files (populations, benchmarks)
 * into engine observations, checking every row against the indicator definitions.
 */
package scorepack.extract;
