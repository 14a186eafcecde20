package io.github.crmstrategy.rules.internal.facts;

import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.MeasuredGoal;
import io.github.crmstrategy.model.Offering;
import io.github.crmstrategy.model.PlanVisitor;
import io.github.crmstrategy.model.PlanWalker;
import io.github.crmstrategy.model.RelationshipStrategy;
import io.github.crmstrategy.model.Segment;
import io.github.crmstrategy.model.Task;
import io.github.crmstrategy.rules.facts.GoalFact;
import io.github.crmstrategy.rules.facts.Reference;
import io.github.crmstrategy.rules.facts.Scope;
import io.github.crmstrategy.rules.facts.SegmentFact;
import io.github.crmstrategy.rules.facts.StrategyFact;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of the CRM strategy, in document order: the {@code details} reference to its corporate
 * strategy, each customer goal with its {@code supports} references and indicators, each
 * relationship strategy with its {@code serves}, {@code targets} and {@code addresses} references,
 * each task with its {@code carriesOut}, {@code addresses} and {@code reuses} references, the
 * segments, and the {@code offeredTo} reference of each offering.
 */
final class CrmStrategyFacts implements PlanVisitor {
  private final Links links;
  private final Semantics semantics;
  private final List<Object> facts = new ArrayList<>();

  private CrmStrategyFacts(Links links, Semantics semantics) {
    this.links = links;
    this.semantics = semantics;
  }

  /** The facts of {@code crm}, indicators read through {@code semantics}. */
  static List<Object> of(CrmStrategy crm, Links links, Semantics semantics) {
    CrmStrategyFacts extractor = new CrmStrategyFacts(links, semantics);
    PlanWalker.walk(crm, extractor);
    return extractor.facts;
  }

  @Override
  public void customerGoal(CustomerGoal g, ElementPath path) {
    facts.add(
        new GoalFact(
            g.id(),
            path,
            Scope.CRM,
            g.statement().orElse(""),
            "",
            g.indicators().size(),
            g.supports().size(),
            links.goalServedBy.count(g.id()),
            0));
  }

  @Override
  public void indicator(Indicator indicator, MeasuredGoal goal, ElementPath path) {
    facts.add(IndicatorFacts.of(indicator, goal, path, Scope.CRM, semantics));
  }

  @Override
  public void relationshipStrategy(RelationshipStrategy r, ElementPath path) {
    facts.add(
        new StrategyFact(
            r.id(),
            path,
            Scope.CRM,
            "",
            r.statement().orElse(""),
            r.goals().size(),
            links.strategyTasks.count(r.id()),
            r.segments().size()));
  }

  @Override
  public void crmTask(Task task, ElementPath path) {
    facts.add(TaskFacts.of(task, path, Scope.CRM, links.taskRealizedBy.count(task.id())));
  }

  @Override
  public void segment(Segment s, ElementPath path) {
    facts.add(new SegmentFact(s.id(), path, s.ideal()));
  }

  @Override
  public void reference(Object owner, String field, String id, ElementPath path) {
    if (owner instanceof CrmStrategy) {
      facts.add(new Reference("details", "crmStrategy", path, id));
    } else if (owner instanceof CustomerGoal g) {
      facts.add(new Reference("supports", g.id(), path, id));
    } else if (owner instanceof RelationshipStrategy r) {
      String relation =
          switch (field) {
            case "segments" -> "targets";
            case "goals" -> "serves";
            default -> field;
          };
      facts.add(new Reference(relation, r.id(), path, id));
    } else if (owner instanceof Task t) {
      facts.add(new Reference(field.equals("strategy") ? "carriesOut" : field, t.id(), path, id));
    } else if (owner instanceof Offering) {
      // An offering has no id: it is named by its key, the product or its position.
      String offering = path.parent().flatMap(ElementPath::key).orElseThrow();
      facts.add(new Reference("offeredTo", offering, path, id));
    }
  }
}
