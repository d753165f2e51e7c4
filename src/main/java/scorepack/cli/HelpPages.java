package scorepack.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every help page carries beyond its command's annotations: the exit codes, the version that
 * each subcommand's {@code --version} prints, and the examples of picocli's own help command.
 * Applied as the command tree is built, so that the help and the man pages the build writes from
 * the same classes show the same.
 */
final class HelpPages implements IModelTransformer {
  @Override
  public CommandSpec transform(CommandSpec root) {
    listExitCodes(root);
    for (var sub : root.subcommands().values()) {
      listExitCodes(sub.getCommandSpec());
      sub.getCommandSpec().versionProvider(root.versionProvider());
    }
    // picocli's own help command carries no annotation of ours to hold its examples.
    root.subcommands().get("help").getCommandSpec().usageMessage().footerHeading("%nExamples:%n")
        .footer("  scorepack help", "  scorepack help generate");
    return root;
  }

  private static void listExitCodes(CommandSpec command) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode c : ExitCode.values()) {
      codes.put(" " + c.code(), c.meaning());
    }
    command.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
  }
}
