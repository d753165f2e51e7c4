package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir
  Path dir;

  @Test
  void aNewPackIsReadableByEveryoneAndLeavesNoTemporaryFile() throws IOException {
    Path pack = dir.resolve("out/pack.pdf");
    AtomicOutput.write(pack, new byte[] {1, 2, 3});
    assertThat(pack).hasBinaryContent(new byte[] {1, 2, 3});
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pack))).isEqualTo("rw-r--r--");
    try (var files = Files.list(pack.getParent())) {
      assertThat(files).containsExactly(pack);
    }
  }

  @Test
  void aReplacedPackKeepsThePermissionsItHad() throws IOException {
    Path pack = dir.resolve("pack.pdf");
    Files.write(pack, new byte[] {0});
    Files.setPosixFilePermissions(pack, PosixFilePermissions.fromString("rw-rw----"));
    AtomicOutput.write(pack, new byte[] {9});
    assertThat(pack).hasBinaryContent(new byte[] {9});
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pack))).isEqualTo("rw-rw----");
  }
}
