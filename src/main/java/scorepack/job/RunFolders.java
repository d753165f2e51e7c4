package scorepack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import scorepack.diagnostic.InputProblemException;
import scorepack.ledger.LedgerFile;
import scorepack.workspace.WorkspaceLoader;

/**
 * Where a month-end run may write: its out/ folder and the workspace's ledger/, never the data
 * folder its extracts are read from (a pack's CSV there would be read as an extract next month).
 */
final class RunFolders {
  private RunFolders() {}

  /** Refuses, as bad input, a request that would write where it must not; before anything is written. */
  static void check(GenerateRequest request) {
    WorkspaceLoader.requireWorkspace(request.workspace());
    request.authority().ifPresent(Authorities::checkName);
    Path existing = existingPart(request.out());
    if (existing != null && !Files.isDirectory(existing)) {
      throw InputProblemException.of("--out", existing + " is a file, not a folder; expected the folder to"
          + " write the packs into (it is made if it does not exist)");
    }
    Path data = resolved(request.data());
    if (resolved(request.out()).startsWith(data)) {
      throw InputProblemException.of("--out", request.out() + " lies inside the data folder " + request.data()
          + "; scorepack never writes among the extracts. Choose an out folder outside it");
    }
    Path ledger = request.workspace().resolve(LedgerFile.PATH).getParent();
    if (resolved(ledger).startsWith(data)) {
      throw InputProblemException.of("--data", "the data folder " + request.data() + " holds the workspace's "
          + ledger + " folder; scorepack never writes among the extracts. Keep the extracts in a folder of their"
          + " own, such as samples/");
    }
  }

  /** The path itself, or its nearest ancestor that exists; null if none does. */
  private static Path existingPart(Path path) {
    Path p = path.toAbsolutePath().normalize();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p;
  }

  /** The path as the disk sees it, with the links of the part that exists followed. */
  private static Path resolved(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = existingPart(absolute);
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (java.io.IOException e) {
      return absolute;
    }
  }
}
