package io.github.crmstrategy.rules;

import io.github.crmstrategy.model.Baseline;
import io.github.crmstrategy.model.CorporatePlan;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.Direction;
import io.github.crmstrategy.model.ImmutableCorporatePlan;
import io.github.crmstrategy.model.ImmutableCrmStrategy;
import io.github.crmstrategy.model.ImmutableCustomerGoal;
import io.github.crmstrategy.model.ImmutableIndicator;
import io.github.crmstrategy.model.ImmutableOrganization;
import io.github.crmstrategy.model.ImmutablePlanDocument;
import io.github.crmstrategy.model.ImmutableStrategicGoal;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.Observation;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.StrategicGoal;
import io.github.crmstrategy.model.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Plans for the realism rule tests: the reference plan and variants of it. */
final class RealismFixtures {
  private RealismFixtures() {}

  /** {@code plan} with the indicator {@code id} (corporate or CRM) changed by {@code change}. */
  static PlanDocument withIndicator(
      PlanDocument plan, String id, UnaryOperator<ImmutableIndicator> change) {
    UnaryOperator<List<Indicator>> onList =
        list ->
            list.stream()
                .map(i -> i.id().equals(id) ? change.apply(ImmutableIndicator.copyOf(i)) : i)
                .map(Indicator.class::cast)
                .toList();
    PlanDocument out = plan;
    for (StrategicGoal g : plan.corporatePlan().orElseThrow().goals()) {
      out = withCorporateGoal(out, g.id(), x -> x.withIndicators(onList.apply(x.indicators())));
    }
    for (CustomerGoal g : plan.crmStrategy().orElseThrow().goals()) {
      out = withCrmGoal(out, g.id(), x -> x.withIndicators(onList.apply(x.indicators())));
    }
    return out;
  }

  /** {@code plan} with the corporate goal {@code id} changed by {@code change}. */
  static PlanDocument withCorporateGoal(
      PlanDocument plan, String id, UnaryOperator<ImmutableStrategicGoal> change) {
    CorporatePlan corp = plan.corporatePlan().orElseThrow();
    List<StrategicGoal> goals =
        corp.goals().stream()
            .map(g -> g.id().equals(id) ? change.apply(ImmutableStrategicGoal.copyOf(g)) : g)
            .map(StrategicGoal.class::cast)
            .toList();
    return ImmutablePlanDocument.copyOf(plan)
        .withCorporatePlan(ImmutableCorporatePlan.copyOf(corp).withGoals(goals));
  }

  /** {@code plan} with the CRM goal {@code id} changed by {@code change}. */
  static PlanDocument withCrmGoal(
      PlanDocument plan, String id, UnaryOperator<ImmutableCustomerGoal> change) {
    CrmStrategy crm = plan.crmStrategy().orElseThrow();
    List<CustomerGoal> goals =
        crm.goals().stream()
            .map(g -> g.id().equals(id) ? change.apply(ImmutableCustomerGoal.copyOf(g)) : g)
            .map(CustomerGoal.class::cast)
            .toList();
    return ImmutablePlanDocument.copyOf(plan)
        .withCrmStrategy(ImmutableCrmStrategy.copyOf(crm).withGoals(goals));
  }

  /** {@code plan} with {@code indicator} added to the goal {@code goalId} (corporate or CRM). */
  static PlanDocument addIndicator(PlanDocument plan, String goalId, Indicator indicator) {
    boolean corporate =
        plan.corporatePlan().orElseThrow().goals().stream().anyMatch(g -> g.id().equals(goalId));
    return corporate
        ? withCorporateGoal(plan, goalId, g -> g.withIndicators(plus(g.indicators(), indicator)))
        : withCrmGoal(plan, goalId, g -> g.withIndicators(plus(g.indicators(), indicator)));
  }

  /** {@code plan} with the organisation's industry set to {@code industry}. */
  static PlanDocument withIndustry(PlanDocument plan, String industry) {
    return ImmutablePlanDocument.copyOf(plan)
        .withOrganization(ImmutableOrganization.copyOf(plan.organization()).withIndustry(industry));
  }

  private static List<Indicator> plus(List<Indicator> list, Indicator extra) {
    List<Indicator> out = new ArrayList<>(list);
    out.add(extra);
    return out;
  }

  /**
   * An indicator measured from 2025-12-31 to a target due 2028-12-31 (the reference plan's dates).
   */
  static ImmutableIndicator indicator(
      String id, String kind, String unit, Direction direction, double baseline, double target) {
    return ImmutableIndicator.builder()
        .id(id)
        .name(id)
        .kind(kind)
        .unit(unit)
        .direction(direction)
        .baseline(Baseline.builder().value(baseline).asOf(date("2025-12-31")).build())
        .target(Target.builder().value(target).due(date("2028-12-31")).build())
        .build();
  }

  /** A target due 2028-12-31. */
  static Target target(double value) {
    return Target.builder().value(value).due(date("2028-12-31")).build();
  }

  /** A target due on {@code due}. */
  static Target target(double value, String due) {
    return Target.builder().value(value).due(date(due)).build();
  }

  /** Two history observations at the end of 2023 and 2024. */
  static List<Observation> history(double end2023, double end2024) {
    return List.of(
        Observation.builder().asOf(date("2023-12-31")).value(end2023).build(),
        Observation.builder().asOf(date("2024-12-31")).value(end2024).build());
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
