package io.github.crmstrategy.rules.internal.facts;

import io.github.crmstrategy.model.Capability;
import io.github.crmstrategy.model.CapabilityStatus;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Phase;
import io.github.crmstrategy.model.PlanVisitor;
import io.github.crmstrategy.model.PlanWalker;
import io.github.crmstrategy.rules.facts.CapabilityFact;
import io.github.crmstrategy.rules.facts.ConceptSectionFact;
import io.github.crmstrategy.rules.facts.PhaseFact;
import io.github.crmstrategy.rules.facts.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of the CRM system concept, in document order: each capability with its {@code
 * realizes}, {@code inPhase}, {@code dependsOn}, {@code reuses} and {@code drives} references, each
 * phase, each section.
 */
final class ConceptFacts implements PlanVisitor {
  private final Links links;
  private final List<Object> facts = new ArrayList<>();

  private ConceptFacts(Links links) {
    this.links = links;
  }

  /** The facts of {@code concept}. */
  static List<Object> of(CrmConcept concept, Links links) {
    ConceptFacts extractor = new ConceptFacts(links);
    PlanWalker.walk(concept, extractor);
    return extractor.facts;
  }

  @Override
  public void capability(Capability cap, ElementPath path) {
    facts.add(
        new CapabilityFact(
            cap.id(),
            path,
            cap.name().orElse(""),
            cap.realizes().size(),
            cap.phase().orElse(""),
            links.capabilityDeliveredBy.count(cap.id()),
            cap.status().filter(s -> s == CapabilityStatus.LIVE).isPresent()));
  }

  @Override
  public void reference(Object owner, String field, String id, ElementPath path) {
    if (owner instanceof Capability cap) {
      // realizes, dependsOn, reuses and drives keep their field's name
      String relation = field.equals("phase") ? "inPhase" : field;
      facts.add(new Reference(relation, cap.id(), path, id));
    }
  }

  @Override
  public void phase(Phase p, ElementPath path) {
    facts.add(new PhaseFact(p.id(), path, p.start().orElse(null), p.end().orElse(null)));
  }

  @Override
  public void section(String id, String text, ElementPath path) {
    facts.add(new ConceptSectionFact(id, path, text.strip().length()));
  }
}
