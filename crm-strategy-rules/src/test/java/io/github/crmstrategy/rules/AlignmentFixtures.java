package io.github.crmstrategy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.CorporatePlan;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CurrentState;
import io.github.crmstrategy.model.ImmutableCorporatePlan;
import io.github.crmstrategy.model.ImmutableCrmConcept;
import io.github.crmstrategy.model.ImmutableCrmStrategy;
import io.github.crmstrategy.model.ImmutableCurrentState;
import io.github.crmstrategy.model.ImmutablePlanDocument;
import io.github.crmstrategy.model.ImmutableRoadmap;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.Roadmap;
import io.github.crmstrategy.testing.ReferencePlan;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The reference plan and broken variants of it, for the alignment and completeness rule tests. */
final class AlignmentFixtures {
  /** The reference plan: a good plan. */
  static final PlanDocument NORTHWIND = ReferencePlan.northwindTelecom();

  private AlignmentFixtures() {}

  static ImmutablePlanDocument plan() {
    return ImmutablePlanDocument.copyOf(NORTHWIND);
  }

  static CorporatePlan corp() {
    return NORTHWIND.corporatePlan().orElseThrow();
  }

  static CrmStrategy crm() {
    return NORTHWIND.crmStrategy().orElseThrow();
  }

  static CrmConcept concept() {
    return NORTHWIND.crmConcept().orElseThrow();
  }

  static CurrentState state() {
    return NORTHWIND.currentState().orElseThrow();
  }

  static Roadmap roadmap() {
    return NORTHWIND.roadmap().orElseThrow();
  }

  static PlanDocument withCorp(UnaryOperator<ImmutableCorporatePlan> change) {
    return plan().withCorporatePlan(change.apply(ImmutableCorporatePlan.copyOf(corp())));
  }

  static PlanDocument withCrm(UnaryOperator<ImmutableCrmStrategy> change) {
    return plan().withCrmStrategy(change.apply(ImmutableCrmStrategy.copyOf(crm())));
  }

  static PlanDocument withConcept(UnaryOperator<ImmutableCrmConcept> change) {
    return plan().withCrmConcept(change.apply(ImmutableCrmConcept.copyOf(concept())));
  }

  static PlanDocument withState(UnaryOperator<ImmutableCurrentState> change) {
    return plan().withCurrentState(change.apply(ImmutableCurrentState.copyOf(state())));
  }

  static PlanDocument withRoadmap(UnaryOperator<ImmutableRoadmap> change) {
    return plan().withRoadmap(change.apply(ImmutableRoadmap.copyOf(roadmap())));
  }

  /** Findings of rule {@code id} on {@code plan}. */
  static List<Finding> findings(Reviewer reviewer, PlanDocument plan, String id) {
    return reviewer.assess(plan).findings().stream()
        .filter(f -> f.ruleId().equals(id))
        .collect(Collectors.toList());
  }

  /** Asserts that rule {@code id} reports exactly once at {@code path}, naming {@code name}. */
  static Finding assertFires(
      Reviewer reviewer, PlanDocument plan, String id, String path, String name) {
    List<Finding> found = findings(reviewer, plan, id);
    assertThat(found)
        .as("findings of %s", id)
        .extracting(f -> f.path().toString())
        .containsExactly(path);
    assertThat(found.get(0).message()).contains(name);
    return found.get(0);
  }

  /** Asserts that rule {@code id} reports nothing on {@code plan}. */
  static void assertSilent(Reviewer reviewer, PlanDocument plan, String id) {
    assertThat(findings(reviewer, plan, id)).as("findings of %s", id).isEmpty();
  }
}
