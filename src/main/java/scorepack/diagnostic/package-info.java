/**
 * Problems found in a user's input, reported as {@code file:line:col: error: message}, gathered so
 * that one run reports all of them.
 */
package scorepack.diagnostic;
