package scorepack.job;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import scorepack.diagnostic.WarningKind;

/**
 * The machine-readable record of one run, published with its packs as {@code scorepack-run.json}
 * (a failed run's goes to the log instead). Each field is described in docs/run-record.md; a
 * field added there raises {@link #FORMAT} only if it changes the meaning of an existing one.
 *
 * @param authority the authority whose packs these are, {@code ALL} for the record of a run over
 *     several (which lists them), or empty for a run without {@code --authority}
 * @param period the reporting month, when the run got as far as choosing it
 * @param asOf the {@code --as-of} date, if given
 * @param issued the date created written into the packs and the ledger, when chosen
 * @param started when the run started
 * @param finished when the record was made: just before the packs were published, or at the failure
 * @param exitCode the exit code the run ends with
 * @param outcome {@code published}, or what stopped the run
 * @param inputs every file the run read, with its SHA-256
 * @param outputs every file the run published (packs and ledger), with its size and SHA-256
 * @param warnings the warnings by kind
 * @param errors how many errors the input had
 * @param authorities in the record of a run over several, each authority and its outcome
 */
record RunRecord(Optional<String> authority, Optional<YearMonth> period, Optional<LocalDate> asOf,
    Optional<LocalDate> issued, Instant started, Instant finished, int exitCode, String outcome,
    List<FileDigest> inputs, List<FileDigest> outputs, Map<WarningKind, Long> warnings, long errors,
    List<AuthorityLine> authorities) {
  /** The record's file name, in out/ and in each authority's folder in it. */
  static final String FILE_NAME = "scorepack-run.json";
  /** The exit code of a failed run's record until the command line has chosen it. */
  static final int EXIT_NOT_KNOWN = -1;
  /** The version of the record's layout, {@code record_format}. */
  static final int FORMAT = 1;
  private static final JsonFactory JSON = JsonFactory.builder().build();

  RunRecord {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
    Objects.requireNonNull(outcome, "outcome");
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    warnings = Map.copyOf(warnings);
    authorities = List.copyOf(authorities);
  }

  /**
   * One authority of a run over several.
   *
   * @param name its folder's name
   * @param period its reporting month, when chosen
   * @param outcome {@code published}, or why it was not
   * @param record its own record, when published, relative to the workspace
   */
  record AuthorityLine(String name, Optional<YearMonth> period, String outcome, Optional<String> record) {
    AuthorityLine {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(record, "record");
    }
  }

  /** This record with the exit code the run ended with. */
  RunRecord exited(int code) {
    return new RunRecord(authority, period, asOf, issued, started, finished, code, outcome, inputs, outputs, warnings,
        errors, authorities);
  }

  /** Where a unit's record goes: beside its packs. */
  static Path fileIn(Path outFolder) {
    return outFolder.resolve(FILE_NAME);
  }

  /** The record as JSON: indented for the file, or on one line for the log. */
  String json(boolean indented) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      if (indented) {
        g.useDefaultPrettyPrinter();
      }
      write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8) + (indented ? "\n" : "");
  }

  private void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("record", "scorepack run");
    g.writeNumberField("record_format", FORMAT);
    g.writeStringField("scorepack_version", ToolVersion.current());
    g.writeStringField("command", "generate");
    text(g, "authority", authority.orElse(null));
    text(g, "period", period.map(YearMonth::toString).orElse(null));
    text(g, "as_of", asOf.map(LocalDate::toString).orElse(null));
    text(g, "issued", issued.map(LocalDate::toString).orElse(null));
    g.writeStringField("started", started.toString());
    g.writeStringField("finished", finished.toString());
    g.writeNumberField("duration_seconds", Duration.between(started, finished).toMillis() / 1000.0);
    g.writeNumberField("exit_code", exitCode);
    g.writeStringField("outcome", outcome);
    g.writeObjectFieldStart("warnings");
    g.writeNumberField("total", warnings.values().stream().mapToLong(Long::longValue).sum());
    g.writeObjectFieldStart("by_kind");
    for (WarningKind kind : WarningKind.values()) {
      if (warnings.containsKey(kind)) {
        g.writeNumberField(kind.code(), warnings.get(kind));
      }
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeNumberField("errors", errors);
    files(g, "inputs", inputs);
    files(g, "outputs", outputs);
    if (!authorities.isEmpty()) {
      g.writeArrayFieldStart("authorities");
      for (AuthorityLine a : authorities) {
        g.writeStartObject();
        g.writeStringField("name", a.name());
        text(g, "period", a.period().map(YearMonth::toString).orElse(null));
        g.writeStringField("outcome", a.outcome());
        text(g, "record", a.record().orElse(null));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String field, String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  private static void files(JsonGenerator g, String field, List<FileDigest> files) throws IOException {
    g.writeArrayFieldStart(field);
    for (FileDigest f : files) {
      g.writeStartObject();
      g.writeStringField("path", f.path());
      g.writeNumberField("size", f.size());
      g.writeStringField("sha256", f.sha256());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
