package io.github.crmstrategy.rules.internal.facts;

import io.github.crmstrategy.model.CorporatePlan;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.MeasuredGoal;
import io.github.crmstrategy.model.PlanVisitor;
import io.github.crmstrategy.model.PlanWalker;
import io.github.crmstrategy.model.StrategicGoal;
import io.github.crmstrategy.model.Strategy;
import io.github.crmstrategy.model.Task;
import io.github.crmstrategy.rules.facts.GoalFact;
import io.github.crmstrategy.rules.facts.Reference;
import io.github.crmstrategy.rules.facts.Scope;
import io.github.crmstrategy.rules.facts.StrategyFact;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of the corporate plan, in document order: each strategic goal with its {@code answers}
 * references and its indicators, each strategy with its {@code serves} and {@code addresses}
 * references, each task with its {@code carriesOut}, {@code addresses} and {@code reuses}
 * references.
 */
final class CorporatePlanFacts implements PlanVisitor {
  private final Links links;
  private final Semantics semantics;
  private final List<Object> facts = new ArrayList<>();

  private CorporatePlanFacts(Links links, Semantics semantics) {
    this.links = links;
    this.semantics = semantics;
  }

  /** The facts of {@code corporate}, indicators read through {@code semantics}. */
  static List<Object> of(CorporatePlan corporate, Links links, Semantics semantics) {
    CorporatePlanFacts extractor = new CorporatePlanFacts(links, semantics);
    PlanWalker.walk(corporate, extractor);
    return extractor.facts;
  }

  @Override
  public void strategicGoal(StrategicGoal g, ElementPath path) {
    facts.add(
        new GoalFact(
            g.id(),
            path,
            Scope.CORPORATE,
            g.statement().orElse(""),
            g.perspective().map(Object::toString).orElse(""),
            g.indicators().size(),
            0,
            links.goalServedBy.count(g.id()),
            links.corporateGoalSupportedBy.count(g.id())));
  }

  @Override
  public void indicator(Indicator indicator, MeasuredGoal goal, ElementPath path) {
    facts.add(IndicatorFacts.of(indicator, goal, path, Scope.CORPORATE, semantics));
  }

  @Override
  public void strategy(Strategy s, ElementPath path) {
    facts.add(
        new StrategyFact(
            s.id(),
            path,
            Scope.CORPORATE,
            s.area().map(Object::toString).orElse(""),
            s.statement().orElse(""),
            s.goals().size(),
            links.strategyTasks.count(s.id()),
            0));
  }

  @Override
  public void corporateTask(Task task, ElementPath path) {
    facts.add(TaskFacts.of(task, path, Scope.CORPORATE, 0));
  }

  @Override
  public void reference(Object owner, String field, String id, ElementPath path) {
    if (owner instanceof StrategicGoal g) {
      facts.add(new Reference("answers", g.id(), path, id));
    } else if (owner instanceof Strategy s) {
      facts.add(new Reference(field.equals("goals") ? "serves" : field, s.id(), path, id));
    } else if (owner instanceof Task t) {
      facts.add(new Reference(field.equals("strategy") ? "carriesOut" : field, t.id(), path, id));
    }
  }
}
