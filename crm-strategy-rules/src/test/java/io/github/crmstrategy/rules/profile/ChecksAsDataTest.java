package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmstrategy.document.PlanPatch;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.samples.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/rules-customisation.md: checks added as data in a profile, without
 * Java or DRL (a coverage check, an ordering, a relation between two new indicator kinds, a
 * vocabulary area), reported by the generic rules ALIGN-046, ALIGN-047 and REAL-030. The files
 * shown in the document are the files tested here.
 */
class ChecksAsDataTest {
  static final Path EXAMPLE =
      Path.of("src/test/resources/io/github/crmstrategy/rules/checks-example");
  static final Reviewer EXAMPLE_REVIEWER = load();
  static final Reviewer DEFAULT = Reviewer.withDefaultRules();

  private static Reviewer load() {
    try {
      return Reviewer.fromProfile(EXAMPLE.resolve("profile.yaml"));
    } catch (RuleProfileException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static PlanDocument northwind(UnaryOperator<PlanPatch> change) throws Exception {
    return change.apply(PlanPatch.of(Samples.content(Samples.NORTHWIND_TELECOM))).read().plan();
  }

  private static List<Finding> findings(Reviewer reviewer, PlanDocument plan, String rule) {
    return reviewer.assess(plan).findingsOf(rule);
  }

  @Test
  void theReferencePlanMeetsTheAddedChecks() throws Exception {
    PlanDocument plan = northwind(p -> p);
    for (String rule : List.of("ALIGN-046", "ALIGN-047", "REAL-030")) {
      assertThat(findings(EXAMPLE_REVIEWER, plan, rule)).as(rule).isEmpty();
    }
  }

  @Test
  void anOpportunityNoGoalOrStrategyPursues() throws Exception {
    PlanDocument plan =
        northwind(
            p ->
                p.add(
                    "corporatePlan.swot.opportunities",
                    Map.of("id", "SW-O2", "statement", "Municipal tenders open to operators.")));
    assertThat(findings(EXAMPLE_REVIEWER, plan, "ALIGN-047"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path().toString()).isEqualTo("corporatePlan.swot.opportunities[SW-O2]");
              assertThat(f.message())
                  .isEqualTo(
                      "SWOT opportunity SW-O2 \"Municipal tenders open to operators\" is an"
                          + " opportunity of the plan's own SWOT that no goal or strategy pursues");
            });
    // the built-in rules have no such check
    assertThat(findings(DEFAULT, plan, "ALIGN-047")).isEmpty();
    // near miss: a goal that names it in its swot pursues it
    PlanDocument pursued =
        northwind(
            p ->
                p.add(
                        "corporatePlan.swot.opportunities",
                        Map.of("id", "SW-O2", "statement", "Municipal tenders open to operators."))
                    .add("corporatePlan.goals[G1].swot", "SW-O2"));
    assertThat(findings(EXAMPLE_REVIEWER, pursued, "ALIGN-047")).isEmpty();
  }

  @Test
  void aCapabilityLiveTooSoonAfterTheOneItBuildsOn() throws Exception {
    PlanDocument plan = northwind(p -> p.set("roadmap.milestones[M2].due", "2026-11-30"));
    assertThat(findings(EXAMPLE_REVIEWER, plan, "ALIGN-046"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path().toString()).isEqualTo("crmConcept.capabilities[CAP2]");
              assertThat(f.message())
                  .isEqualTo(
                      "Capability CAP2 \"Single customer view for key accounts\" goes live"
                          + " 2026-11-30, less than 3 months after the capabilities it builds on:"
                          + " capability CAP1 \"Corporate tariff analytics\" on 2026-09-30");
            });
    assertThat(findings(DEFAULT, plan, "ALIGN-046")).isEmpty();
    PlanDocument nearMiss = northwind(p -> p.set("roadmap.milestones[M2].due", "2026-12-31"));
    assertThat(findings(EXAMPLE_REVIEWER, nearMiss, "ALIGN-046")).isEmpty();
  }

  @Test
  void netPromoterScoreThatIsNotPromotersMinusDetractors() throws Exception {
    UnaryOperator<PlanPatch> shares =
        p ->
            p.add(
                    "crmStrategy.goals[CG2].indicators",
                    Map.of(
                        "id", "NPS",
                        "kind", "netPromoterScore",
                        "unit", "points",
                        "direction", "increase",
                        "baseline", Map.of("value", 20, "asOf", "2025-12-31"),
                        "target", Map.of("value", 30, "due", "2028-12-31")))
                .add(
                    "crmStrategy.goals[CG2].indicators",
                    Map.of(
                        // no kind: recognised by its name
                        "id", "PROM",
                        "name", "Share of promoters",
                        "unit", "percent",
                        "direction", "increase",
                        "baseline", Map.of("value", 45, "asOf", "2025-12-31"),
                        "target", Map.of("value", 50, "due", "2028-12-31")))
                .add(
                    "crmStrategy.goals[CG2].indicators",
                    Map.of(
                        "id", "DETR",
                        "name", "Доля критиков",
                        "unit", "%",
                        "direction", "decrease",
                        "baseline", Map.of("value", 25, "asOf", "2025-12-31"),
                        "target", Map.of("value", 25, "due", "2028-12-31")));
    PlanDocument plan = northwind(shares);
    assertThat(findings(EXAMPLE_REVIEWER, plan, "REAL-030"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path().toString()).isEqualTo("crmStrategy.goals[CG2].indicators[NPS]");
              assertThat(f.message())
                  .contains("netPromoterScore = promoterShare - detractorShare (tolerance 2)")
                  .contains(
                      "with their targets (30, 50, 25) the left side is 30 and the right side 25")
                  .contains("The net promoter score is the share of promoters minus");
            });
    assertThat(findings(DEFAULT, plan, "REAL-030")).isEmpty();
    PlanDocument consistent =
        northwind(
            p -> shares.apply(p).set("crmStrategy.goals[CG2].indicators[NPS].target.value", 26));
    assertThat(findings(EXAMPLE_REVIEWER, consistent, "REAL-030")).isEmpty();
  }

  @Test
  void aVocabularyAreaLetsATaskAnswerAThreat() throws Exception {
    UnaryOperator<PlanPatch> threat =
        p ->
            p.add(
                "corporatePlan.swot.threats",
                Map.of("id", "SW-T2", "statement", "Rivals offer on-site visits within a day."));
    UnaryOperator<PlanPatch> answered =
        p ->
            threat
                .apply(p)
                .add(
                    "crmStrategy.tasks",
                    Map.of(
                        "id", "CT3",
                        "statement", "Send a field engineer to a key account within 24 hours.",
                        "strategy", "RS1",
                        "owner", "Head of Operations",
                        "due", "2027-06-30"));
    assertThat(findings(EXAMPLE_REVIEWER, northwind(threat), "ALIGN-042"))
        .extracting(f -> f.path().toString())
        .containsExactly("corporatePlan.swot.threats[SW-T2]");
    // the task answers the threat through the added area fieldService...
    assertThat(findings(EXAMPLE_REVIEWER, northwind(answered), "ALIGN-042")).isEmpty();
    // ...which the built-in vocabulary lacks
    assertThat(findings(DEFAULT, northwind(answered), "ALIGN-042")).hasSize(1);
  }

  @Test
  void aRowNamingARuleThePackLacksIsAnError() {
    RuleProfile profile =
        RuleProfile.builder()
            .addDataTables(
                new DataTable(
                    "checks",
                    false,
                    List.of(
                        new io.github.crmstrategy.rules.facts.CoverageCheck(
                            "x",
                            "ACME-009",
                            List.of("opportunity"),
                            "",
                            "",
                            List.of("answers"),
                            false,
                            List.of(),
                            "{element} is not pursued"))))
            .build();
    assertThatThrownBy(() -> Reviewer.fromProfile(profile))
        .isInstanceOf(RuleProfileException.class)
        .hasMessageContaining("coverage check x names rule ACME-009, which the pack does not have");
  }

  @Test
  void aFormulaThatDoesNotParseIsAnError() {
    RuleProfile profile =
        RuleProfile.builder()
            .addDataTables(
                new DataTable(
                    "indicator-relations",
                    false,
                    List.of(
                        new io.github.crmstrategy.rules.facts.IndicatorRelation(
                            "broken",
                            "",
                            "churnRate + = 100",
                            0,
                            "",
                            false,
                            List.of(),
                            List.of(),
                            Map.of(),
                            "",
                            ""))))
            .build();
    assertThatThrownBy(() -> Reviewer.fromProfile(profile))
        .isInstanceOf(RuleProfileException.class)
        .hasMessageContaining("relation broken: formula 'churnRate + = 100', at character 13");
  }

  @Test
  void anUnknownDataFileIsReportedWithItsPlace() throws Exception {
    Path dir = Files.createTempDirectory("profile");
    Path profile = dir.resolve("profile.yaml");
    Files.writeString(profile, "data:\n  vocabularies: {add: [v.yaml]}\n");
    assertThatThrownBy(() -> Reviewer.fromProfile(profile))
        .isInstanceOf(RuleProfileException.class)
        .hasMessageContaining(
            "profile.yaml:2:3: unknown data file 'vocabularies' (did you mean 'vocabulary'?)");
  }

  @Test
  void theDocumentShowsTheseFiles() throws Exception {
    String doc = Files.readString(Path.of("../docs/rules-customisation.md"));
    for (String file :
        List.of(
            "profile.yaml",
            "data/kinds.yaml",
            "data/relations.yaml",
            "data/vocabulary.yaml",
            "data/checks.yaml")) {
      assertThat(doc).as(file).contains(Files.readString(EXAMPLE.resolve(file)).strip());
    }
  }
}
