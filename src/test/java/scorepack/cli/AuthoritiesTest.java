package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One workspace, one extracts folder per authority: every authority's packs in one run. */
class AuthoritiesTest {
  @TempDir
  Path temp;

  /** The mini workspace with its extracts copied into one folder per authority. */
  private Path workspaceFor(String... authorities) throws IOException {
    return MiniWorkspace.copyForAuthorities(temp.resolve("ws"), authorities);
  }

  @Test
  void allBuildsEveryAuthoritysPacksIntoItsOwnFolderWithItsOwnLedger() throws IOException {
    Path ws = workspaceFor("barnsley", "rotherham");
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--authority", "ALL", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(ws.resolve("out/barnsley/mini-2022-12.csv")).exists();
    // The same extracts give the same figures; the data notes' working names each authority's own files.
    List<String> rotherham = Files.readAllLines(ws.resolve("out/rotherham/mini-2022-12.csv"));
    List<String> barnsley = Files.readAllLines(ws.resolve("out/barnsley/mini-2022-12.csv"));
    assertThat(rotherham).hasSameSizeAs(barnsley);
    assertThat(rotherham.stream().map(l -> l.replace("samples/rotherham/", "samples/barnsley/")))
        .containsExactlyElementsOf(barnsley);
    assertThat(rotherham).anyMatch(l -> l.contains(",data_quality,") && l.contains("samples/rotherham/"));
    assertThat(ws.resolve("ledger/barnsley/published.csv")).exists();
    assertThat(ws.resolve("ledger/rotherham/published.csv")).exists();
    assertThat(run.out()).contains("2 file(s) written");
    CliRun revisions = CliRun.of("revisions", "--workspace", ws.toString(), "--authority", "rotherham");
    assertThat(revisions.out()).contains("in 1 issue(s) in ledger/rotherham/published.csv");
  }

  @Test
  void anAuthorityWithBadInputGetsNoPacksAndTheOthersStillGetTheirs() throws IOException {
    Path ws = workspaceFor("barnsley", "rotherham");
    Files.writeString(ws.resolve("samples/rotherham/2023-01-05-extract.csv"),
        "indicator,period,breakdown,value,numerator,denominator\nreviews-in-time,2022-12,,,38,37\n");
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--authority", "ALL", "--format", "csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("samples/rotherham/2023-01-05-extract.csv:2:5: error: rotherham: column numerator:",
        "no packs were written for rotherham; the other authority's packs were written.");
    assertThat(ws.resolve("out/barnsley/mini-2022-12.csv")).exists();
    assertThat(ws.resolve("out/rotherham")).doesNotExist();
  }

  @Test
  void aProblemSeveralAuthoritiesMeetIsSaidOnceNamingThem() throws IOException {
    Path ws = workspaceFor("barnsley", "rotherham", "sheffield");
    // Barnsley's and Sheffield's extracts have no December figure for children looked after; Rotherham's has.
    for (String authority : List.of("barnsley", "sheffield")) {
      Path extract = ws.resolve("samples/" + authority + "/2023-01-05-extract.csv");
      Files.write(extract, Files.readAllLines(extract).stream()
          .filter(l -> !l.startsWith("children-looked-after,2022-12")).toList());
    }
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--authority", "ALL", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> gap = run.err().lines().filter(l -> l.contains("'children-looked-after' in Dec 2022")).toList();
    assertThat(gap).singleElement().asString()
        .startsWith("templates/mini.yaml:10:9: warning: 2 authorities (barnsley, sheffield): row 1.1: ");

    // The workspace has no public edition for any authority: one error, not one an authority.
    CliRun publicEdition = CliRun.of("generate", "--workspace", ws.toString(), "--authority", "ALL", "--format",
        "csv", "--edition", "public");
    assertThat(publicEdition.exitCode()).isEqualTo(2);
    assertThat(publicEdition.err().lines().filter(l -> l.contains("has no public edition")).toList())
        .containsExactly("templates/mini.yaml:1:1: error: all 3 authorities: pack 'mini' has no public edition: add"
            + " 'public_edition:' to this template or to scorepack.yaml (docs/rules.md, \"The public edition\")");
    assertThat(publicEdition.err()).contains("scorepack: 1 error(s) in the input; no packs were written for"
        + " barnsley, rotherham, sheffield.");
  }

  @Test
  void oneAuthorityByNameAndAnUnknownOneIsAnError() throws IOException {
    Path ws = workspaceFor("barnsley", "rotherham");
    assertThat(CliRun.of("generate", "--workspace", ws.toString(), "--authority", "barnsley", "--format", "csv")
        .exitCode()).isZero();
    assertThat(ws.resolve("out/rotherham")).doesNotExist();
    CliRun unknown = CliRun.of("generate", "--workspace", ws.toString(), "--authority", "sheffield");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no extracts folder for --authority sheffield");
  }

  @Test
  void explainShowsOneAuthoritysLineFromItsOwnExtracts() throws IOException {
    Path ws = workspaceFor("barnsley", "rotherham");
    // Rotherham re-ran December: 30 of 37 reviews in time, 81.1%, against Barnsley's 36 of 37, 97.3%.
    Files.writeString(ws.resolve("samples/rotherham/2023-01-20-extract.csv"),
        "indicator,period,breakdown,value,numerator,denominator\nreviews-in-time,2022-12,,,30,37\n");
    CliRun rotherham = CliRun.of("explain", "reviews-in-time", "--workspace", ws.toString(), "--authority",
        "rotherham");
    assertThat(rotherham.exitCode()).as(rotherham.err()).isZero();
    assertThat(rotherham.out()).contains("Dec 2022: 81.1%", "= 30 / 37",
        "row:  samples/rotherham/2023-01-20-extract.csv:2",
        "samples/rotherham/2023-01-20-extract.csv:2 (extracted 2023-01-20) replaced"
            + " samples/rotherham/2023-01-05-extract.csv:6");
    CliRun barnsley = CliRun.of("explain", "reviews-in-time", "--workspace", ws.toString(), "--authority",
        "barnsley");
    assertThat(barnsley.out()).contains("Dec 2022: 97.3%", "row:  samples/barnsley/2023-01-05-extract.csv:6")
        .doesNotContain("rotherham");

    CliRun all = CliRun.of("explain", "reviews-in-time", "--workspace", ws.toString(), "--authority", "ALL");
    assertThat(all.exitCode()).isEqualTo(2);
    assertThat(all.err()).contains("explain shows one authority's line at a time");
    CliRun unknown = CliRun.of("explain", "reviews-in-time", "--workspace", ws.toString(), "--authority",
        "sheffield");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no extracts folder for --authority sheffield");
    assertThat(CliRun.of("explain", "reviews-in-time", "--workspace", ws.toString(), "--authority", "../x")
        .err()).contains("not a plain folder name");
  }
}
