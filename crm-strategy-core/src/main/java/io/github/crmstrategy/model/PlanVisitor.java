package io.github.crmstrategy.model;

/**
 * Receives the elements of a plan from {@link PlanWalker}, in document order, each with its {@link
 * ElementPath} (keyed by the keying rule and carrying list positions, so {@link
 * ElementPath#jsonPointer()} is known).
 *
 * <p>There is one method per kind of element; each does nothing but pass the element on to {@link
 * #element(Object, ElementPath)}, which does nothing. Override the kinds you need, or {@code
 * element} to see every element. A parent element is visited before its children: a goal before its
 * references and indicators, an indicator before its baseline, target, history and benchmark.
 */
public interface PlanVisitor {

  /**
   * Every element, unless its kind's method is overridden without calling this: model objects,
   * references and list items (their {@code String}), map entries (their value).
   */
  default void element(Object element, ElementPath path) {}

  /** The document itself, at the root path. */
  default void plan(PlanDocument plan, ElementPath path) {
    element(plan, path);
  }

  /** {@code revision}. */
  default void revision(Revision revision, ElementPath path) {
    element(revision, path);
  }

  /** {@code organization}. */
  default void organization(Organization organization, ElementPath path) {
    element(organization, path);
  }

  /** {@code horizon}. */
  default void horizon(Horizon horizon, ElementPath path) {
    element(horizon, path);
  }

  /** {@code corporatePlan}. */
  default void corporatePlan(CorporatePlan corporatePlan, ElementPath path) {
    element(corporatePlan, path);
  }

  /** A statement of the environment analysis, {@code corporatePlan.environment[E1]}. */
  default void environmentStatement(Statement statement, ElementPath path) {
    element(statement, path);
  }

  /** {@code corporatePlan.swot}. */
  default void swot(Swot swot, ElementPath path) {
    element(swot, path);
  }

  /** A SWOT item: a strength, weakness, opportunity or threat, {@code ...swot.strengths[S1]}. */
  default void swotItem(Statement item, ElementPath path) {
    element(item, path);
  }

  /** A corporate strategic goal, {@code corporatePlan.goals[G1]}. */
  default void strategicGoal(StrategicGoal goal, ElementPath path) {
    element(goal, path);
  }

  /** A corporate strategy, {@code corporatePlan.strategies[S-CRM]}. */
  default void strategy(Strategy strategy, ElementPath path) {
    element(strategy, path);
  }

  /** A task of the corporate plan, {@code corporatePlan.tasks[T1]}. */
  default void corporateTask(Task task, ElementPath path) {
    element(task, path);
  }

  /** {@code crmStrategy}. */
  default void crmStrategy(CrmStrategy crmStrategy, ElementPath path) {
    element(crmStrategy, path);
  }

  /** {@code crmStrategy.governance}. */
  default void governance(Governance governance, ElementPath path) {
    element(governance, path);
  }

  /** A governance role, {@code crmStrategy.governance.roles[Data steward]}. */
  default void role(Role role, ElementPath path) {
    element(role, path);
  }

  /** A CRM customer goal, {@code crmStrategy.goals[CG1]}. */
  default void customerGoal(CustomerGoal goal, ElementPath path) {
    element(goal, path);
  }

  /** A relationship strategy, {@code crmStrategy.relationshipStrategies[RS1]}. */
  default void relationshipStrategy(RelationshipStrategy strategy, ElementPath path) {
    element(strategy, path);
  }

  /** A task of the CRM strategy, {@code crmStrategy.tasks[CT1]}. */
  default void crmTask(Task task, ElementPath path) {
    element(task, path);
  }

  /** {@code crmStrategy.customerBase}. */
  default void customerBase(CustomerBase customerBase, ElementPath path) {
    element(customerBase, path);
  }

  /** A customer segment, {@code crmStrategy.customerBase.segments[SEG1]}. */
  default void segment(Segment segment, ElementPath path) {
    element(segment, path);
  }

  /**
   * An offering, keyed by product or position, {@code ...customerBase.offerings[Mobile tariff]}.
   */
  default void offering(Offering offering, ElementPath path) {
    element(offering, path);
  }

  /**
   * A key indicator of a corporate or CRM goal, {@code crmStrategy.goals[CG1].indicators[CLV]}.
   *
   * @param goal the goal it measures (a {@link StrategicGoal} or a {@link CustomerGoal})
   */
  default void indicator(Indicator indicator, MeasuredGoal goal, ElementPath path) {
    element(indicator, path);
  }

  /** An indicator's {@code baseline}. */
  default void baseline(Baseline baseline, Indicator indicator, ElementPath path) {
    element(baseline, path);
  }

  /** An indicator's {@code target}. */
  default void target(Target target, Indicator indicator, ElementPath path) {
    element(target, path);
  }

  /** A history entry of an indicator, {@code ...indicators[CLV].history[2024-12-31]}. */
  default void observation(Observation observation, Indicator indicator, ElementPath path) {
    element(observation, path);
  }

  /** An indicator's {@code benchmark}. */
  default void benchmark(Benchmark benchmark, Indicator indicator, ElementPath path) {
    element(benchmark, path);
  }

  /** {@code crmConcept}. */
  default void crmConcept(CrmConcept crmConcept, ElementPath path) {
    element(crmConcept, path);
  }

  /** A capability of the concept, {@code crmConcept.capabilities[CAP1]}. */
  default void capability(Capability capability, ElementPath path) {
    element(capability, path);
  }

  /** An implementation phase, {@code crmConcept.phases[P1]}. */
  default void phase(Phase phase, ElementPath path) {
    element(phase, path);
  }

  /** A concept section by id, {@code crmConcept.sections.alternatives}. */
  default void section(String id, String text, ElementPath path) {
    element(text, path);
  }

  /** {@code currentState}. */
  default void currentState(CurrentState currentState, ElementPath path) {
    element(currentState, path);
  }

  /** A self-assessed level, {@code currentState.selfAssessment.vision}. */
  default void selfAssessment(BuildingBlock block, int level, ElementPath path) {
    element(level, path);
  }

  /** A competitor, keyed by name, {@code currentState.competitors[CheapTalk]}. */
  default void competitor(Competitor competitor, ElementPath path) {
    element(competitor, path);
  }

  /** A prior CRM initiative, keyed by name, {@code currentState.priorInitiatives[CRM 2019]}. */
  default void priorInitiative(PriorInitiative initiative, ElementPath path) {
    element(initiative, path);
  }

  /** A peer profile, keyed by name, {@code currentState.peers[Regional operators median]}. */
  default void peer(PeerProfile peer, ElementPath path) {
    element(peer, path);
  }

  /**
   * A level of a peer profile, {@code currentState.peers[Regional operators
   * median].maturity.vision}.
   */
  default void peerMaturity(PeerProfile peer, BuildingBlock block, int level, ElementPath path) {
    element(level, path);
  }

  /**
   * Something the company runs today: an element of {@code currentState.systems}, {@code
   * currentState.data} or {@code currentState.practices} ({@code list} says which).
   */
  default void currentAsset(CurrentAsset asset, String list, ElementPath path) {
    element(asset, path);
  }

  /** {@code roadmap}. */
  default void roadmap(Roadmap roadmap, ElementPath path) {
    element(roadmap, path);
  }

  /** A roadmap milestone, {@code roadmap.milestones[M1]}. */
  default void milestone(Milestone milestone, ElementPath path) {
    element(milestone, path);
  }

  /**
   * A reference to another element by id, as the document writes it, after the element holding it:
   * an entry of a list of ids ({@code crmStrategy.goals[CG1].supports[G1]}) or a field holding one
   * id ({@code corporatePlan.tasks[T1].strategy}).
   *
   * <p>The references, by owner and field: {@link StrategicGoal} {@code swot} (SWOT items), {@link
   * Strategy} {@code goals} (corporate goals), {@link Task} {@code strategy} (a corporate strategy
   * for a corporate task, a relationship strategy for a CRM task), {@link CrmStrategy} {@code
   * strategy} (a corporate strategy), {@link CustomerGoal} {@code supports} (corporate goals),
   * {@link RelationshipStrategy} {@code goals} (CRM goals) and {@code segments}, {@link Offering}
   * {@code segment}, {@link Capability} {@code realizes} (CRM tasks), {@code phase}, {@code
   * dependsOn} (capabilities), {@code reuses} (reusable results of prior initiatives, by their
   * text) and {@code drives} (indicators), {@link Milestone} {@code delivers} (capabilities);
   * {@link Strategy}, {@link RelationshipStrategy} and {@link Task} {@code addresses} (environment
   * statements, SWOT items, competitors, prior initiatives), {@link Task} {@code reuses}.
   *
   * @param owner the element that holds the reference
   * @param field the field that holds it ({@code supports}, {@code strategy}...)
   * @param id the referenced id
   * @param path the path of the list entry or the field
   */
  default void reference(Object owner, String field, String id, ElementPath path) {
    element(id, path);
  }

  /**
   * An entry of a list of plain text that is not a reference: {@code currentState.skills}, {@code
   * resources} and {@code partners}, a prior initiative's {@code reusable} assets and {@code
   * lessons}, an offering's {@code channels}, the {@code covers} areas of a capability or a current
   * asset, a competitor's {@code aheadOn} areas ({@code currentState.skills[Tariff design]}).
   *
   * @param owner the element that holds the list
   * @param list the list's field name
   * @param text the entry
   */
  default void item(Object owner, String list, String text, ElementPath path) {
    element(text, path);
  }
}
