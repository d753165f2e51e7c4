package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of damaged inputs (truncated, bytes flipped, columns shuffled, huge numbers, other
 * encodings): every run ends with exit 0 or 2 and a message, never a crash (exit 1) or a hang,
 * and a failed generate writes nothing.
 */
class InputFuzzTest {
  private static final int RUNS = 2000;
  private static final List<String> TARGETS = List.of("samples/2023-01-05-extract.csv",
      "samples/2022-11-04-extract.csv", "indicators/mini.yaml", "templates/mini.yaml", "glossary.yaml");

  @TempDir
  Path temp;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void damagedInputEndsInACleanVerdict() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Random random = new Random(20230105);
    int rejected = 0;
    for (int run = 0; run < RUNS; run++) {
      Path target = ws.resolve(TARGETS.get(random.nextInt(TARGETS.size())));
      byte[] original = Files.readAllBytes(target);
      byte[] damaged = damage(original, random);
      Files.write(target, damaged);
      boolean generate = run % 40 == 0;
      CliRun result = generate
          ? CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv", "--out", temp.resolve("out").toString())
          : CliRun.of("validate", "--workspace", ws.toString());
      String input = target.getFileName() + " = " + new String(damaged, StandardCharsets.ISO_8859_1);
      assertThat(result.exitCode()).as(input + "\n" + result.err()).isIn(0, 2);
      if (result.exitCode() == 2) {
        rejected++;
        assertThat(result.err()).as(input).contains("error:");
        if (generate) {
          assertThat(temp.resolve("out")).as(input).doesNotExist();
        }
      }
      deleteOutputs();
      Files.write(target, original);
    }
    assertThat(rejected).as("most damage is caught").isGreaterThan(RUNS / 2);
  }

  /**
   * Issue 16: numbers with absurd exponents and lengths, over-long lines and YAML values, and
   * extract files and authorities with odd names. Each is refused (or read) in moments, with a
   * located message, never a crash, a hang or a library's words.
   */
  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void absurdNumbersSizesAndNamesEndInACleanVerdictAtOnce() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Path extract = ws.resolve("samples/2023-01-05-extract.csv");
    String original = Files.readString(extract);
    Random random = new Random(16);
    CliRun.of("validate", "--workspace", ws.toString()); // loads the classes, which the time limit is not for
    for (int run = 0; run < 150; run++) {
      String input;
      CliRun result;
      long start = System.nanoTime();
      switch (run % 3) {
        case 0 -> {
          input = absurdNumber(random);
          Files.writeString(extract, original + "children-looked-after,2022-12,,," + input + ",\n");
          result = CliRun.of("validate", "--workspace", ws.toString());
        }
        case 1 -> {
          input = "x".repeat(random.nextInt(40_000)) + (random.nextBoolean() ? "\n" : "");
          Path target = ws.resolve(random.nextBoolean() ? "samples/2023-01-05-extract.csv" : "glossary.yaml");
          String before = Files.readString(target);
          Files.writeString(target, random.nextBoolean() ? before + input : input + before);
          result = CliRun.of("validate", "--workspace", ws.toString());
          Files.writeString(target, before);
        }
        default -> {
          input = oddName(random);
          result = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv", "--out",
              temp.resolve("out").toString(), "--authority", input);
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      String shown = input.length() > 200 ? input.substring(0, 200) + "... (" + input.length() + ")" : input;
      assertThat(result.exitCode()).as(shown + "\n" + result.err()).isIn(0, 2);
      assertThat(seconds).as(shown).isLessThan(5);
      assertThat(result.err()).as(shown).doesNotContain("Exception", "BigInteger", "overflow", "\tat ");
      if (result.exitCode() == 2) {
        assertThat(result.err()).as(shown).contains("error:");
      }
      Files.writeString(extract, original);
      deleteOutputs();
    }
  }

  private static String absurdNumber(Random random) {
    String digits = "123456789".repeat(14).substring(0, 1 + random.nextInt(120));
    String exponent = Long.toString(Math.abs(random.nextLong()) % (long) Math.pow(10, 1 + random.nextInt(12)));
    return switch (random.nextInt(5)) {
      case 0 -> digits + "e-" + exponent;
      case 1 -> digits + "E+" + exponent;
      case 2 -> "0." + digits + "e" + exponent;
      case 3 -> digits.substring(0, Math.min(digits.length(), 3)) + "," + digits;
      default -> "-" + digits + "." + digits + "%";
    };
  }

  /** Authority names a clerk or a script might pass: spaces, accents, dots, very long, near-paths. */
  private static String oddName(Random random) {
    List<String> parts = List.of("Ünï", "north yorks", "...", ".hidden", "a".repeat(300), "ALL ", "~", "$HOME",
        "con", "*", "é\u0301", "\u202Etxt");
    return parts.get(random.nextInt(parts.size())) + (random.nextBoolean() ? "" : parts.get(random.nextInt(parts.size())));
  }

  private void deleteOutputs() throws IOException {
    Path out = temp.resolve("out");
    if (Files.exists(out)) {
      try (var files = Files.list(out)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(out);
    }
  }

  private static byte[] damage(byte[] in, Random random) {
    String text = new String(in, StandardCharsets.UTF_8);
    switch (random.nextInt(8)) {
      case 0 -> {
        return java.util.Arrays.copyOf(in, random.nextInt(in.length + 1));
      }
      case 1 -> {
        byte[] out = in.clone();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
          out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
      }
      case 2 -> {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        String[] header = lines.get(0).split(",");
        List<String> shuffled = new ArrayList<>(List.of(header));
        Collections.shuffle(shuffled, random);
        lines.set(0, String.join(",", shuffled));
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
      }
      case 3 -> {
        return text.replaceFirst("\\d+", "9".repeat(1 + random.nextInt(400))).getBytes(StandardCharsets.UTF_8);
      }
      case 4 -> {
        return (text + "é,ü,\"unclosed\n").getBytes(StandardCharsets.ISO_8859_1);
      }
      case 5 -> {
        return text.getBytes(StandardCharsets.UTF_16);
      }
      case 6 -> {
        int at = random.nextInt(text.length() + 1);
        String junk = List.of("\"", ",", ":", "\n", "- ", "{", "[", "\t", "-1", "NaN", "1e999", "=cmd|' /C calc'!A0")
            .get(random.nextInt(12));
        return (text.substring(0, at) + junk + text.substring(at)).getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
      }
    }
  }
}
