package io.github.crmstrategy.rules.internal.facts;

import io.github.crmstrategy.model.PlanDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a plan into the flat facts the rules match: one fact per element with its path, the links
 * as {@link io.github.crmstrategy.rules.facts.Reference} facts, and derived numbers (link counts,
 * yearly changes, trends) computed once here so that rules need no cartesian joins. Linear in the
 * size of the plan.
 *
 * <p>One extractor per section of the plan, each a {@link io.github.crmstrategy.model.PlanVisitor}
 * walked over its section by {@link io.github.crmstrategy.model.PlanWalker} (which gives every
 * element its path): {@link CorporatePlanFacts}, {@link CrmStrategyFacts} (both with {@link
 * IndicatorFacts}), {@link ConceptFacts}, {@link CurrentStateFacts}, {@link RoadmapFacts}; then the
 * document-level {@link PlanFacts}, then {@link CrossElementFacts} over the whole plan (elements
 * read through the vocabulary, dated elements, the business context, governance). The link counts
 * ({@link Links}) are counted first. What the rule data says about words (the indicator catalogue,
 * industries, vocabulary) comes in as {@link Semantics}. Last come the evidence measures of the
 * maturity model ({@link EvidenceFacts}), which read the plan and the element facts.
 */
public final class FactExtractor {
  private FactExtractor() {}

  /**
   * All facts of {@code plan}: the element facts read with {@code semantics}, then the maturity
   * evidence {@code model} measures.
   */
  public static List<Object> extract(PlanDocument plan, Semantics semantics, EvidenceModel model) {
    List<Object> facts = extract(plan, semantics);
    facts.addAll(EvidenceFacts.of(plan, facts, model));
    return facts;
  }

  /**
   * All facts of {@code plan} read without rule data (no catalogue, no vocabulary, no evidence).
   */
  public static List<Object> extract(PlanDocument plan) {
    return extract(plan, Semantics.empty());
  }

  /** All facts of {@code plan}, section by section in document order, then the plan's facts. */
  public static List<Object> extract(PlanDocument plan, Semantics semantics) {
    Links links = Links.of(plan);
    List<Object> facts = new ArrayList<>();
    plan.corporatePlan().ifPresent(c -> facts.addAll(CorporatePlanFacts.of(c, links, semantics)));
    plan.crmStrategy().ifPresent(c -> facts.addAll(CrmStrategyFacts.of(c, links, semantics)));
    plan.crmConcept().ifPresent(c -> facts.addAll(ConceptFacts.of(c, links)));
    plan.currentState().ifPresent(s -> facts.addAll(CurrentStateFacts.of(s)));
    plan.roadmap().ifPresent(r -> facts.addAll(RoadmapFacts.of(r)));
    facts.add(PlanFacts.of(plan));
    facts.addAll(CrossElementFacts.of(plan, semantics));
    return facts;
  }
}
