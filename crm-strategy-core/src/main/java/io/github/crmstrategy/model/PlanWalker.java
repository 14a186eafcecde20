package io.github.crmstrategy.model;

import java.util.List;
import java.util.Map;

/**
 * Walks a plan in document order and hands every element to a {@link PlanVisitor} with its {@link
 * ElementPath}: the one place that knows how the model nests and how list elements are keyed
 * (through {@link ElementPath#listElement}). Validation, fact extraction and path resolution all
 * walk plans with it.
 *
 * <p>Document order is the order of the model's fields, as the reference plan writes them: {@code
 * revision}, {@code organization}, {@code horizon}, {@code corporatePlan}, {@code crmStrategy},
 * {@code crmConcept}, {@code currentState}, {@code roadmap}, and within each element its fields in
 * declaration order, lists in list order, maps in their iteration order (the document's). Absent
 * optional elements are not visited; a parent is visited before its children. Paths carry list
 * positions, so their {@link ElementPath#jsonPointer() JSON Pointer} is known.
 *
 * <p>The sections of a plan sit at fixed paths; {@code walk(CorporatePlan, ...)} and its siblings
 * walk one section alone, with the same paths as a walk of the whole plan.
 */
public final class PlanWalker {
  private static final ElementPath ROOT = ElementPath.root();
  private static final ElementPath CORPORATE_PLAN = ROOT.field("corporatePlan");
  private static final ElementPath CRM_STRATEGY = ROOT.field("crmStrategy");
  private static final ElementPath CRM_CONCEPT = ROOT.field("crmConcept");
  private static final ElementPath CURRENT_STATE = ROOT.field("currentState");
  private static final ElementPath ROADMAP = ROOT.field("roadmap");

  private PlanWalker() {}

  /** Visits every element of {@code plan}, the plan itself first. */
  public static void walk(PlanDocument plan, PlanVisitor visitor) {
    visitor.plan(plan, ROOT);
    plan.revision().ifPresent(r -> visitor.revision(r, ROOT.field("revision")));
    visitor.organization(plan.organization(), ROOT.field("organization"));
    plan.horizon().ifPresent(h -> visitor.horizon(h, ROOT.field("horizon")));
    plan.corporatePlan().ifPresent(c -> walk(c, visitor));
    plan.crmStrategy().ifPresent(c -> walk(c, visitor));
    plan.crmConcept().ifPresent(c -> walk(c, visitor));
    plan.currentState().ifPresent(c -> walk(c, visitor));
    plan.roadmap().ifPresent(r -> walk(r, visitor));
  }

  /** Visits the corporate plan (at {@code corporatePlan}) and everything in it. */
  public static void walk(CorporatePlan corporate, PlanVisitor visitor) {
    ElementPath path = CORPORATE_PLAN;
    visitor.corporatePlan(corporate, path);
    List<Statement> environment = corporate.environment();
    for (int i = 0; i < environment.size(); i++) {
      Statement s = environment.get(i);
      visitor.environmentStatement(s, path.listElement("environment", s, i));
    }
    corporate.swot().ifPresent(s -> swot(s, path.field("swot"), visitor));
    List<StrategicGoal> goals = corporate.goals();
    for (int i = 0; i < goals.size(); i++) {
      StrategicGoal goal = goals.get(i);
      ElementPath gp = path.listElement("goals", goal, i);
      visitor.strategicGoal(goal, gp);
      references(goal, "swot", goal.swot(), gp, visitor);
      indicators(goal, gp, visitor);
    }
    List<Strategy> strategies = corporate.strategies();
    for (int i = 0; i < strategies.size(); i++) {
      Strategy strategy = strategies.get(i);
      ElementPath sp = path.listElement("strategies", strategy, i);
      visitor.strategy(strategy, sp);
      references(strategy, "goals", strategy.goals(), sp, visitor);
      references(strategy, "addresses", strategy.addresses(), sp, visitor);
    }
    List<Task> tasks = corporate.tasks();
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      ElementPath tp = path.listElement("tasks", task, i);
      visitor.corporateTask(task, tp);
      taskLinks(task, tp, visitor);
    }
  }

  private static void swot(Swot swot, ElementPath path, PlanVisitor visitor) {
    visitor.swot(swot, path);
    swotItems("strengths", swot.strengths(), path, visitor);
    swotItems("weaknesses", swot.weaknesses(), path, visitor);
    swotItems("opportunities", swot.opportunities(), path, visitor);
    swotItems("threats", swot.threats(), path, visitor);
  }

  private static void swotItems(
      String list, List<Statement> items, ElementPath path, PlanVisitor visitor) {
    for (int i = 0; i < items.size(); i++) {
      Statement item = items.get(i);
      visitor.swotItem(item, path.listElement(list, item, i));
    }
  }

  /** Visits the CRM strategy (at {@code crmStrategy}) and everything in it. */
  public static void walk(CrmStrategy crm, PlanVisitor visitor) {
    ElementPath path = CRM_STRATEGY;
    visitor.crmStrategy(crm, path);
    crm.strategy().ifPresent(s -> visitor.reference(crm, "strategy", s, path.field("strategy")));
    crm.governance()
        .ifPresent(
            g -> {
              ElementPath gp = path.field("governance");
              visitor.governance(g, gp);
              for (int i = 0; i < g.roles().size(); i++) {
                Role role = g.roles().get(i);
                visitor.role(role, gp.listElement("roles", role, i));
              }
            });
    List<CustomerGoal> goals = crm.goals();
    for (int i = 0; i < goals.size(); i++) {
      CustomerGoal goal = goals.get(i);
      ElementPath gp = path.listElement("goals", goal, i);
      visitor.customerGoal(goal, gp);
      references(goal, "supports", goal.supports(), gp, visitor);
      indicators(goal, gp, visitor);
    }
    List<RelationshipStrategy> strategies = crm.relationshipStrategies();
    for (int i = 0; i < strategies.size(); i++) {
      RelationshipStrategy strategy = strategies.get(i);
      ElementPath sp = path.listElement("relationshipStrategies", strategy, i);
      visitor.relationshipStrategy(strategy, sp);
      references(strategy, "goals", strategy.goals(), sp, visitor);
      references(strategy, "segments", strategy.segments(), sp, visitor);
      references(strategy, "addresses", strategy.addresses(), sp, visitor);
    }
    List<Task> tasks = crm.tasks();
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      ElementPath tp = path.listElement("tasks", task, i);
      visitor.crmTask(task, tp);
      taskLinks(task, tp, visitor);
    }
    crm.customerBase().ifPresent(b -> customerBase(b, path.field("customerBase"), visitor));
  }

  private static void taskLinks(Task task, ElementPath path, PlanVisitor visitor) {
    task.strategy().ifPresent(s -> visitor.reference(task, "strategy", s, path.field("strategy")));
    references(task, "addresses", task.addresses(), path, visitor);
    references(task, "reuses", task.reuses(), path, visitor);
  }

  private static void customerBase(CustomerBase base, ElementPath path, PlanVisitor visitor) {
    visitor.customerBase(base, path);
    for (int i = 0; i < base.segments().size(); i++) {
      Segment segment = base.segments().get(i);
      visitor.segment(segment, path.listElement("segments", segment, i));
    }
    for (int i = 0; i < base.offerings().size(); i++) {
      Offering offering = base.offerings().get(i);
      ElementPath op = path.listElement("offerings", offering, i);
      visitor.offering(offering, op);
      offering
          .segment()
          .ifPresent(s -> visitor.reference(offering, "segment", s, op.field("segment")));
      items(offering, "channels", offering.channels(), op, visitor);
    }
  }

  private static void indicators(MeasuredGoal goal, ElementPath goalPath, PlanVisitor visitor) {
    List<Indicator> indicators = goal.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      ElementPath ip = goalPath.listElement("indicators", indicator, i);
      visitor.indicator(indicator, goal, ip);
      indicator.baseline().ifPresent(b -> visitor.baseline(b, indicator, ip.field("baseline")));
      indicator.target().ifPresent(t -> visitor.target(t, indicator, ip.field("target")));
      List<Observation> history = indicator.history();
      for (int j = 0; j < history.size(); j++) {
        Observation o = history.get(j);
        visitor.observation(o, indicator, ip.listElement("history", o, j));
      }
      indicator.benchmark().ifPresent(b -> visitor.benchmark(b, indicator, ip.field("benchmark")));
    }
  }

  /** Visits the CRM concept (at {@code crmConcept}) and everything in it. */
  public static void walk(CrmConcept concept, PlanVisitor visitor) {
    ElementPath path = CRM_CONCEPT;
    visitor.crmConcept(concept, path);
    List<Capability> capabilities = concept.capabilities();
    for (int i = 0; i < capabilities.size(); i++) {
      Capability capability = capabilities.get(i);
      ElementPath cp = path.listElement("capabilities", capability, i);
      visitor.capability(capability, cp);
      references(capability, "realizes", capability.realizes(), cp, visitor);
      capability
          .phase()
          .ifPresent(p -> visitor.reference(capability, "phase", p, cp.field("phase")));
      items(capability, "covers", capability.covers(), cp, visitor);
      references(capability, "dependsOn", capability.dependsOn(), cp, visitor);
      references(capability, "reuses", capability.reuses(), cp, visitor);
      references(capability, "drives", capability.drives(), cp, visitor);
    }
    List<Phase> phases = concept.phases();
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      visitor.phase(phase, path.listElement("phases", phase, i));
    }
    ElementPath sections = path.field("sections");
    for (Map.Entry<String, String> e : concept.sections().entrySet()) {
      visitor.section(e.getKey(), e.getValue(), sections.field(e.getKey()));
    }
  }

  /** Visits the current-state assessment (at {@code currentState}) and everything in it. */
  public static void walk(CurrentState state, PlanVisitor visitor) {
    ElementPath path = CURRENT_STATE;
    visitor.currentState(state, path);
    ElementPath self = path.field("selfAssessment");
    for (Map.Entry<BuildingBlock, Integer> e : state.selfAssessment().entrySet()) {
      visitor.selfAssessment(e.getKey(), e.getValue(), self.field(e.getKey().id()));
    }
    items(state, "skills", state.skills(), path, visitor);
    items(state, "resources", state.resources(), path, visitor);
    List<Competitor> competitors = state.competitors();
    for (int i = 0; i < competitors.size(); i++) {
      Competitor competitor = competitors.get(i);
      ElementPath cp = path.listElement("competitors", competitor, i);
      visitor.competitor(competitor, cp);
      items(competitor, "aheadOn", competitor.aheadOn(), cp, visitor);
    }
    items(state, "partners", state.partners(), path, visitor);
    List<PriorInitiative> initiatives = state.priorInitiatives();
    for (int i = 0; i < initiatives.size(); i++) {
      PriorInitiative initiative = initiatives.get(i);
      ElementPath ip = path.listElement("priorInitiatives", initiative, i);
      visitor.priorInitiative(initiative, ip);
      items(initiative, "reusable", initiative.reusable(), ip, visitor);
      items(initiative, "lessons", initiative.lessons(), ip, visitor);
    }
    List<PeerProfile> peers = state.peers();
    for (int i = 0; i < peers.size(); i++) {
      PeerProfile peer = peers.get(i);
      ElementPath pp = path.listElement("peers", peer, i);
      visitor.peer(peer, pp);
      ElementPath maturity = pp.field("maturity");
      for (Map.Entry<BuildingBlock, Integer> e : peer.maturity().entrySet()) {
        visitor.peerMaturity(peer, e.getKey(), e.getValue(), maturity.field(e.getKey().id()));
      }
    }
    currentAssets("systems", state.systems(), path, visitor);
    currentAssets("data", state.data(), path, visitor);
    currentAssets("practices", state.practices(), path, visitor);
  }

  private static void currentAssets(
      String list, List<CurrentAsset> assets, ElementPath path, PlanVisitor visitor) {
    for (int i = 0; i < assets.size(); i++) {
      CurrentAsset asset = assets.get(i);
      ElementPath ap = path.listElement(list, asset, i);
      visitor.currentAsset(asset, list, ap);
      items(asset, "covers", asset.covers(), ap, visitor);
    }
  }

  /** Visits the roadmap (at {@code roadmap}) and everything in it. */
  public static void walk(Roadmap roadmap, PlanVisitor visitor) {
    ElementPath path = ROADMAP;
    visitor.roadmap(roadmap, path);
    List<Milestone> milestones = roadmap.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      ElementPath mp = path.listElement("milestones", milestone, i);
      visitor.milestone(milestone, mp);
      references(milestone, "delivers", milestone.delivers(), mp, visitor);
    }
  }

  private static void references(
      Object owner, String field, List<String> ids, ElementPath path, PlanVisitor visitor) {
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      visitor.reference(owner, field, id, path.listElement(field, id, i));
    }
  }

  private static void items(
      Object owner, String list, List<String> texts, ElementPath path, PlanVisitor visitor) {
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      visitor.item(owner, list, text, path.listElement(list, text, i));
    }
  }
}
