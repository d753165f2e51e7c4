package scorepack.definition;

/**
 * How much of each kind of input a run reads before refusing it, from {@code limits:} in
 * {@code scorepack.yaml}. Each is checked before the file is read whole, so that a damaged or
 * hostile file is refused in moments rather than exhausting the memory of the machine.
 *
 * @param lineCharacters the longest line of a CSV or YAML file
 * @param yamlFileKilobytes the largest YAML file (indicators, templates, glossary, commentary), in
 *     kilobytes of 1,000 bytes; {@code scorepack.yaml} itself is read within the default
 * @param xlsxSheetMegabytes the largest XLSX sheet, uncompressed, in megabytes of 1,000,000 bytes
 */
public record Limits(int lineCharacters, int yamlFileKilobytes, int xlsxSheetMegabytes) {
  /** The limits when {@code scorepack.yaml} sets none: many times the largest real input. */
  public static final Limits DEFAULT = new Limits(10_000, 10_000, 20);

  public Limits {
    if (lineCharacters < 1 || yamlFileKilobytes < 1 || xlsxSheetMegabytes < 1) {
      throw new IllegalArgumentException("every limit must be 1 or more");
    }
  }

  /** The largest YAML file, in bytes. */
  public long yamlFileBytes() {
    return yamlFileKilobytes * 1_000L;
  }

  /** The largest XLSX sheet, uncompressed, in bytes. */
  public long xlsxSheetBytes() {
    return xlsxSheetMegabytes * 1_000_000L;
  }
}
