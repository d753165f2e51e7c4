package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import scorepack.diagnostic.Diagnostics;
import scorepack.extract.ExtractCutoff;
import scorepack.pack.Pack;
import scorepack.workspace.Workspace;
import scorepack.workspace.WorkspaceLoader;

/** What the golden tests share: the bundled workspace, the seed tables and a pack's CSV as a map. */
final class GoldenPacks {
  private GoldenPacks() {}

  /**
   * Each bundled pack with the month the whole-pack tests build it for: Members and Early Help at
   * March 2023, Corporate Parenting at its report's December 2022.
   */
  static Map<String, YearMonth> bundledPackPeriods() {
    Map<String, YearMonth> packs = new LinkedHashMap<>();
    packs.put("members", YearMonth.of(2023, 3));
    packs.put("early-help", YearMonth.of(2023, 3));
    packs.put("corporate-parenting", YearMonth.of(2022, 12));
    return packs;
  }

  /** The repository's own workspace, checked to be free of errors. */
  static Workspace bundledWorkspace() {
    return bundledWorkspace(Optional.empty());
  }

  /**
   * The repository's own workspace as it stood on a day (the extracts taken by then, as {@code --as-of}
   * reads them), checked to be free of errors.
   */
  static Workspace bundledWorkspace(Optional<LocalDate> asOf) {
    Diagnostics diagnostics = new Diagnostics();
    Workspace ws = WorkspaceLoader.load(Path.of("."), Path.of("samples"),
        ExtractCutoff.of(asOf, Clock.systemDefaultZone()), diagnostics);
    assertThat(diagnostics.sorted()).as("the bundled workspace is valid")
        .noneMatch(d -> d.severity().name().equals("ERROR"));
    return ws;
  }

  /** A seed table copied into the test resources, e.g. {@code members-2023-03.json}. */
  static JsonNode seedTable(String name) throws IOException {
    try (InputStream in = GoldenPacks.class.getResourceAsStream("/seed-tables/" + name)) {
      return new ObjectMapper().readTree(in);
    }
  }

  /** The pack's CSV output as "ref|indicator|breakdown|field|period" → (value, text, reference_period). */
  static Map<String, String[]> csvOf(Pack p) throws IOException {
    Map<String, String[]> rows = new HashMap<>();
    for (String line : new String(Format.CSV.render(p), StandardCharsets.UTF_8).split("\n")) {
      String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      rows.put(f[2] + "|" + f[3] + "|" + f[4] + "|" + f[5] + "|" + f[6],
          new String[] {f[7], f[8].replace("\"", "").replaceFirst("^'", ""), f[9]});
    }
    return rows;
  }

  /**
   * Whether a printed figure shows the seed's number, whatever months it says it describes ("153
   * (Oct21–Sep22)"). Where the report prints more decimals than the pack, the seed is compared at
   * the pack's precision.
   */
  static boolean sameNumber(String printed, BigDecimal seed) {
    String s = printed.replaceFirst(" \\([^)]*\\)$", "").replace("%", "").replace(",", "").trim();
    try {
      BigDecimal p = new BigDecimal(s);
      BigDecimal want = seed.scale() > p.scale() ? seed.setScale(p.scale(), RoundingMode.HALF_UP) : seed;
      return p.compareTo(want) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A looked-up CSV row as a mismatch message shows it. */
  static String shown(String[] got) {
    return got == null ? "nothing" : got[1].isEmpty() ? got[0] : got[1];
  }
}
