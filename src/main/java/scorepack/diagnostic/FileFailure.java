package scorepack.diagnostic;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be read or written, and what to do about it, in our words: the JDK's own
 * message is often just the path ("…/README.md") or says nothing of the file ("No space left on
 * device").
 */
public final class FileFailure {
  private FileFailure() {}

  /** Why a file could not be read: "permission denied: …". */
  public static String reading(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied: the user that runs scorepack may not read it; grant it read access and run again";
    }
    if (e instanceof NoSuchFileException) {
      return "it does not exist";
    }
    if (e instanceof CharacterCodingException) {
      return "it is not UTF-8 text; save it as UTF-8 (in Excel: \"CSV UTF-8\") and run again";
    }
    return common(e);
  }

  /** Why a file or folder could not be written: "the disk is full: …". */
  public static String writing(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "access denied: the user that runs scorepack may not write there, or (on Windows) the file is open"
          + " in another program or read-only; grant write access or close the file, and run again";
    }
    if (e instanceof NoSuchFileException) {
      return "its folder does not exist";
    }
    return common(e);
  }

  /** A failure met when neither reading nor writing is known: "FILE: reason". */
  public static String describe(IOException e) {
    String reason = writing(e);
    return e instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " + reason : reason;
  }

  private static String common(IOException e) {
    String text = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
    if (lower.contains("no space left") || lower.contains("not enough space")) {
      return "the disk is full; free some space on it and run again";
    }
    if (lower.contains("quota")) {
      return "the disk quota is used up; free some space or ask for a larger quota, and run again";
    }
    if (lower.contains("used by another process") || lower.contains("locked a portion")) {
      return "it is open in another program; close it (in Excel or the PDF viewer) and run again";
    }
    if (lower.contains("read-only file system")) {
      return "the disk is read-only; write to a disk that can be written to";
    }
    if (lower.contains("is a directory")) {
      return "it is a folder, where a file is expected";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
        || lower.contains("not a directory")) {
      return "a file stands where a folder is needed";
    }
    if (text == null || text.isBlank() || (e instanceof FileSystemException f && text.equals(f.getFile()))) {
      return "the operating system reported " + e.getClass().getSimpleName() + " and nothing more";
    }
    return text;
  }
}
