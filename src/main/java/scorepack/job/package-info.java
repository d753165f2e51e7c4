/**
 * The month-end jobs the command line runs: load the workspace, calculate, lay out, render, and
 * write the outputs safely. No picocli here: the CLI only turns flags into a request.
 */
package scorepack.job;
