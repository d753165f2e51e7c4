package scorepack.cli;

/** The process exit codes, shown by {@code --help}. */
enum ExitCode {
  /** Everything asked for was done. */
  OK(0, "success"),
  /** Something other than the input went wrong (e.g. an output could not be written). */
  FAILURE(1, "any other failure"),
  /** The input or the command line has problems; nothing was written. */
  BAD_INPUT(2, "bad input or usage: problems are listed on stderr and nothing was written");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  int code() {
    return code;
  }

  /** What the code means, as {@code --help} lists it. */
  String meaning() {
    return meaning;
  }
}
