/**
 * Runs the queries of SQL sources against a council's reporting database over JDBC, read-only,
 * and writes each source's result into the data folder as a new dated extract with its
 * provenance beside it, never changing or replacing a file already there.
 */
package scorepack.sql;
