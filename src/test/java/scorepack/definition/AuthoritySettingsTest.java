package scorepack.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.SmallNumbers;

/** An authority's own scorepack.yaml sets what its packs print over the workspace's, and nothing else. */
class AuthoritySettingsTest {
  @TempDir
  Path root;

  /**
   * A workspace that suppresses counts below 10 in its public edition keeps that rule for an
   * authority whose folder names its own council: before, the authority's settings dropped it, so
   * its public packs fell back to the default threshold of 5 and printed counts of 5 to 9.
   */
  @Test
  void anAuthorityThatNamesItsCouncilKeepsTheWorkspacesPublicEditionRule() throws IOException {
    Path own = Files.createDirectories(root.resolve("samples/exampleshire")).resolve("scorepack.yaml");
    Files.writeString(own, "council: Exampleshire County Council\n");
    SmallNumbers belowTen = new SmallNumbers(10, true);
    Publication shared = new Publication(Optional.of("Shared Council"), Optional.of("team@example.org"), false,
        Optional.of(belowTen));
    Diagnostics diagnostics = new Diagnostics();

    Publication mine = new SettingsLoader(diagnostics).authorityPublication(own, root, shared);

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(mine.council()).contains("Exampleshire County Council");
    assertThat(mine.contact()).contains("team@example.org");
    assertThat(mine.publicEdition()).contains(belowTen);
  }
}
