package io.github.crmstrategy.rules.internal.facts;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.Competitor;
import io.github.crmstrategy.model.CurrentAsset;
import io.github.crmstrategy.model.CurrentState;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PeerProfile;
import io.github.crmstrategy.model.PlanVisitor;
import io.github.crmstrategy.model.PlanWalker;
import io.github.crmstrategy.model.PriorInitiative;
import io.github.crmstrategy.rules.facts.CompetitorFact;
import io.github.crmstrategy.rules.facts.CurrentAssetFact;
import io.github.crmstrategy.rules.facts.MaturityLevelFact;
import io.github.crmstrategy.rules.facts.PriorInitiativeFact;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of the current-state assessment: the maturity levels (the self-assessment, then each
 * peer's), then the competitors, the prior initiatives and the systems, data and practices in use
 * today, each in document order.
 */
final class CurrentStateFacts implements PlanVisitor {
  private final List<Object> levels = new ArrayList<>();
  private final List<Object> others = new ArrayList<>();

  private CurrentStateFacts() {}

  /** The facts of {@code state}. */
  static List<Object> of(CurrentState state) {
    CurrentStateFacts extractor = new CurrentStateFacts();
    PlanWalker.walk(state, extractor);
    List<Object> facts = new ArrayList<>(extractor.levels);
    facts.addAll(extractor.others);
    return facts;
  }

  @Override
  public void selfAssessment(BuildingBlock block, int level, ElementPath path) {
    levels.add(new MaturityLevelFact("self", block.id(), level, path));
  }

  @Override
  public void peerMaturity(PeerProfile peer, BuildingBlock block, int level, ElementPath path) {
    levels.add(new MaturityLevelFact(peer.name(), block.id(), level, path));
  }

  @Override
  public void competitor(Competitor c, ElementPath path) {
    others.add(new CompetitorFact(c.name(), path, c.position().map(Object::toString).orElse("")));
  }

  @Override
  public void currentAsset(CurrentAsset a, String list, ElementPath path) {
    others.add(
        new CurrentAssetFact(
            list,
            a.id(),
            path,
            a.name().orElse(""),
            a.covers(),
            a.integration().map(Object::toString).orElse(""),
            a.since().orElse(null)));
  }

  @Override
  public void priorInitiative(PriorInitiative p, ElementPath path) {
    others.add(
        new PriorInitiativeFact(
            p.name(), path, p.outcome().map(Object::toString).orElse(""), p.reusable().size()));
  }
}
