package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.internal.profile.ProfileKey;
import io.github.crmstrategy.rules.internal.profile.ProfileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles and their data files are read with core's located reader: every problem of every kind
 * carries the file, line and column, and the problems of profiles built in memory name the profile
 * and the key.
 */
class ProfileLocationsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private List<ProfileProblem> problems(Path profile) {
    try {
      Reviewer.fromProfile(profile);
    } catch (RuleProfileException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems in " + profile);
  }

  /** The problems as text, with the folder of the files left out. */
  private List<String> shown(Path profile) {
    return problems(profile).stream().map(p -> p.toString().replace(dir + "/", "")).toList();
  }

  @Test
  void everyShapeProblemOfAProfileAndItsDataFilesIsLocated() throws Exception {
    write("data/ranges.yaml", "ranges:\n  - {kind: nps, colour: red}\n");
    write("data/limits.yaml", "limits:\n  - {a: 1\n");
    write("data/dup.yaml", "sections: []\nsections: []\n");
    write("data/empty.yaml", "");
    Path p =
        write(
            "profile.yaml",
            """
            extends: missing-parent.yaml
            name: [x]
            description: {a: 1}
            rules:
              REAL-001: [on]
              REAL-002: {severity: [x]}
            parameters: [1]
            benchmarks: {add: [data/ranges.yaml], keep: x}
            growthLimits: {replace: data/limits.yaml}
            conceptSections: {add: [data/dup.yaml, data/empty.yaml, {x: 1}, missing.yaml]}
            drl: x
            decisionTables: [""]
            suppressions:
              - x
              - {rule: REAL-001, colour: red, path: "**", justification: ok}
              - {path: "**"}
            """);
    assertThat(shown(p))
        .containsExactly(
            "profile.yaml:1:10: profile missing-parent.yaml not found",
            "profile.yaml:2:7: 'name' is a text, not a list",
            "profile.yaml:3:14: 'description' is a text, not a map",
            "profile.yaml:5:13: the setting of rule REAL-001 is a map {enabled, severity}, off, on or a severity, not a list",
            "profile.yaml:6:24: 'severity' of rule REAL-002 is one of [ERROR, WARNING, INFO], not a list",
            "profile.yaml:7:13: 'parameters' is a map, not a list",
            "data/ranges.yaml:2:17: ranges[0].colour: unknown key 'colour' (fix: known keys here: businessModel, high, industry, kind, low, source)",
            "profile.yaml:8:39: unknown key 'keep' in 'benchmarks'; use replace or add",
            "data/limits.yaml:3:1: YAML syntax error: while parsing a flow mapping: expected ',' or '}', but got <stream end>",
            "data/dup.yaml:2:1: duplicate key 'sections'",
            "data/empty.yaml:1:1: the data file is empty",
            "profile.yaml:10:57: expected a file path relative to the profile, not a map",
            "profile.yaml:10:65: file missing.yaml not found (missing.yaml)",
            "profile.yaml:11:6: 'drl' is a list, not 'x'",
            "profile.yaml:12:18: expected a file path relative to the profile, not nothing",
            "profile.yaml:14:5: a suppression is a map {rule, path, justification}, not 'x'",
            "profile.yaml:15:22: unknown key 'colour' in a suppression; a suppression has rule, path, justification",
            "profile.yaml:16:5: a suppression needs the rule id it suppresses ('rule')");
    assertThat(problems(p)).allSatisfy(problem -> assertThat(problem.location()).isPresent());
  }

  @Test
  void syntaxAndSafetyProblemsAreThoseOfPlanDocuments() throws Exception {
    assertThat(shown(write("dup.yaml", "rules:\n  REAL-001: off\n  REAL-001: on\n")))
        .containsExactly("dup.yaml:3:3: duplicate key 'REAL-001'");
    assertThat(shown(write("alias.yaml", "name: &x acme\ndescription: *x\n")))
        .containsExactly("alias.yaml:2:14: YAML alias '*x' is not supported");
    assertThat(shown(write("flow.yaml", "rules: [1\n")))
        .containsExactly(
            "flow.yaml:2:1: YAML syntax error: while parsing a flow sequence: expected ',' or ']', but got <stream end>");
    assertThat(shown(write("two.yaml", "rules: {REAL-001: off}\n---\nname: b\n")))
        .containsExactly("two.yaml:3:1: more than one document in the stream");
    assertThat(shown(write("list.yaml", "- rules\n")))
        .containsExactly(
            "list.yaml:1:1: a profile is a map of [extends, name, description, rules, parameters, benchmarks, growthLimits, conceptSections, maturityCriteria, maturitySignals, data, decisionTables, drl, suppressions, limits, texts], not a list");
    Path binary = dir.resolve("binary.yaml");
    Files.write(binary, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28});
    assertThat(shown(binary))
        .containsExactly(
            "binary.yaml:1:7: the file is not UTF-8 text: byte 0xC3 here is not valid UTF-8; it looks like a legacy 8-bit encoding such as Windows-1252 or ISO-8859-1");
  }

  @Test
  void messagesQuoteValuesAsWritten() throws Exception {
    Path p =
        write(
            "profile.yaml",
            "rules:\n  REAL-004: {enabled: True}\n  REAL-005: {severity: 1.50}\n  REAL-006: on\n");
    assertThat(shown(p))
        .containsExactly(
            "profile.yaml:2:23: 'enabled' of rule REAL-004 is true or false, not 'True'",
            "profile.yaml:3:24: unknown severity '1.50'; one of [ERROR, WARNING, INFO], or off/on");
  }

  @Test
  void aProblemInAnExtendedProfileIsLocatedInItsFile() throws Exception {
    write("team/base.yaml", "rules:\n  REAL-03: off\nsuppressions:\n  - {rule: REAL-001}\n");
    Path p = write("profile.yaml", "extends: team/base.yaml\nrules:\n  REAL-004: off\n");
    assertThat(shown(p))
        .containsExactly(
            "team/base.yaml:2:3: unknown rule id 'REAL-03' (did you mean 'REAL-003'?)",
            "team/base.yaml:4:5: the suppression of REAL-001 needs a justification",
            "team/base.yaml:4:5: the suppression of REAL-001 needs a path pattern (** for any path)");
  }

  @Test
  void suppressionsAreLocatedByTheirPlaceAmongThoseThatWereRead() throws Exception {
    // The first item is rejected while reading; the second is the profile's suppression 0.
    Path p =
        write(
            "profile.yaml",
            "suppressions:\n  - {path: \"**\"}\n  - {rule: REAL-001, path: \"**\"}\n");
    assertThat(shown(p))
        .containsExactly(
            "profile.yaml:2:5: a suppression needs the rule id it suppresses ('rule')",
            "profile.yaml:3:5: the suppression of REAL-001 needs a justification");
  }

  @Test
  void keysKeepTheLocationsOfKeyAndValue() throws Exception {
    Path p = write("profile.yaml", "parameters:\n  realism.indicatorsPerGoal.max: 4\n");
    ProfileReader.Read read = ProfileReader.readStrictly(ProfileReader.file(p));
    String source = p.toString();
    assertThat(read.locate(ProfileKey.parameter("realism.indicatorsPerGoal.max")))
        .contains(new SourceLocation(source, 2, 3));
    assertThat(read.locate(ProfileKey.parameterValue("realism.indicatorsPerGoal.max")))
        .contains(new SourceLocation(source, 2, 34));
    assertThat(read.locate(ProfileKey.rule("REAL-001"))).isEmpty();
    // A key the files do not hold is named by the profile and the key.
    assertThat(read.problem(ProfileKey.rule("REAL-001"), "m").toString())
        .isEqualTo("profile (rules.REAL-001): m");
  }

  @Test
  void problemsOfAProfileInMemoryNameTheProfileAndTheKey() {
    RuleProfile profile =
        RuleProfile.builder()
            .name("acme")
            .putRule("REAL-03", RuleSetting.disabled())
            .putParameter("realism.indicatorPerGoal.max", 3.0)
            .putParameter("realism.clvArpu.tolerance", 150.0)
            .addSuppressions(
                Suppression.builder().ruleId("REAL-001").path("").justification("").build())
            .build();
    List<ProfileProblem> problems;
    try {
      Reviewer.fromProfile(profile);
      throw new AssertionError("expected problems");
    } catch (RuleProfileException e) {
      problems = e.problems();
    }
    assertThat(problems.stream().map(Object::toString))
        .containsExactly(
            "acme (rules.REAL-03): unknown rule id 'REAL-03' (did you mean 'REAL-003'?)",
            "acme (parameters.realism.indicatorPerGoal.max): unknown parameter 'realism.indicatorPerGoal.max' (did you mean 'realism.indicatorsPerGoal.max'?)",
            "acme (parameters.realism.clvArpu.tolerance): parameter 'realism.clvArpu.tolerance' is a percentage: 150 is outside 0..100",
            "acme (suppressions.0): the suppression of REAL-001 needs a justification",
            "acme (suppressions.0): the suppression of REAL-001 needs a path pattern (** for any path)");
    assertThat(problems).allSatisfy(p -> assertThat(p.location()).isEmpty());
    assertThat(problems.get(0).place()).isEqualTo("acme (rules.REAL-03)");
  }

  @Test
  void aProblemPrintsItsLocationOrItsPlace() {
    SourceLocation at = new SourceLocation("rules/acme.drl", 12, 30);
    ProfileProblem located = ProfileProblem.at(at, "no viable alternative");
    assertThat(located.location()).contains(at);
    assertThat(located.place()).isEqualTo("rules/acme.drl");
    assertThat(located).hasToString("rules/acme.drl:12:30: no viable alternative");
    ProfileProblem file = ProfileProblem.in("rules/acme.drl", "rule \"Mine\" has the id REAL-001");
    assertThat(file.location()).isEqualTo(Optional.empty());
    assertThat(file.where()).isEqualTo("rules/acme.drl");
    assertThat(file).hasToString("rules/acme.drl: rule \"Mine\" has the id REAL-001");
  }
}
