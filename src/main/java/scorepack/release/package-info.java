/**
 * Which release of scorepack this is: the one version the jar, {@code --version}, the PDF's
 * producer and the run record report. Imports only the JDK, so that every package may use it.
 */
package scorepack.release;
