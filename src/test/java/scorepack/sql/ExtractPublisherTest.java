package scorepack.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorepack.extract.QueryProvenance;

class ExtractPublisherTest {
  @TempDir
  Path data;

  private static DatedExtract extract(String csv) {
    QueryProvenance p = new QueryProvenance("cases", "sources/cases.yaml", "cases", "jdbc:postgresql://db/cases",
        LocalDate.of(2023, 1, 6), "2022-12", List.of(new QueryProvenance.Query("q", "ab".repeat(32),
            Instant.parse("2023-01-06T07:30:00Z"), Duration.ofMillis(1500), 1, 2, 2, "SELECT 1\n")));
    return new DatedExtract("cases", LocalDate.of(2023, 1, 6), csv, p, 1);
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(data)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void anExtractIsPublishedWithItsProvenanceAndNothingElse() throws IOException {
    Path file = ExtractPublisher.publish(data, extract("indicator,period\nx,2022-12\n"));
    assertThat(file).isEqualTo(data.resolve("2023-01-06-cases.csv"));
    assertThat(Files.readString(file)).isEqualTo("indicator,period\nx,2022-12\n");
    assertThat(names()).containsExactly("2023-01-06-cases.csv", "2023-01-06-cases.queries.yaml");
    assertThat(Files.readString(data.resolve("2023-01-06-cases.queries.yaml")))
        .startsWith("# Written by scorepack extract: where 2023-01-06-cases.csv came from. Do not edit.\n")
        .contains("seconds: 1.5", "lines: 2-2", "sql: |\n    SELECT 1\n");
    QueryProvenance read = QueryProvenance.besides(file).orElseThrow();
    assertThat(read.queryAt(2).orElseThrow().describe())
        .isEqualTo("query 'q' (sha256 abababababab), run 2023-01-06T07:30:00Z");
    assertThat(read.queryAt(3)).isEmpty();
  }

  @Test
  void anExistingFileOfTheNameIsNeverReplacedAndTheNewOneSortsAfterIt() throws IOException {
    Files.writeString(data.resolve("2023-01-06-cases.csv"), "kept by hand\n");
    Path file = ExtractPublisher.publish(data, extract("new\n"));
    assertThat(file.getFileName()).hasToString("2023-01-06-cases_2.csv");
    assertThat(Files.readString(data.resolve("2023-01-06-cases.csv"))).isEqualTo("kept by hand\n");
    assertThat("2023-01-06-cases_2.csv").isGreaterThan("2023-01-06-cases.csv");
    assertThat(names()).containsExactly("2023-01-06-cases.csv", "2023-01-06-cases_2.csv",
        "2023-01-06-cases_2.queries.yaml");
  }

  @Test
  void aFolderThatIsNotThereFailsWithNothingLeftBehind() {
    Path missing = data.resolve("no-such-folder");
    assertThatThrownBy(() -> ExtractPublisher.publish(missing, extract("x\n"))).isInstanceOf(IOException.class);
    assertThat(missing).doesNotExist();
  }
}
