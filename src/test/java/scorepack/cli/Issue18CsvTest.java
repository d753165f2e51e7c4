package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorepack.pack.Field;
import scorepack.render.csv.CsvPackRenderer;

/** Issue 18, point 6: the CSV documented column by column, and a byte order mark for Excel on request. */
class Issue18CsvTest {
  @TempDir
  Path temp;

  @Test
  void bomStartsTheCsvWithAUtf8ByteOrderMarkAndChangesNothingElse() throws IOException {
    Path plain = MiniWorkspace.copyTo(temp.resolve("plain"));
    Path marked = MiniWorkspace.copyTo(temp.resolve("marked"));
    assertThat(CliRun.of("generate", "--workspace", plain.toString(), "--format", "csv,pdf").exitCode()).isZero();
    CliRun run = CliRun.of("generate", "--workspace", marked.toString(), "--format", "csv,pdf", "--bom");
    assertThat(run.exitCode()).as(run.err()).isZero();
    byte[] without = Files.readAllBytes(plain.resolve("out/mini-2022-12.csv"));
    byte[] with = Files.readAllBytes(marked.resolve("out/mini-2022-12.csv"));
    assertThat(Arrays.copyOf(with, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(Arrays.copyOfRange(with, 3, with.length)).isEqualTo(without);
    assertThat(without[0]).isEqualTo((byte) 'p');
    // Only the CSV: the PDF of the same run is byte for byte the PDF without --bom.
    assertThat(marked.resolve("out/mini-2022-12.pdf")).hasSameBinaryContentAs(plain.resolve("out/mini-2022-12.pdf"));
  }

  @Test
  void docsCsvDescribesEveryColumnAndEveryFieldTheCsvCanHold() throws IOException {
    String doc = Files.readString(Path.of("docs/csv.md"));
    assertThat(doc).contains(String.join(",", CsvPackRenderer.HEADER));
    for (String column : CsvPackRenderer.HEADER) {
      assertThat(doc).as(column).contains("| `" + column + "` |");
    }
    for (Field field : Field.values()) {
      if (field.isFigure()) {
        assertThat(doc).as(field.code()).contains("`" + field.code() + "`");
      }
    }
    assertThat(doc).contains("pd.read_csv(", "read.csv(", "--bom");
  }
}
