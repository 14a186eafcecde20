package io.github.crmstrategy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.PlanPatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Declarative rule cases (PMD style): each case in {@code src/test/resources/.../cases/*.yaml}
 * names a rule, a base plan (a bundled sample or a plan of the cases folder), a change that breaks
 * the rule, the findings expected (paths and message fragments), and a near miss: a change that
 * comes close but must not be reported. The rule must also be silent on the base plan unless the
 * case says {@code baseFires}. Every ALIGN, REAL and COMP rule has at least one case.
 *
 * <pre>{@code
 * - rule: ALIGN-033
 *   base: northwind-telecom
 *   breaks: {set: {crmStrategy.tasks[CT2].due: 2027-01-31}}
 *   expect: [{path: "crmStrategy.tasks[CT2]", message: [is due 2027-01-31, CAP2]}]
 *   nearMiss: {set: {crmStrategy.tasks[CT2].due: 2027-03-31}}
 * }</pre>
 */
class RuleCasesTest {
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();
  private static final Path FOLDER =
      Path.of("src/test/resources/io/github/crmstrategy/rules/cases");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** One case, as written. */
  @SuppressWarnings("unused")
  static final class Case {
    public String rule;
    public String title;
    public String base;
    public boolean baseFires;
    public Map<String, Object> breaks;
    public List<Expected> expect = List.of();
    public List<String> silent = List.of();
    public Map<String, Object> nearMiss;
    public List<String> nearMissSilent = List.of();
  }

  /** An expected finding: its path and fragments of its message. */
  @SuppressWarnings("unused")
  static final class Expected {
    public String path;
    public List<String> message = List.of();
    public String severity;
  }

  static final class CaseFile {
    public List<Case> cases;
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(FOLDER)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        CaseFile file = YAML.readValue(f.toFile(), CaseFile.class);
        if (file.cases != null) {
          out.addAll(file.cases);
        }
      }
    }
    return out;
  }

  static String baseText(String base) throws IOException {
    if (Samples.names().contains(base)) {
      return Samples.content(base);
    }
    try (InputStream in =
        RuleCasesTest.class.getResourceAsStream(
            "/io/github/crmstrategy/rules/cases/plans/" + base + ".yaml")) {
      if (in == null) {
        throw new IllegalArgumentException("no base plan " + base);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static PlanDocument plan(String base, Map<String, Object> changes) throws Exception {
    PlanPatch patch = PlanPatch.of(baseText(base));
    if (changes != null) {
      patch.apply(changes);
    }
    return patch.read().plan();
  }

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException {
    return cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.rule + (c.title == null ? "" : ": " + c.title), () -> check(c)));
  }

  private static void check(Case c) throws Exception {
    if (!c.baseFires) {
      assertThat(REVIEWER.assess(plan(c.base, null)).findingsOf(c.rule))
          .as("%s on the base plan %s", c.rule, c.base)
          .isEmpty();
    }
    AssessmentReport broken = REVIEWER.assess(plan(c.base, c.breaks));
    List<Finding> found = broken.findingsOf(c.rule);
    assertThat(found)
        .as("%s on the broken plan (all findings: %s)", c.rule, summary(broken))
        .extracting(f -> f.path().toString())
        .containsExactlyInAnyOrderElementsOf(c.expect.stream().map(e -> e.path).toList());
    for (Expected e : c.expect) {
      Finding f =
          found.stream().filter(x -> x.path().toString().equals(e.path)).findFirst().orElseThrow();
      for (String fragment : e.message) {
        assertThat(f.message()).as("message of %s at %s", c.rule, e.path).contains(fragment);
      }
      if (e.severity != null) {
        assertThat(f.severity().name()).isEqualTo(e.severity);
      }
    }
    for (String other : c.silent) {
      assertThat(broken.findingsOf(other))
          .as("%s on the plan that breaks %s", other, c.rule)
          .isEmpty();
    }
    if (c.nearMiss != null) {
      AssessmentReport near = REVIEWER.assess(plan(c.base, c.nearMiss));
      assertThat(near.findingsOf(c.rule))
          .as("%s on the near miss (all findings: %s)", c.rule, summary(near))
          .isEmpty();
      for (String other : c.nearMissSilent) {
        assertThat(near.findingsOf(other)).as("%s on the near miss of %s", other, c.rule).isEmpty();
      }
    }
  }

  private static String summary(AssessmentReport report) {
    return report.findings().stream()
        .map(f -> f.ruleId() + " " + f.path() + ": " + f.message())
        .toList()
        .toString();
  }

  /** Rules no case of a valid document can break, and where they are tested instead. */
  static final Map<String, String> TESTED_ELSEWHERE =
      Map.of(
          "ALIGN-006",
          "a document naming a strategy it lacks is invalid; plans built in code: AlignmentRulesTest",
          "ALIGN-046",
          "reports orderings analysts add as data: ChecksAsDataTest",
          "ALIGN-047",
          "reports coverage checks analysts add as data: ChecksAsDataTest");

  @Test
  void everyAlignmentRealismAndCompletenessRuleHasACaseWithANearMiss() throws IOException {
    Set<String> covered = new TreeSet<>();
    for (Case c : cases()) {
      assertThat(c.expect).as("expected findings of the case of %s", c.rule).isNotEmpty();
      covered.add(c.rule);
    }
    Set<String> rules = new TreeSet<>();
    for (RuleDescriptor r : REVIEWER.rules()) {
      if (r.category() != Category.MATURITY) {
        rules.add(r.id());
      }
    }
    rules.removeAll(TESTED_ELSEWHERE.keySet());
    assertThat(covered).containsAll(rules);
  }
}
