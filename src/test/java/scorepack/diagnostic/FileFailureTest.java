package scorepack.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** Issue 16, case 8: an I/O failure in our words, with what to do, whatever the JDK said. */
class FileFailureTest {
  @Test
  void permissionDeniedIsNotReportedAsAnEncodingProblem() {
    assertThat(FileFailure.reading(new AccessDeniedException("/srv/extracts/jan.csv"))).isEqualTo(
        "permission denied: the user that runs scorepack may not read it; grant it read access and run again");
    assertThat(FileFailure.reading(new MalformedInputException(1))).startsWith("it is not UTF-8 text");
  }

  @Test
  void aFullDiskSaysSoAndWhatToDo() {
    assertThat(FileFailure.writing(new IOException("No space left on device")))
        .isEqualTo("the disk is full; free some space on it and run again");
    assertThat(FileFailure.writing(new FileSystemException("E:\\packs\\a.pdf", null,
        "There is not enough space on the disk"))).startsWith("the disk is full");
  }

  @Test
  void aPathAloneBecomesAReason() {
    assertThat(FileFailure.describe(new FileAlreadyExistsException("/ws/README.md")))
        .isEqualTo("/ws/README.md: a file stands where a folder is needed");
    assertThat(FileFailure.describe(new FileSystemException("/ws/out/a.xlsx", null,
        "The process cannot access the file because it is being used by another process")))
        .isEqualTo("/ws/out/a.xlsx: it is open in another program; close it (in Excel or the PDF viewer) and run"
            + " again");
  }
}
