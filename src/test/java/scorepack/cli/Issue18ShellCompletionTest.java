package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Issue 18, point 6: the shell completion and the man pages are written at build time by picocli's
 * tools, from the command classes as they are (see pom.xml). Here the completion is made the way
 * those tools make it and run in a real bash; DistributionIT checks the files the build ships.
 */
class Issue18ShellCompletionTest {
  @TempDir
  Path temp;

  @Test
  void theBashCompletionCompletesCommandsOptionsAndTheValuesAnOptionTakes() throws Exception {
    // As picocli.AutoComplete, which the build runs on scorepack.cli.RootCommand, makes it.
    Path script = temp.resolve("scorepack.bash");
    Files.writeString(script, AutoComplete.bash("scorepack", new CommandLine(new RootCommand())));

    assertThat(complete(script, "scorepack", "gen")).containsExactly("generate");
    assertThat(complete(script, "scorepack", "")).contains("generate", "validate", "extract", "explain",
        "revisions", "init", "help");
    assertThat(complete(script, "scorepack", "generate", "--per")).containsExactly("--period");
    assertThat(complete(script, "scorepack", "validate", "--ed")).containsExactly("--edition");
    assertThat(complete(script, "scorepack", "generate", "--edition", "")).containsExactly("RESTRICTED", "PUBLIC",
        "ALL");
    assertThat(complete(script, "scorepack", "generate", "--format", "")).contains("PDF", "XLSX", "ODS", "CSV",
        "DOCX", "HTML");
  }

  @Test
  void everySubcommandsVersionOptionPrintsTheVersion() {
    // Regression: -V was offered on every subcommand's help page but printed nothing there.
    String version = CliRun.of("--version").out();
    assertThat(version).startsWith("scorepack ");
    for (String command : List.of("generate", "validate", "extract", "explain", "revisions", "init")) {
      CliRun run = CliRun.of(command, "--version");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).isEqualTo(version);
    }
  }

  @Test
  void theCommandListGivesEachCommandOneLine() {
    // The line a man page's NAME section, and so whatis and apropos, show for the command.
    String help = CliRun.of("--help").out();
    assertThat(help).contains("  generate   Builds the scorecard packs for a month." + System.lineSeparator(),
        "  init       Creates a council's own workspace." + System.lineSeparator());
    assertThat(help.lines().filter(l -> l.startsWith("               "))).as("no command wraps").isEmpty();
    // The page of a command still gives its whole description under the line.
    assertThat(CliRun.of("help", "generate").out()).startsWith("Builds the scorecard packs for a month.")
        .contains("Builds the scorecard packs for a reporting month and writes");
  }

  /** The words bash's completion offers for the last word of the command line given. */
  private static List<String> complete(Path script, String... words) throws IOException, InterruptedException {
    StringBuilder array = new StringBuilder();
    for (String w : words) {
      array.append(" '").append(w).append('\'');
    }
    String line = String.join(" ", words);
    String bash = "source '" + script + "' 2>/dev/null\n"
        + "COMP_WORDS=(" + array + ")\n"
        + "COMP_CWORD=" + (words.length - 1) + "\n"
        + "COMP_LINE='" + line + "'\n"
        + "COMP_POINT=${#COMP_LINE}\n"
        + "_complete_scorepack 2>/dev/null\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process p = new ProcessBuilder("bash", "-c", bash).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
  }
}
