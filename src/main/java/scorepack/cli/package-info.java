/**
 * The command line: picocli flags become a request, one job runs it, and the outcome becomes an
 * exit code. The only package that knows picocli, and the only {@code System.exit}.
 */
package scorepack.cli;
