package scorepack.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of the ledger's layout, each known by its header row, oldest first. A ledger in an
 * earlier format is read as it is, each column it lacks taking the value that format implied, and
 * the next {@code generate} writes it in the current format, every issue kept. This is the one
 * place a change to the ledger's columns goes: add a constant with the new header, give each new
 * column its value for older rows in {@link #IMPLIED}, and make it {@link #CURRENT}.
 */
public enum LedgerFormat {
  /** The first ledger, from the first release: a published figure per row, with no version column. */
  V1(1, List.of("pack", "period", "issued", "ref", "indicator", "breakdown", "field", "figure_period", "value",
      "text", "source")),
  /** Adds {@code scorepack_version}, the version of scorepack that issued each figure. */
  V2(2, with(V1, "scorepack_version")),
  /** Adds {@code edition}, the edition (restricted or public) that printed each figure. */
  V3(3, with(V2, "edition"));

  /** The format every ledger is written in. */
  public static final LedgerFormat CURRENT = V3;

  /**
   * What a column that an older format lacks holds for its rows. An older ledger does not say which
   * version wrote it, so its figures' {@code scorepack_version} is empty; a ledger from before
   * editions holds only the restricted edition's figures.
   */
  private static final Map<String, String> IMPLIED = Map.of("scorepack_version", "", "edition", Issue.RESTRICTED);

  private final int number;
  private final List<String> header;

  LedgerFormat(int number, List<String> header) {
    this.number = number;
    this.header = List.copyOf(header);
  }

  /** The format's number, as messages and the kept copy's name give it. */
  public int number() {
    return number;
  }

  /** The header row that marks a ledger of this format. */
  public List<String> header() {
    return header;
  }

  /** The format whose header this is, if any. */
  public static Optional<LedgerFormat> ofHeader(List<String> header) {
    for (LedgerFormat f : values()) {
      if (f.header.equals(header)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the header is a later format's: this one's columns and more. Such a ledger was written
   * by a newer scorepack, and is refused rather than rewritten without its new columns.
   */
  static boolean isNewer(List<String> header) {
    return header.size() > CURRENT.header.size() && header.subList(0, CURRENT.header.size()).equals(CURRENT.header);
  }

  /** A row of this format as the current format's columns, each column this one lacks as implied. */
  String[] upgraded(String[] row) {
    if (this == CURRENT) {
      return row;
    }
    String[] out = new String[CURRENT.header.size()];
    for (int i = 0; i < out.length; i++) {
      int at = header.indexOf(CURRENT.header.get(i));
      out[i] = at >= 0 ? row[at] : IMPLIED.get(CURRENT.header.get(i));
    }
    return out;
  }

  /** The name the file as it was is kept under when upgraded: {@code published.csv} becomes {@code published.v1.csv}. */
  public String keptName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? fileName + ".v" + number : fileName.substring(0, dot) + ".v" + number + fileName.substring(dot);
  }

  private static List<String> with(LedgerFormat earlier, String... columns) {
    List<String> h = new ArrayList<>(earlier.header);
    h.addAll(List.of(columns));
    return h;
  }
}
