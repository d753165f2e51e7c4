package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLockTest {
  @TempDir
  Path workspace;

  @Test
  @SuppressWarnings("try") // the locks are held by their try blocks, unreferenced
  void aSecondRunWaitsThenGivesUpWhileTheFirstHoldsTheLock() throws IOException {
    try (WorkspaceLock first = WorkspaceLock.acquire(workspace, Duration.ZERO)) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> WorkspaceLock.acquire(workspace, Duration.ofMillis(300)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("another scorepack run is writing to this workspace")
          .hasMessageContaining("Nothing was written");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
    try (WorkspaceLock again = WorkspaceLock.acquire(workspace, Duration.ZERO)) {
      assertThat(workspace.resolve(WorkspaceLock.FILE_NAME)).exists();
    }
  }
}
