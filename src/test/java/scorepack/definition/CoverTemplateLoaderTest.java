package scorepack.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scorepack.diagnostic.Diagnostics;

class CoverTemplateLoaderTest {
  private static final String COVER = """
      committee: Improving Lives Select Commission
      title: "Early Help performance, {period_label}"
      authors:
        - { name: A. Officer, role: Performance Manager, contact: a.officer@example.org }
      recommendations:
        - Consider the {pack_title}.
      services:
        - { title: Early Help, sections: [CONTACTS], working_well: 2 }
      """;
  private final Diagnostics diagnostics = new Diagnostics();
  private final CoverTemplateLoader loader = new CoverTemplateLoader(diagnostics, Limits.DEFAULT);

  private Optional<CoverTemplate> load(String yaml) {
    return loader.load(new StringReader(yaml), "templates/covers/early-help.yaml", "early-help");
  }

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Object::toString).toList();
  }

  @Test
  void readsACoverWithTheHouseFormatsDefaults() {
    CoverTemplate cover = load(COVER).orElseThrow();
    assertThat(messages()).isEmpty();
    assertThat(cover.draft()).as("a draft until the template says otherwise").isTrue();
    assertThat(cover.wards()).isEqualTo("All");
    assertThat(cover.keyDecision()).isEqualTo("No");
    assertThat(cover.declarations()).extracting(CoverTemplate.Declaration::label)
        .contains("Background papers", "Council approval required", "Exempt from the press and public");
    assertThat(cover.authors()).containsExactly(
        new CoverTemplate.Person("A. Officer", "Performance Manager", "a.officer@example.org"));
    assertThat(cover.services()).singleElement().satisfies(s -> {
      assertThat(s.workingWell()).isEqualTo(2);
      assertThat(s.focus()).isEqualTo(3);
    });
  }

  @Test
  void aPlaceholderTheReportCannotFillIsALocatedError() {
    load(COVER.replace("{pack_title}", "{pack_tilte}"));
    assertThat(messages()).singleElement().asString()
        .startsWith("templates/covers/early-help.yaml:6:3: error: recommendations:")
        .contains("unknown placeholder '{pack_tilte}'", "did you mean '{pack_title}'");
  }

  @Test
  void aMisspeltKeyIsNamedWithTheKnownOnes() {
    load(COVER + "wards_affected: All\n");
    assertThat(messages()).singleElement().asString().contains("unknown key 'wards_affected'", "wards");
  }

  @Test
  void draftFalseMarksTheReportFinished() {
    assertThat(load(COVER + "draft: false\n").orElseThrow().draft()).isFalse();
  }

  @Test
  void aServiceMustNameSectionsThePackPrints() {
    CoverTemplate cover = load(COVER).orElseThrow();
    Template pack = new TemplateLoader(diagnostics).load(new StringReader("""
        title: Early Help
        columns: [ref, month]
        sections:
          - title: CONTACT
            rows: []
        """), "templates/early-help.yaml", "early-help").orElseThrow();
    loader.check(cover, Map.of("early-help", pack));
    assertThat(messages()).singleElement().asString()
        .startsWith("templates/covers/early-help.yaml:8:5: error: services.Early Help:")
        .contains("the section 'CONTACTS' is not in templates/early-help.yaml", "did you mean 'CONTACT'");
  }

  @Test
  void aCoverForAPackWithNoTemplateIsAnError() {
    loader.check(load(COVER).orElseThrow(), Map.of());
    assertThat(messages()).singleElement().asString().contains("covers the pack 'early-help', which has no template");
  }
}
