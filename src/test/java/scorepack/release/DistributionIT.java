package scorepack.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, "Done when": the distribution {@code mvn package} builds, unpacked into an empty folder
 * (whose path has spaces), runs {@code bin/scorepack init} and {@code bin/scorepack generate} on the
 * example with nothing but {@code java} on the PATH: no Maven, no JAVA_HOME, no locale.
 */
class DistributionIT {
  private static final Path BASE = Path.of(System.getProperty("scorepack.distribution", "target/scorepack-missing"));

  @TempDir
  static Path temp;

  static Path home;
  static Path javaOnly;

  @BeforeAll
  static void unpack() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("an empty folder"));
    try (InputStream in = new GzipCompressorInputStream(new BufferedInputStream(
        Files.newInputStream(Path.of(BASE + ".tar.gz"))));
        TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        Path to = empty.resolve(e.getName()).normalize();
        assertThat(to).startsWithRaw(empty);
        if (e.isDirectory()) {
          Files.createDirectories(to);
          continue;
        }
        Files.createDirectories(to.getParent());
        Files.copy(tar, to);
        if ((e.getMode() & 0100) != 0) {
          Set<PosixFilePermission> p = EnumSet.copyOf(Files.getPosixFilePermissions(to));
          p.add(PosixFilePermission.OWNER_EXECUTE);
          Files.setPosixFilePermissions(to, p);
        }
      }
    }
    try (var top = Files.list(empty)) {
      List<Path> folders = top.toList();
      assertThat(folders).hasSize(1);
      home = folders.get(0);
    }
    javaOnly = Files.createDirectories(temp.resolve("java only"));
    // A one-line script rather than a link, which JUnit would warn of as it cleans up.
    Path java = javaOnly.resolve("java");
    Files.writeString(java, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void theArchiveHoldsTheJarTheLaunchersTheExampleTheDocsAndTheLicences() throws IOException {
    String top = home.getFileName().toString();
    assertThat(top).isEqualTo("scorepack-" + pomVersion());
    for (String path : List.of("lib/scorepack.jar", "bin/scorepack", "bin/scorepack.cmd", "LICENSE",
        "THIRD-PARTY-NOTICES", "CHANGELOG.md", "README.md", "docs/rules.md", "docs/csv.md", "docs/architecture.md",
        "example/scorepack.yaml", "example/glossary.yaml", "example/templates/members.yaml",
        "example/indicators/members.yaml", "example/reference/population.csv", "example/samples/README.md",
        "docs/man/man1/scorepack.1", "docs/completion/scorepack.bash")) {
      assertThat(home.resolve(path)).as(path).exists();
    }
    assertThat(home.resolve("example/out")).doesNotExist();
    assertThat(home.resolve("example/ledger")).doesNotExist();
    // The zip holds the same files, for Windows, where the launcher must keep its CRLF line ends.
    Set<String> inZip = new TreeSet<>();
    try (ZipFile zip = new ZipFile(BASE + ".zip")) {
      for (ZipEntry e : zip.stream().toList()) {
        if (!e.isDirectory()) {
          inZip.add(e.getName());
        }
      }
      String cmd = new String(zip.getInputStream(zip.getEntry(top + "/bin/scorepack.cmd")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(cmd.split("\r\n", -1)).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
      assertThat(cmd).contains("chcp 65001", "-Dfile.encoding=UTF-8", "\"%SCOREPACK_HOME%\\lib\\scorepack.jar\" %*");
    }
    Set<String> inTar = new TreeSet<>();
    try (var files = Files.walk(home)) {
      files.filter(Files::isRegularFile).forEach(f -> inTar.add(top + "/" + home.relativize(f)));
    }
    assertThat(inZip).isEqualTo(inTar);
  }

  @Test
  void theNoticesListEveryBundledLibraryWithItsVersionAndTheJarCarriesThemAndTheLicence() throws IOException {
    String notices = Files.readString(home.resolve("THIRD-PARTY-NOTICES"));
    List<String> bundled = Files.readAllLines(Path.of(System.getProperty("scorepack.bundled"))).stream()
        .map(String::strip).filter(l -> l.matches("[^: ]+:[^: ]+:jar:[^: ]+:(compile|runtime)( .*)?"))
        .map(l -> l.split(" ")[0]).toList();
    assertThat(bundled).hasSizeGreaterThan(10);
    for (String line : bundled) {
      String[] p = line.split(":");
      assertThat(notices).as("THIRD-PARTY-NOTICES lists " + line).contains(p[0] + ":" + p[1] + " " + p[3] + " ");
    }
    try (ZipFile jar = new ZipFile(home.resolve("lib/scorepack.jar").toFile())) {
      assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/scorepack/THIRD-PARTY-NOTICES")).readAllBytes(),
          StandardCharsets.UTF_8)).isEqualTo(notices);
      assertThat(jar.getEntry("META-INF/scorepack/LICENSE")).isNotNull();
      // Merged, not the first of each: POI's and Jackson's licences, OpenPDF's MPL and the fonts' OFL.
      String licences = new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(licences.split("Apache License", -1).length).isGreaterThan(5);
      assertThat(jar.getEntry("META-INF/MPL-2.0.txt")).isNotNull();
      assertThat(jar.getEntry("liberation/LICENSE")).isNotNull();
      assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes(), StandardCharsets.UTF_8))
          .contains("Apache POI", "Jackson");
    }
  }

  @Test
  void initThenGenerateRunWithOnlyJavaOnThePath() throws Exception {
    Run version = run(home, "bin/scorepack", "--version");
    assertThat(version.code()).as(version.output()).isZero();
    assertThat(version.output()).startsWith("scorepack " + pomVersion());

    Run init = run(home, "bin/scorepack", "init", "our council");
    assertThat(init.code()).as(init.output()).isZero();
    assertThat(home.resolve("our council/scorepack.yaml")).content().contains("data: extracts");
    assertThat(home.resolve("our council/templates/members.yaml")).exists();
    assertThat(home.resolve("our council/samples")).doesNotExist();

    // From inside the example, as a clerk would run it.
    Path example = home.resolve("example");
    Run generate = run(example, "../bin/scorepack", "generate", "--period", "2022-12", "--pack",
        "corporate-parenting");
    assertThat(generate.code()).as(generate.output()).isZero();
    assertThat(generate.output()).contains("extracts read from ", "(the example's invented extracts)",
        "file(s) written to ./out");
    for (String ext : List.of("pdf", "xlsx", "ods", "csv")) {
      assertThat(example.resolve("out/corporate-parenting-2022-12." + ext)).isNotEmptyFile();
    }
    assertThat(example.resolve("ledger/published.csv")).exists();
  }

  @Test
  void theManPagesAreTroffWithEveryOptionTheHelpGivesAndManRendersThem() throws Exception {
    Path man1 = home.resolve("docs/man/man1");
    String root = Files.readString(man1.resolve("scorepack.1"));
    assertThat(root).contains(".TH \"SCOREPACK\" \"1\"", "scorepack " + pomVersion(), ".SH \"NAME\"",
        ".SH \"SYNOPSIS\"", ".SH \"OPTIONS\"");
    for (String command : List.of("generate", "validate", "extract", "explain", "revisions", "init", "help")) {
      Path page = man1.resolve("scorepack-" + command + ".1");
      // troff escapes each hyphen as \-; read the page with them as typed.
      String text = Files.readString(page).replace("\\-", "-");
      assertThat(text).as(command).contains(".TH \"SCOREPACK-" + command.toUpperCase(Locale.ROOT) + "\"",
          "scorepack-" + command + " - ", ".SH \"SYNOPSIS\"", ".SH \"EXIT CODES", ".SH \"EXAMPLES");
      Run help = run(home, "bin/scorepack", "help", command);
      Matcher option = Pattern.compile("(?m)^\\s+(?:-\\w, )?(--[a-z][a-z-]+)").matcher(help.output());
      int options = 0;
      for (; option.find(); options++) {
        assertThat(text).as(command + " page names " + option.group(1)).contains(option.group(1));
      }
      assertThat(options).as(command).isGreaterThan(0);
    }
    // man itself is not needed to build or test; where it is installed, it reads the page.
    if (Files.isExecutable(Path.of("/usr/bin/man"))) {
      Process p = new ProcessBuilder("man", "-l", man1.resolve("scorepack-generate.1").toString())
          .redirectErrorStream(true).start();
      p.getOutputStream().close();
      String page = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
      assertThat(page).contains("NAME", "scorepack-generate - Builds the scorecard packs for a month.", "--period");
    }
  }

  @Test
  void theBashCompletionCompletesTheCommandsAndIsNotTheJarsBusiness() throws Exception {
    String bash = "source docs/completion/scorepack.bash 2>/dev/null\n"
        + "COMP_WORDS=(scorepack gen); COMP_CWORD=1; COMP_LINE='scorepack gen'; COMP_POINT=${#COMP_LINE}\n"
        + "_complete_scorepack 2>/dev/null; echo \"[${COMPREPLY[*]}]\"\n";
    Process p = new ProcessBuilder("bash", "-c", bash).directory(home.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(out).isEqualTo("[generate]\n");
    // The tools that wrote the completion and the man pages ran at build time only.
    try (ZipFile jar = new ZipFile(home.resolve("lib/scorepack.jar").toFile())) {
      assertThat(jar.stream().map(ZipEntry::getName).filter(n -> n.startsWith("picocli/codegen/")
          || n.startsWith("org/asciidoctor/") || n.startsWith("org/jruby/"))).isEmpty();
    }
  }

  private record Run(int code, String output) {}

  /** Runs a command with nothing but a folder holding {@code java} on the PATH and no locale. */
  private static Run run(Path dir, String... command) throws IOException, InterruptedException {
    ProcessBuilder b = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
        .redirectErrorStream(true);
    Map<String, String> env = b.environment();
    env.clear();
    env.put("PATH", javaOnly.toString());
    b.command().set(0, dir.resolve(command[0]).normalize().toString());
    Process p = b.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), output);
  }

  private static String pomVersion() throws IOException {
    Matcher m = Pattern.compile("<artifactId>scorepack</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
