package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.rules.AssessmentLimits;
import io.github.crmstrategy.rules.FindingKey;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles from users a host does not trust with code: data only, files confined to the profile's
 * folder, sizes capped, every refusal located. The trusted mode keeps its power (the other profile
 * tests).
 */
class UntrustedProfilesTest {
  @TempDir Path root;

  private Path write(String name, String text) throws Exception {
    Path p = root.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static List<String> refused(Path profile) {
    RuleProfileException e =
        catchThrowableOfType(
            RuleProfileException.class,
            () -> Reviewer.fromProfile(profile, ProfileTrust.UNTRUSTED));
    assertThat(e).as("expected %s to be refused", profile).isNotNull();
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.location()).isPresent());
    return e.problems().stream().map(Object::toString).toList();
  }

  @Test
  void rulesOfItsOwnAreRefusedWhereTheyAreNamedAndNothingIsCompiled() throws Exception {
    write("team/rules/acme.drl", "package x;\nrule \"R\" when then System.exit(1); end\n");
    write("team/tables/t.csv", "x");
    Path p =
        write(
            "team/profile.yaml",
            "name: acme\nrules:\n  ALIGN-014: off\ndrl: [rules/acme.drl]\n"
                + "decisionTables: [tables/t.csv]\n");

    List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(p));

    assertThat(problems)
        .containsExactly(
            p
                + ":4:1: an untrusted profile may not add rules of its own: 'drl' names DRL files,"
                + " code that would run inside the host with its rights; remove the key, or have"
                + " the host load the profile as trusted",
            p
                + ":5:1: an untrusted profile may not add rules of its own: 'decisionTables' names"
                + " decision tables, code that would run inside the host with its rights; remove"
                + " the key, or have the host load the profile as trusted");
  }

  @Test
  void filesOutsideTheProfilesFolderAreRefused() throws Exception {
    write("outside.yaml", "rules:\n  ALIGN-014: off\n");
    write("ranges.yaml", "ranges: []\n");
    Path p =
        write(
            "team/profile.yaml",
            "extends: ../outside.yaml\n"
                + "benchmarks: {add: [../ranges.yaml, "
                + root.resolve("ranges.yaml").toAbsolutePath()
                + "]}\n");

    assertThat(refused(p))
        .containsExactly(
            p
                + ":1:10: an untrusted profile may only name files in its own folder:"
                + " ../outside.yaml is outside it",
            p
                + ":2:20: an untrusted profile may only name files in its own folder:"
                + " ../ranges.yaml is outside it",
            p
                + ":2:36: an untrusted profile may only name files in its own folder: "
                + root.resolve("ranges.yaml").toAbsolutePath()
                + " is outside it");
    // Trusted, the same profile reads both files (today's power).
    assertThat(Reviewer.fromProfile(p).rules()).isNotEmpty();
  }

  @Test
  void aLinkInsideTheFolderThatLeadsOutsideIsRefused() throws Exception {
    Path secret = write("secret/ranges.yaml", "ranges: []\n");
    Files.createDirectories(root.resolve("team"));
    Files.createSymbolicLink(root.resolve("team/ranges.yaml"), secret);
    Path p = write("team/profile.yaml", "benchmarks: {add: [ranges.yaml]}\n");

    assertThat(refused(p))
        .containsExactly(
            p
                + ":1:20: an untrusted profile may only name files in its own folder: ranges.yaml"
                + " is outside it");
  }

  @Test
  void oversizedFilesAndSectionsAreRefusedWithTheirPlace() throws Exception {
    String padding = "# " + "x".repeat(1000) + "\n";
    write("team/big.yaml", "ranges: []\n" + padding.repeat(300));
    String rules =
        IntStream.range(0, ProfileTrust.MAX_UNTRUSTED_ENTRIES + 1)
            .mapToObj(i -> "  X-" + i + ": off\n")
            .collect(Collectors.joining());
    Path p = write("team/profile.yaml", "benchmarks: {add: [big.yaml]}\nrules:\n" + rules);

    List<String> problems = refused(p);

    assertThat(problems)
        .contains(
            p
                + ":1:20: big.yaml has more than 262144 bytes, the most a file of an untrusted"
                + " profile may have",
            p + ":2:1: 'rules' has 1001 entries, more than the 1000 an untrusted profile may have");
  }

  @Test
  void anInMemoryProfileWithCodeIsRefusedByName() {
    RuleProfile profile =
        RuleProfile.builder()
            .name("uploaded")
            .addDrl(RuleSource.of("acme.drl", "package x;"))
            .build();

    RuleProfileException e =
        catchThrowableOfType(
            RuleProfileException.class,
            () -> Reviewer.fromProfile(profile, ProfileTrust.UNTRUSTED));

    assertThat(e.problems())
        .map(Object::toString)
        .containsExactly(
            "uploaded (drl.acme.drl): DRL, code that would run inside the host with its rights;"
                + " an untrusted profile may not add rules of its own");
  }

  @Test
  void limitsMayBeTightenedButNotLoosened() throws Exception {
    Path p =
        write(
            "team/profile.yaml",
            "limits:\n  maxFirings: 100000000\n  timeBudgetSeconds: 2\n"
                + "  maxInsertedFacts: 100000000\n");

    AssessmentLimits limits = Reviewer.fromProfile(p, ProfileTrust.UNTRUSTED).limits();

    assertThat(limits).isEqualTo(AssessmentLimits.defaults().withTimeBudget(Duration.ofSeconds(2)));
    assertThat(Reviewer.fromProfile(p).limits().maxFirings()).isEqualTo(100_000_000);
  }

  @Test
  void aDataOnlyProfileReviewsAsWhenTrusted() throws Exception {
    write(
        "team/data/ranges.yaml",
        "ranges:\n  - {kind: netPromoterScore, industry: telecommunications, low: 20, high: 40,"
            + " source: Acme panel}\n");
    Path p =
        write(
            "team/profile.yaml",
            "rules:\n  ALIGN-014: off\n  REAL-003: WARNING\nparameters:\n"
                + "  realism.indicatorsPerGoal.max: 4\nbenchmarks: {add: [data/ranges.yaml]}\n"
                + "suppressions:\n  - {rule: COMP-018, path: crmConcept.sections,"
                + " justification: Agreed with the steering committee}\n");
    var plan = SamplePlans.load(Samples.WEAK_PLAN).plan();

    assertThat(Reviewer.fromProfile(p, ProfileTrust.UNTRUSTED).assess(plan))
        .isEqualTo(Reviewer.fromProfile(p).assess(plan));
  }

  @Test
  void suppressionPatternsMatchAsTheirRegularExpressionInLinearTime() {
    qt().withExamples(2000)
        .forAll(
            strings().betweenCodePoints('*', '.').ofLengthBetween(0, 8),
            strings().betweenCodePoints('*', '.').ofLengthBetween(0, 12))
        .checkAssert(
            (glob, text) -> {
              Suppression s =
                  Suppression.builder().ruleId("R").path(glob).justification("j").build();
              assertThat(Suppression.globMatches(glob, text))
                  .as("%s ~ %s", glob, text)
                  .isEqualTo(s.pattern().matcher(text).matches());
            });
    // A pattern that sends a regular expression into exponential backtracking.
    String hostile = "**a".repeat(40) + "b";
    String path = "a".repeat(300);
    Suppression s = Suppression.builder().ruleId("R").path(hostile).justification("j").build();
    boolean matched =
        assertTimeoutPreemptively(
            Duration.ofSeconds(1),
            () -> s.matches(new FindingKey("R", ElementPath.root().field(path))));
    assertThat(matched).isFalse();
  }
}
