package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A number in the commentary that misquotes a printed figure is a located warning, an error under --strict. */
class Issue14CommentaryFiguresTest {
  @TempDir
  Path temp;

  /** The mini workspace's December pack prints 1.1 children looked after as 555, 565 and 551 (October to December). */
  private Path miniWithComment(String text) throws IOException {
    return miniWithCommentIn(temp.resolve("ws"), text);
  }

  @Test
  void aCommentStatingThePrintedFiguresPassesQuietly() throws IOException {
    Path ws = miniWithComment("The number in care ended December at 551, down from 565 in November.");
    CliRun run = CliRun.of("validate", "--workspace", ws.toString(), "--strict");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("commentary/");
  }

  @Test
  void aMisquotedFigureIsAWarningAtTheNumberAndAnErrorUnderStrict() throws IOException {
    Path ws = miniWithComment("The number in care ended December at 553, down from 565 in November.");
    // "      The number in care ended December at 553": the 5 is the 44th character of line 4.
    String warning = "commentary/2022-12.yaml:4:44: warning: children-looked-after: the comment says 553, but"
        + " mini-2022-12 prints 551 on line 1.1 (children-looked-after) for December 2022; write the printed"
        + " figure, or list 553 under not_figures: if it states something the pack does not print";
    CliRun validate = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(validate.exitCode()).isZero();
    assertThat(validate.err()).contains(warning);
    CliRun generate = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(generate.exitCode()).isZero();
    assertThat(generate.err()).contains(warning);

    CliRun strictValidate = CliRun.of("validate", "--workspace", ws.toString(), "--strict");
    assertThat(strictValidate.exitCode()).isEqualTo(2);
    assertThat(strictValidate.err()).contains("commentary/2022-12.yaml:4:44: error: children-looked-after: the"
        + " comment says 553");
    Path strictWs = miniWithCommentIn(temp.resolve("strict"), "The number in care ended December at 553.");
    CliRun strictGenerate = CliRun.of("generate", "--workspace", strictWs.toString(), "--strict", "--format", "csv");
    assertThat(strictGenerate.exitCode()).isEqualTo(2);
    assertThat(strictGenerate.err()).contains("commentary/2022-12.yaml:4:44: error:");
    assertThat(strictWs.resolve("out")).doesNotExist();
  }

  @Test
  void aNumberListedUnderNotFiguresIsLeftAlone() throws IOException {
    Path ws = miniWithComment("Of the children who came into care, 560 days was the longest wait.\n"
        + "    not_figures: [560]");
    CliRun run = CliRun.of("validate", "--workspace", ws.toString(), "--strict");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void yearsDatesWordsReferencesAndTargetsInACommentRaiseNoWarning() throws IOException {
    Path ws = miniWithComment("In 2022/23, as at 31/12/2022, ten fewer children than line 1.1 showed in"
        + " December 2021 were in care; we aim for 560 by March and nearly 550 is likely.");
    CliRun run = CliRun.of("validate", "--workspace", ws.toString(), "--strict");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void theMembersB8CommentIsCaughtAgainstA12sPrintedCount() throws IOException {
    Path ws = bundledWorkspaceCopy();
    Path march = ws.resolve("commentary/2023-03.yaml");
    String original = """
          - indicator: looked-after-children-rate
            text: >-
              The number of children in care ended the year at 550, ten fewer than in March 2022, but the rate
              stays above the target as the child population estimate fell.
        """;
    String yaml = Files.readString(march);
    int from = yaml.indexOf("  - indicator: looked-after-children-rate");
    int to = yaml.indexOf("  - indicator:", from + 1);
    Files.writeString(march, yaml.substring(0, from) + original + yaml.substring(to));
    int line = (int) yaml.substring(0, from).lines().count() + 3;

    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // "      The number of children in care ended the year at 550": the 5 is the 56th character.
    assertThat(run.err()).contains("commentary/2023-03.yaml:" + line + ":56: warning: looked-after-children-rate:"
        + " the comment says 550, but members-2023-03 prints 545 on line A.12 (SC) (looked-after-children) for"
        + " March 2023");
    assertThat(run.err().lines().filter(l -> l.startsWith("commentary/"))).hasSize(2)
        .allMatch(l -> l.contains("the comment says 550"));
  }

  private Path miniWithCommentIn(Path target, String text) throws IOException {
    Path ws = MiniWorkspace.copyTo(target);
    Files.createDirectories(ws.resolve("commentary"));
    Files.writeString(ws.resolve("commentary/2022-12.yaml"), "commentary:\n  - indicator: children-looked-after\n"
        + "    text: >-\n      " + text + "\n");
    return ws;
  }

  /** The repository's own workspace, without its ledger and outputs. */
  private Path bundledWorkspaceCopy() throws IOException {
    Path ws = Files.createDirectories(temp.resolve("bundled"));
    for (String part : List.of("scorepack.yaml", "glossary.yaml", "indicators", "templates", "reference", "sources",
        "samples", "commentary")) {
      Path from = Path.of(part);
      if (!Files.exists(from)) {
        continue;
      }
      try (Stream<Path> all = Files.walk(from)) {
        all.forEach(p -> {
          try {
            Files.copy(p, ws.resolve(p.toString()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    return ws;
  }
}
