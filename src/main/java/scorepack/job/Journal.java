package scorepack.job;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one publication has under way, kept in a small hidden file in the workspace so that a run
 * killed part-way can be put right by the next one: the files it replaces, the folders it made,
 * and how far it got.
 *
 * @param stage how far the publication got
 * @param folders the folders it created, parents first
 * @param files the files it publishes
 */
record Journal(Stage stage, List<Path> folders, List<Journal.File> files) {
  private static final String FIRST_LINE = "scorepack publication journal, version 1";

  Journal {
    folders = List.copyOf(folders);
    files = List.copyOf(files);
  }

  /** How far a publication got. */
  enum Stage {
    /** New files are being written beside the targets; the targets are untouched. */
    STAGING,
    /** The new files are being moved into place; each target is old or new. */
    COMMITTING,
    /** Every new file is in place; only the old copies remain to be removed. */
    COMMITTED
  }

  /**
   * One file a publication replaces or creates.
   *
   * @param target the file, absolute
   * @param existed whether there was a file (or link) at the target before
   */
  record File(Path target, boolean existed) {
    /** The new file, written beside the target before it is moved into place. */
    Path staged() {
      return beside(".scorepack-new");
    }

    /** The previous file, kept under a second name until the new issue is complete. */
    Path backup() {
      return beside(".scorepack-old");
    }

    private Path beside(String suffix) {
      return target.resolveSibling("." + target.getFileName() + suffix);
    }
  }

  Journal at(Stage next) {
    return new Journal(next, folders, files);
  }

  /** The journal's bytes. Paths are written as file URIs, so that any name fits on one line. */
  byte[] bytes() {
    StringBuilder text = new StringBuilder(FIRST_LINE).append('\n').append("stage ").append(stage).append('\n');
    folders.forEach(f -> text.append("folder ").append(f.toUri()).append('\n'));
    files.forEach(f -> text.append(f.existed() ? "replace " : "create ").append(f.target().toUri()).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The journal in a file; empty if the file does not exist. */
  static Optional<Journal> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    try {
      if (lines.size() < 2 || !lines.get(0).equals(FIRST_LINE) || !lines.get(1).startsWith("stage ")) {
        throw new IllegalArgumentException("unexpected first lines");
      }
      Stage stage = Stage.valueOf(lines.get(1).substring("stage ".length()));
      List<Path> folders = new ArrayList<>();
      List<File> files = new ArrayList<>();
      for (String line : lines.subList(2, lines.size())) {
        int space = line.indexOf(' ');
        String kind = line.substring(0, space);
        Path path = Path.of(new URI(line.substring(space + 1)));
        switch (kind) {
          case "folder" -> folders.add(path);
          case "replace", "create" -> files.add(new File(path, kind.equals("replace")));
          default -> throw new IllegalArgumentException(kind);
        }
      }
      return Optional.of(new Journal(stage, folders, files));
    } catch (IllegalArgumentException | IndexOutOfBoundsException | URISyntaxException e) {
      throw new IOException(file + " is not a journal scorepack can read, so the interrupted run it records cannot"
          + " be put right automatically: compare the files it names with your last good issue, then delete it");
    }
  }
}
