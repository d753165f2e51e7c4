package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, cases 2, 7 and 8: generate writes only into out/ and ledger/, never through a link it
 * did not expect, and says what failed, on which file, and what to do.
 */
class Issue16WritesOnlyItsOwnFilesTest {
  @TempDir
  Path temp;

  private Path ws() throws IOException {
    return MiniWorkspace.copyTo(temp.resolve("ws"));
  }

  /** Every file and folder under a folder, with its size, to show that nothing changed. */
  private static Map<String, Long> tree(Path folder) throws IOException {
    Map<String, Long> all = new TreeMap<>();
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.toList()) {
        all.put(folder.relativize(p).toString(), Files.isRegularFile(p) ? Files.size(p) : -1L);
      }
    }
    return all;
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x", "a/b", "..", ".", ".hidden", "a\\b", "C:x", ""})
  void anAuthorityThatIsNotAPlainFolderNameIsBadInput(String authority) throws IOException {
    Path ws = ws();
    Map<String, Long> before = tree(temp);
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--authority", authority);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--authority: error: expected the name of one folder inside the data folder"
        + " (such as barnsley), or ALL; found '" + authority + "', which is not a plain folder name",
        "nothing was written");
    assertThat(tree(temp)).isEqualTo(before);
  }

  @Test
  void anAuthorityGivenAsTheDataFoldersOwnPathWritesNothingIntoIt() throws IOException {
    Path ws = ws();
    Map<String, Long> before = tree(temp);
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--authority", ws.resolve("samples").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("which is not a plain folder name");
    assertThat(tree(temp)).isEqualTo(before);
    assertThat(CliRun.of("validate", "--workspace", ws.toString()).exitCode()).isZero();
  }

  @Test
  void anOutThatIsAFileIsBadInputNamedInOurWords() throws IOException {
    Path ws = ws();
    Path readme = Files.writeString(ws.resolve("README.md"), "notes\n");
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--out", readme.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--out: error: " + readme + " is a file, not a folder; expected the folder to"
        + " write the packs into (it is made if it does not exist)").contains("nothing was written");
    CliRun inside = CliRun.of("generate", "--workspace", ws.toString(), "--out", readme.resolve("packs").toString());
    assertThat(inside.exitCode()).isEqualTo(2);
    assertThat(inside.err()).contains(readme + " is a file, not a folder");
    assertThat(ws.resolve("ledger")).doesNotExist();
  }

  @Test
  void aWorkspaceThatIsNoFolderIsBadInputAndNothingIsMade() {
    Path missing = temp.resolve("no-such-workspace");
    CliRun run = CliRun.of("generate", "--workspace", missing.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--workspace: error: " + missing + " is not a folder; expected the folder holding"
        + " indicators/, templates/ and glossary.yaml");
    assertThat(missing).doesNotExist();
  }

  @Test
  void generateNeverWritesIntoTheDataFolder() throws IOException {
    Path ws = ws();
    Map<String, Long> before = tree(ws.resolve("samples"));
    CliRun out = CliRun.of("generate", "--workspace", ws.toString(), "--out", ws.resolve("samples/packs").toString());
    assertThat(out.exitCode()).isEqualTo(2);
    assertThat(out.err()).contains("--out: error: " + ws.resolve("samples/packs") + " lies inside the data folder "
        + ws.resolve("samples") + "; scorepack never writes among the extracts");
    Files.writeString(ws.resolve("extract.csv"), Files.readString(ws.resolve("samples/2023-01-05-extract.csv")));
    CliRun data = CliRun.of("generate", "--workspace", ws.toString(), "--data", ws.toString(), "--out",
        temp.resolve("elsewhere").toString());
    assertThat(data.exitCode()).isEqualTo(2);
    assertThat(data.err()).contains("--data: error: the data folder " + ws + " holds the workspace's "
        + ws.resolve("ledger") + " folder");
    assertThat(tree(ws.resolve("samples"))).isEqualTo(before);
    assertThat(temp.resolve("elsewhere")).doesNotExist();
    assertThat(ws.resolve("ledger")).doesNotExist();
  }

  @Test
  void aLockFileThatIsALinkIsNeverFollowed() throws IOException {
    Path ws = ws();
    Path target = temp.resolve("elsewhere.txt");
    Files.createSymbolicLink(ws.resolve(".scorepack.lock"), target);
    CliRun run = CliRun.of("generate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("scorepack: error: " + ws.resolve(".scorepack.lock") + " is a symbolic link;"
        + " scorepack never follows a link to take its lock. Nothing was written: delete the link and run again");
    assertThat(target).doesNotExist();
    assertThat(ws.resolve("out")).doesNotExist();
  }

  @Test
  void aPackThatWasALinkIsReplacedByAFileWithTheFoldersPermissionsAndItsTargetIsUntouched() throws IOException {
    Path ws = ws();
    Path secret = Files.writeString(temp.resolve("secret.csv"), "private\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    Path pack = Files.createDirectories(ws.resolve("out")).resolve("mini-2022-12.csv");
    Files.createSymbolicLink(pack, secret);
    Path plain = Files.createFile(ws.resolve("out/made-by-hand.txt"));

    assertThat(CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv").exitCode()).isZero();
    assertThat(Files.isSymbolicLink(pack)).isFalse();
    assertThat(Files.readString(pack)).startsWith("pack,section,");
    assertThat(Files.getPosixFilePermissions(pack, LinkOption.NOFOLLOW_LINKS))
        .isEqualTo(Files.getPosixFilePermissions(plain));
    assertThat(secret).hasContent("private");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
  }

  @Test
  void aReplacedPackKeepsItsPermissions() throws IOException {
    Path ws = ws();
    assertThat(CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv").exitCode()).isZero();
    Path pack = ws.resolve("out/mini-2022-12.csv");
    Files.setPosixFilePermissions(pack, PosixFilePermissions.fromString("rw-rw----"));
    Files.writeString(pack, "old\n");
    assertThat(CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv").exitCode()).isZero();
    assertThat(Files.readString(pack)).startsWith("pack,section,");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pack))).isEqualTo("rw-rw----");
  }

  @Test
  void aLinkedLedgerIsUpdatedThroughTheLink() throws IOException {
    Path ws = ws();
    assertThat(CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv").exitCode()).isZero();
    Path records = Files.createDirectories(temp.resolve("records"));
    Path real = Files.move(ws.resolve("ledger/published.csv"), records.resolve("scorepack-ledger.csv"));
    Files.createSymbolicLink(ws.resolve("ledger/published.csv"), real);
    Files.writeString(ws.resolve("samples/2023-01-20-extract.csv"),
        "indicator,period,breakdown,value,numerator,denominator\nreviews-in-time,2022-12,,,30,37\n");

    assertThat(CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv").exitCode()).isZero();
    assertThat(Files.isSymbolicLink(ws.resolve("ledger/published.csv"))).isTrue();
    assertThat(Files.readString(real)).contains("mini,2022-12,2023-01-20,1.2,reviews-in-time,,month,2022-12,81.081081,81.1%");
    try (Stream<Path> s = Files.list(records)) {
      assertThat(s).containsExactly(real);
    }
  }

  @Test
  void aLinkedLedgerThatLeadsNowhereIsRefusedAndNothingIsWritten() throws IOException {
    Path ws = ws();
    Path ledger = Files.createDirectories(ws.resolve("ledger")).resolve("published.csv");
    Files.createSymbolicLink(ledger, temp.resolve("gone.csv"));
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(ledger + " is a symbolic link to " + temp.resolve("gone.csv") + ", which is not a"
        + " ledger file. Nothing was written: point the link at the ledger, or put the ledger itself in its place,"
        + " and run again");
    assertThat(temp.resolve("gone.csv")).doesNotExist();
    assertThat(ws.resolve("out")).doesNotExist();
    assertThat(Files.isSymbolicLink(ledger)).isTrue();
  }

  @Test
  void theNextRunRemovesWhatAnInterruptedOneLeft() throws IOException {
    Path ws = ws();
    Path out = Files.createDirectories(ws.resolve("out"));
    Path ledger = Files.createDirectories(ws.resolve("ledger/barnsley"));
    List<Path> strays = List.of(out.resolve(".mini-2022-12.csv.4181298471.part"),
        out.resolve(".mini-2022-12.pdf.scorepack-new"), ledger.resolve(".published.csv.scorepack-old"),
        ws.resolve(".scorepack-journal.tmp"));
    for (Path stray : strays) {
      Files.writeString(stray, "left by a run killed mid-write", StandardCharsets.UTF_8);
    }
    Path kept = Files.writeString(out.resolve(".clerks-notes.part"), "not ours");
    assertThat(CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv").exitCode()).isZero();
    strays.forEach(stray -> assertThat(stray).doesNotExist());
    assertThat(kept).exists();
  }

  @Test
  void anExtractThatCannotBeReadForPermissionsSaysSo() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root may read any file");
    Path ws = ws();
    Path extract = ws.resolve("samples/2023-01-05-extract.csv");
    Files.setPosixFilePermissions(extract, PosixFilePermissions.fromString("---------"));
    CliRun run = CliRun.of("generate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("2023-01-05-extract.csv: error: cannot be read: permission denied: the user that"
        + " runs scorepack may not read it; grant it read access and run again").doesNotContain("UTF-8");
  }
}
