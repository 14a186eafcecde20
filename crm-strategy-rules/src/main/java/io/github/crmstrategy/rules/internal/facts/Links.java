package io.github.crmstrategy.rules.internal.facts;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import io.github.crmstrategy.model.PlanDocument;
import java.util.HashSet;

/**
 * How often each id is the target of a link, counted once per linking element (a strategy that
 * lists a goal twice serves it once): computed in one pass over the plan before the facts, which
 * carry the counts so that rules need no joins to count links.
 */
final class Links {
  /** Corporate and relationship strategies serving each goal. */
  final Multiset<String> goalServedBy = HashMultiset.create();

  /** CRM goals supporting each corporate goal. */
  final Multiset<String> corporateGoalSupportedBy = HashMultiset.create();

  /** Tasks carrying out each strategy. */
  final Multiset<String> strategyTasks = HashMultiset.create();

  /** Capabilities realising each CRM task. */
  final Multiset<String> taskRealizedBy = HashMultiset.create();

  /** Milestones delivering each capability. */
  final Multiset<String> capabilityDeliveredBy = HashMultiset.create();

  private Links() {}

  /** The link counts of {@code plan}. */
  static Links of(PlanDocument plan) {
    Links links = new Links();
    plan.corporatePlan()
        .ifPresent(
            c -> {
              c.strategies().forEach(s -> links.goalServedBy.addAll(new HashSet<>(s.goals())));
              c.tasks().forEach(t -> t.strategy().ifPresent(links.strategyTasks::add));
            });
    plan.crmStrategy()
        .ifPresent(
            c -> {
              c.relationshipStrategies()
                  .forEach(s -> links.goalServedBy.addAll(new HashSet<>(s.goals())));
              c.goals()
                  .forEach(g -> links.corporateGoalSupportedBy.addAll(new HashSet<>(g.supports())));
              c.tasks().forEach(t -> t.strategy().ifPresent(links.strategyTasks::add));
            });
    plan.crmConcept()
        .ifPresent(
            c ->
                c.capabilities()
                    .forEach(cap -> links.taskRealizedBy.addAll(new HashSet<>(cap.realizes()))));
    plan.roadmap()
        .ifPresent(
            r ->
                r.milestones()
                    .forEach(m -> links.capabilityDeliveredBy.addAll(new HashSet<>(m.delivers()))));
    return links;
  }
}
