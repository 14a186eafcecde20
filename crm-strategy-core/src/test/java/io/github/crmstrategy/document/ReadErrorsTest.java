package io.github.crmstrategy.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.crmstrategy.model.PlanDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per kind of reading error, each asserting the exact located message. */
class ReadErrorsTest {
  private static final String HEAD = "formatVersion: 1\norganization:\n  name: Acme\n";

  private static List<String> problems(String content, String source) {
    DocumentFormat format = DocumentFormat.of(Path.of(source));
    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class, () -> PlanDocuments.read(content, source, format));
    assertThat(e).as("expected %s to be rejected", source).isNotNull();
    assertThat(e.source()).isEqualTo(source);
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void unknownKeyInAFileNamesFileLineColumnPathAndClosestKey() throws Exception {
    // Immutables binds through a generated "Json" delegate class; this proves that
    // FAIL_ON_UNKNOWN_PROPERTIES applies to it (it carries no @JsonIgnoreProperties).
    Path file = Path.of("src/test/resources/broken.yaml");
    InvalidPlanException e =
        catchThrowableOfType(InvalidPlanException.class, () -> PlanDocuments.read(file));

    // The unknown key does not hide the references that do not resolve: every problem, in
    // document order.
    assertThat(e.problems())
        .map(Problem::toString)
        .containsExactly(
            file
                + ":7:3: crmStrategy.strategy: The CRM strategy refers to corporate strategy"
                + " 'S-CRM', which does not exist (fix: Add a corporate strategy with this id, or"
                + " remove the reference)",
            file
                + ":11:18: crmStrategy.goals[CG1].supports[G1]: CRM goal 'CG1' refers to corporate"
                + " goal 'G1', which does not exist (fix: Add a corporate goal with this id, or"
                + " remove the reference)",
            file
                + ":12:7: crmStrategy.goals[CG1].indicatrs: unknown key 'indicatrs'; did you mean"
                + " 'indicators'? (fix: known keys here: id, indicators, statement, supports)");
    assertThat(e).hasMessageStartingWith("3 problems in " + file + ":\n  " + file + ":7:3: ");
  }

  @Test
  void unknownKeyWithoutCloseMatchListsTheKnownKeys() {
    assertThat(problems(HEAD + "horizon:\n  xyz: 1\n", "plan.yaml"))
        .containsExactly(
            "plan.yaml:5:3: horizon.xyz: unknown key 'xyz' (fix: known keys here: end, start)");
  }

  @Test
  void aJsonPlanMayNameItsSchema() throws Exception {
    String json =
        "{\"$schema\": \"https://raw.githubusercontent.com/crmstrategy/crm-strategy/main/"
            + "crm-strategy-core/src/main/resources/io/github/crmstrategy/plan-document.schema.json\",\n"
            + " \"formatVersion\": 1, \"organization\": {\"name\": \"X\"}}";
    PlanDocument plan = PlanDocuments.read(json, "plan.json", DocumentFormat.JSON).plan();
    assertThat(plan.organization().name()).isEqualTo("X");
    assertThat(PlanDocuments.write(plan, DocumentFormat.JSON)).doesNotContain("$schema");
    assertThat(
            problems(
                "{\"$schemas\": \"x\", \"formatVersion\": 1, \"organization\": {\"name\": \"X\"}}",
                "plan.json"))
        .singleElement()
        .asString()
        .contains("unknown key '$schemas'");
  }

  @Test
  void unknownKeyInJson() {
    assertThat(
            problems(
                "{\"formatVersion\": 1,\n \"organization\": {\"name\": \"X\", \"nmae\": 3}}",
                "plan.json"))
        .containsExactly(
            "plan.json:2:32: organization.nmae: unknown key 'nmae'; did you mean 'name'? (fix:"
                + " known keys here: businessModel, employees, industry, name)");
  }

  @Test
  void wrongType() {
    assertThat(problems(HEAD + "crmStrategy:\n  goals: CG1\n", "plan.yaml"))
        .containsExactly(
            "plan.yaml:5:3: crmStrategy.goals: expected a list, found text 'CG1' (fix: write a"
                + " list: [A, B] or one '- item' per line)");
  }

  @Test
  void textWhereANumberIsExpectedIsNotCoerced() {
    String indicator =
        HEAD
            + "crmStrategy:\n  goals:\n    - id: CG1\n      indicators:\n        - id: CLV\n"
            + "          baseline: {value: '880'}\n";

    assertThat(problems(indicator, "plan.yaml"))
        .containsExactly(
            "plan.yaml:9:22: crmStrategy.goals[CG1].indicators[CLV].baseline.value: expected a"
                + " number, found text '880' (fix: write a plain number without quotes, units or"
                + " separators, e.g. 12.5)");
  }

  @Test
  void badNumber() {
    String indicator =
        HEAD
            + "corporatePlan:\n  goals:\n    - id: G1\n      indicators:\n        - id: REV\n"
            + "          target:\n            value: 12 MUSD\n";

    assertThat(problems(indicator, "plan.yaml"))
        .containsExactly(
            "plan.yaml:10:13: corporatePlan.goals[G1].indicators[REV].target.value: expected a"
                + " number, found text '12 MUSD' (fix: write a plain number without quotes, units"
                + " or separators, e.g. 12.5)");
  }

  @Test
  void fractionWhereAWholeNumberIsExpected() {
    assertThat(problems("formatVersion: 1.5\norganization:\n  name: Acme\n", "plan.yaml"))
        .containsExactly(
            "plan.yaml:1:1: formatVersion: expected a whole number, found the number 1.5 (fix:"
                + " write a whole number without quotes, for example 3)");
    assertThat(problems(HEAD + "  employees: '25'\n", "plan.yaml"))
        .containsExactly(
            "plan.yaml:4:3: organization.employees: expected a whole number, found text '25'"
                + " (fix: write a whole number without quotes, for example 3)");
  }

  @Test
  void textOrNumberWhereABooleanIsExpected() {
    String segments =
        HEAD + "crmStrategy:\n  customerBase:\n    segments:\n      - {id: S, ideal: 'yes'}\n";

    assertThat(problems(segments, "plan.yaml"))
        .containsExactly(
            "plan.yaml:7:17: crmStrategy.customerBase.segments[S].ideal: expected true or false,"
                + " found text 'yes' (fix: write true or false without quotes)");
    assertThat(problems(segments.replace("'yes'", "1"), "plan.yaml"))
        .containsExactly(
            "plan.yaml:7:17: crmStrategy.customerBase.segments[S].ideal: expected true or false,"
                + " found the number 1 (fix: write true or false without quotes)");
  }

  @Test
  void badDate() {
    assertThat(problems(HEAD + "horizon:\n  start: 2026-13-01\n", "plan.yaml"))
        .containsExactly(
            "plan.yaml:5:3: horizon.start: expected a date, found text '2026-13-01' (fix: write"
                + " an ISO date YYYY-MM-DD, for example 2027-12-31)");
    assertThat(problems(HEAD + "horizon:\n  start: 20260101\n", "plan.yaml"))
        .containsExactly(
            "plan.yaml:5:3: horizon.start: expected a date, found the number 20260101 (fix:"
                + " write an ISO date YYYY-MM-DD, for example 2027-12-31)");
  }

  @Test
  void badEnumValueListsAllowedValuesAndClosest() {
    String goal = HEAD + "corporatePlan:\n  goals:\n    - id: G1\n      perspective: finansial\n";

    assertThat(problems(goal, "plan.yaml"))
        .containsExactly(
            "plan.yaml:7:7: corporatePlan.goals[G1].perspective: 'finansial' is not a valid"
                + " perspective; did you mean 'financial'? (fix: use one of: financial, customer,"
                + " internalProcess, learningAndGrowth)");
  }

  @Test
  void badEnumMapKey() {
    assertThat(problems(HEAD + "currentState:\n  selfAssessment:\n    visoin: 2\n", "plan.yaml"))
        .containsExactly(
            "plan.yaml:6:5: currentState.selfAssessment.visoin: 'visoin' is not a valid building"
                + " block; did you mean 'vision'? (fix: use one of: vision, strategy,"
                + " customerExperience, collaboration, processes, information, technology,"
                + " metrics)");
  }

  @Test
  void missingRequiredKeys() {
    assertThat(problems("organization:\n  name: Acme\n", "plan.yaml"))
        .containsExactly(
            "plan.yaml:1:1: formatVersion: missing required key 'formatVersion' of a plan"
                + " document (fix: add 'formatVersion: ...' here)");
    assertThat(problems("formatVersion: 1\norganization:\n  industry: telecom\n", "plan.yaml"))
        .containsExactly(
            "plan.yaml:2:1: organization.name: missing required key 'name' of an organization"
                + " (fix: add 'name: ...' here)");
    assertThat(problems(HEAD + "corporatePlan:\n  goals:\n    - statement: Grow.\n", "plan.yaml"))
        .containsExactly(
            "plan.yaml:6:7: corporatePlan.goals[0].id: missing required key 'id' of a strategic"
                + " goal (fix: add 'id: ...' here)");
  }

  @Test
  void missingObservationBaselineAndTargetValues() {
    String indicator =
        HEAD
            + "corporatePlan:\n  goals:\n    - id: G1\n      indicators:\n        - id: I\n"
            + "          %s\n";

    assertThat(problems(indicator.formatted("history: [{value: 3}]"), "plan.yaml"))
        .containsExactly(
            "plan.yaml:9:21: corporatePlan.goals[G1].indicators[I].history[0].asOf: missing"
                + " required key 'asOf' of an observation (fix: add 'asOf: ...' here)");
    assertThat(problems(indicator.formatted("baseline: {asOf: 2025-12-31}"), "plan.yaml"))
        .containsExactly(
            "plan.yaml:9:11: corporatePlan.goals[G1].indicators[I].baseline.value: missing"
                + " required key 'value' of a baseline (fix: add 'value: ...' here)");
    assertThat(problems(indicator.formatted("target: {due: 2027-12-31}"), "plan.yaml"))
        .containsExactly(
            "plan.yaml:9:11: corporatePlan.goals[G1].indicators[I].target.value: missing"
                + " required key 'value' of a target (fix: add 'value: ...' here)");
    assertThat(problems(indicator.formatted("target: {value: null}"), "plan.yaml"))
        .containsExactly(
            "plan.yaml:9:20: corporatePlan.goals[G1].indicators[I].target.value: expected a"
                + " number, found null (fix: write a plain number without quotes, units or"
                + " separators, e.g. 12.5)");
  }

  @Test
  void nullItemInAList() {
    String goal = HEAD + "crmStrategy:\n  goals:\n    - id: CG1\n      supports: [G1, ~]\n";

    assertThat(problems(goal, "plan.yaml"))
        .containsExactly(
            "plan.yaml:7:18: crmStrategy.goals[CG1].supports[G1]: CRM goal 'CG1' refers to"
                + " corporate goal 'G1', which does not exist (fix: Add a corporate goal with this"
                + " id, or remove the reference)",
            "plan.yaml:7:22: crmStrategy.goals[CG1].supports: the list contains an empty (null)"
                + " item (fix: remove the empty item or give it a value)");
  }

  @Test
  void duplicateKeyInYaml() {
    String goal = HEAD + "corporatePlan:\n  goals:\n    - id: G1\n      id: G2\n";

    assertThat(problems(goal, "plan.yaml"))
        .containsExactly(
            "plan.yaml:7:7: corporatePlan.goals[0].id: duplicate key 'id' (fix: keep one 'id' key"
                + " in this mapping: later ones would silently win)");
  }

  @Test
  void duplicateKeyInJson() {
    assertThat(problems("{\"formatVersion\": 1,\n \"formatVersion\": 2}", "plan.json"))
        .containsExactly(
            "plan.json:2:2: formatVersion: duplicate key 'formatVersion' (fix: keep one"
                + " 'formatVersion' key in this mapping: later ones would silently win)");
  }

  @Test
  void yamlSyntaxError() {
    assertThat(problems(HEAD + "corporatePlan:\n  goals: [\n", "plan.yaml"))
        .containsExactly(
            "plan.yaml:6:1: corporatePlan.goals[0]: YAML syntax error: while parsing a flow node:"
                + " expected the node content, but found '<stream end>' (fix: correct the"
                + " document syntax at this position)");
  }

  @Test
  void jsonSyntaxError() {
    assertThat(problems("{\"formatVersion\": 1,,}", "plan.json"))
        .singleElement()
        .asString()
        .startsWith("plan.json:1:21: formatVersion: syntax error: Unexpected character (','");
  }

  @Test
  void aliasBombIsRejectedAtTheFirstAlias() {
    Path bomb = Path.of("src/test/resources/alias-bomb.yaml");

    InvalidPlanException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> catchThrowableOfType(InvalidPlanException.class, () -> PlanDocuments.read(bomb)));

    assertThat(e.problems())
        .singleElement()
        .hasToString(
            bomb
                + ":6:8: b[0]: YAML alias '*a' is not supported (fix: write the value out in full"
                + " instead of referring to an anchor)");
  }

  @Test
  void deepNestingIsRejected() {
    String deep = HEAD + "roadmap: " + "[".repeat(200) + "]".repeat(200) + "\n";

    assertThat(problems(deep, "deep.yaml"))
        .singleElement()
        .asString()
        .contains(
            "the document exceeds a safety limit: lists and mappings are nested 65 levels deep,"
                + " more than 64")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void overlongNumberIsRejected() {
    assertThat(problems("{\"formatVersion\": 1" + "0".repeat(200) + "}", "plan.json"))
        .singleElement()
        .asString()
        .startsWith("plan.json:1:")
        .contains(
            "formatVersion: the document exceeds a safety limit: a number is written with 201"
                + " characters, more than 100")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void oversizedYamlIsRejectedQuickly() {
    String big = HEAD + ("# " + "x".repeat(1000) + "\n").repeat(6 * 1024);

    List<String> problems =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problems(big, "big.yaml"));

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith("big.yaml:")
        .contains("the document exceeds a safety limit");
  }

  @Test
  void hugeYamlLineIsRejectedBeforeParsing() {
    String line = HEAD + "# " + "x".repeat(4 * 1024 * 1024) + "\n";

    List<String> problems =
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> problems(line, "long.yaml"));

    assertThat(problems)
        .containsExactly(
            "long.yaml:4:65537: the document exceeds a safety limit: line longer than 65536"
                + " characters (fix: break the text over several lines (a YAML block scalar '|'"
                + " keeps line breaks))");
  }

  @Test
  void severalDocumentsInOneStream() {
    assertThat(problems(HEAD + "---\n" + HEAD, "plan.yaml"))
        .containsExactly(
            "plan.yaml:5:1: more than one document in the stream (fix: keep one plan per file;"
                + " remove the second document)");
  }

  @Test
  void emptyDocument() {
    assertThat(problems("", "plan.yaml"))
        .containsExactly(
            "plan.yaml:1:1: the document is empty (fix: start from the reference plan"
                + " northwind-telecom.yaml)");
  }

  @Test
  void documentThatIsNotAMapping() {
    assertThat(problems("- a\n", "plan.yaml"))
        .containsExactly(
            "plan.yaml:1:1: expected a mapping of keys to values, found a list (fix: write 'key:"
                + " value' lines indented under this key)");
  }
}
