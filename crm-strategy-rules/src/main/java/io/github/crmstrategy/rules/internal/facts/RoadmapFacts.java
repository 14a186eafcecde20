package io.github.crmstrategy.rules.internal.facts;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Milestone;
import io.github.crmstrategy.model.PlanVisitor;
import io.github.crmstrategy.model.PlanWalker;
import io.github.crmstrategy.model.Roadmap;
import io.github.crmstrategy.rules.facts.MilestoneFact;
import io.github.crmstrategy.rules.facts.Reference;
import java.util.ArrayList;
import java.util.List;

/** The facts of the roadmap: each milestone with its {@code delivers} references. */
final class RoadmapFacts implements PlanVisitor {
  private final List<Object> facts = new ArrayList<>();

  private RoadmapFacts() {}

  /** The facts of {@code roadmap}. */
  static List<Object> of(Roadmap roadmap) {
    RoadmapFacts extractor = new RoadmapFacts();
    PlanWalker.walk(roadmap, extractor);
    return extractor.facts;
  }

  @Override
  public void milestone(Milestone m, ElementPath path) {
    facts.add(
        new MilestoneFact(
            m.id(), path, m.due().isPresent(), m.due().orElse(null), m.delivers().size()));
  }

  @Override
  public void reference(Object owner, String field, String id, ElementPath path) {
    if (owner instanceof Milestone m) {
      facts.add(new Reference("delivers", m.id(), path, id));
    }
  }
}
