package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile's texts in other languages ({@code texts: {ru: FILE}}): read with the profile, over the
 * parent's, carried by every report and by the descriptors of the rules they name, so that a report
 * says the profile's own rules and criteria in Russian; a language the reports do not have, or a
 * pattern whose braces do not match, is a located problem.
 */
class ProfileTextsTest {
  static final Path EXAMPLE =
      Path.of("src/test/resources/io/github/crmstrategy/rules/texts-example");

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private List<String> problems(Path profile) {
    try {
      Reviewer.fromProfile(profile);
    } catch (RuleProfileException e) {
      return e.problems().stream().map(Object::toString).toList();
    }
    throw new AssertionError("expected problems in " + profile);
  }

  @Test
  void theProfilesTextsReachEveryReportAndTheDescriptorsOfTheirRules() throws Exception {
    Reviewer reviewer = Reviewer.fromProfile(EXAMPLE.resolve("profile.yaml"));
    AssessmentReport report = reviewer.assess(SamplePlans.load(Samples.NORTHWIND_TELECOM).plan());
    Map<String, String> ru = report.translations().get("ru");
    assertThat(ru)
        .containsEntry(
            "criterion.ACME-REVIEWS.description",
            "Сегодня применяются две клиентские практики или больше")
        .containsKey("COMP-006.remediation")
        .doesNotContainKey("criterion.ACME-PORTAL.description");
    // the criterion is scored like a built-in one
    assertThat(report.maturity().current().blocks().values())
        .flatMap(b -> b.evidence())
        .anyMatch(e -> e.criterion().equals("ACME-REVIEWS"));
    RuleDescriptor comp006 =
        reviewer.rules().stream().filter(r -> r.id().equals("COMP-006")).findFirst().orElseThrow();
    assertThat(comp006.translations())
        .isEqualTo(Map.of("ru", Map.of("COMP-006.remediation", ru.get("COMP-006.remediation"))));
    RuleDescriptor comp005 =
        reviewer.rules().stream().filter(r -> r.id().equals("COMP-005")).findFirst().orElseThrow();
    assertThat(comp005.translations()).isEmpty();
    // the built-in pack has none
    assertThat(
            Reviewer.withDefaultRules()
                .assess(SamplePlans.load(Samples.NORTHWIND_TELECOM).plan())
                .translations())
        .isEmpty();
  }

  @Test
  void aChildProfilesTextReplacesItsParentsKeyByKey() throws Exception {
    write(
        "parent_ru.properties", "ALIGN-001.title=Родительский заголовок\nALIGN-002.title=Второй\n");
    write("parent.yaml", "texts: {ru: parent_ru.properties}\n");
    write("child_ru.properties", "ALIGN-001.title=Свой заголовок\n");
    Path child = write("child.yaml", "extends: parent.yaml\ntexts: {ru: child_ru.properties}\n");
    RuleProfile p = RuleProfiles.read(child);
    assertThat(p.texts().get("ru"))
        .containsEntry("ALIGN-001.title", "Свой заголовок")
        .containsEntry("ALIGN-002.title", "Второй");
  }

  @Test
  void aLanguageTheReportsLackAndUnmatchedBracesAreLocated() throws Exception {
    write("de.properties", "ALIGN-001.title=Titel\n");
    write("bad_ru.properties", "ALIGN-001.message=Цель {goal не поддерживает\n");
    Path p =
        write("profile.yaml", "name: t\ntexts:\n  de: de.properties\n  ru: bad_ru.properties\n");
    List<String> problems = problems(p);
    assertThat(problems)
        .anySatisfy(
            s ->
                assertThat(s).contains("profile.yaml:3:3").contains("texts in 'de'").contains("ru"))
        .anySatisfy(
            s ->
                assertThat(s)
                    .contains("profile.yaml:4:")
                    .contains("ALIGN-001.message")
                    .contains("braces"));
    Path missing = write("missing.yaml", "texts: {ru: nowhere_ru.properties}\n");
    assertThat(problems(missing)).anySatisfy(s -> assertThat(s).contains("not found"));
  }
}
