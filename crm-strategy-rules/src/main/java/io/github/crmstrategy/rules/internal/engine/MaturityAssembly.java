package io.github.crmstrategy.rules.internal.engine;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.CurrentState;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Horizon;
import io.github.crmstrategy.model.PeerProfile;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.Revision;
import io.github.crmstrategy.rules.BlockLevels;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.CriterionStatus;
import io.github.crmstrategy.rules.DocumentQuality;
import io.github.crmstrategy.rules.ImmutableBlockLevels;
import io.github.crmstrategy.rules.MaturityEvidence;
import io.github.crmstrategy.rules.MaturityHold;
import io.github.crmstrategy.rules.MaturityProfile;
import io.github.crmstrategy.rules.MaturityResult;
import io.github.crmstrategy.rules.MaturityRoute;
import io.github.crmstrategy.rules.QualityAspect;
import io.github.crmstrategy.rules.facts.BlockWeight;
import io.github.crmstrategy.rules.facts.CriterionScore;
import io.github.crmstrategy.rules.facts.EvidenceScope;
import io.github.crmstrategy.rules.facts.LevelCap;
import io.github.crmstrategy.rules.facts.MaturityCriterion;
import io.github.crmstrategy.rules.facts.MaturityScoring;
import io.github.crmstrategy.rules.facts.QualityCriterion;
import io.github.crmstrategy.rules.internal.pack.MaturityData;
import io.github.crmstrategy.rules.internal.pack.RuleData;
import io.github.crmstrategy.text.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the report's {@link MaturityResult} and {@link DocumentQuality} from what the maturity
 * rules left in the session (criterion scores and caps in force), with {@link MaturityScoring}'s
 * arithmetic: the same the scoring rule used for the {@code BlockScore} facts the findings see, so
 * the levels a finding names are the levels the report shows.
 */
final class MaturityAssembly {
  private final RuleData data;
  private final MaturityData model;
  private final List<BlockWeight> weights;

  MaturityAssembly(RuleData data) {
    this.data = data;
    this.model = data.maturity();
    List<BlockWeight> w = new ArrayList<>();
    model.blockWeights().forEach((k, v) -> w.add(new BlockWeight(k, v)));
    this.weights = List.copyOf(w);
  }

  private double param(String name, double fallback) {
    return data.values().getOrDefault(name, fallback);
  }

  /** The maturity of {@code plan}, today and at the end of the horizon. */
  MaturityResult maturity(PlanDocument plan, List<CriterionScore> scores, List<LevelCap> caps) {
    LocalDate today =
        plan.revision()
            .flatMap(Revision::date)
            .or(() -> plan.horizon().flatMap(Horizon::start))
            .orElse(null);
    LocalDate end = plan.horizon().flatMap(Horizon::end).orElse(null);
    MaturityProfile current = profile(EvidenceScope.CURRENT, today, scores, caps);
    LocalDate targetDate = today != null && end != null && end.isBefore(today) ? today : end;
    MaturityProfile target = profile(EvidenceScope.TARGET, targetDate, scores, caps);
    double yearsPerLevel = param("maturity.route.yearsPerLevel", 1.5);
    double available = MaturityScoring.yearsBetween(today, end);
    Map<BuildingBlock, Integer> self =
        plan.currentState().map(CurrentState::selfAssessment).orElse(Map.of());
    List<PeerProfile> peers =
        plan.currentState().map(CurrentState::peers).orElse(List.of()).stream()
            .sorted(Comparator.comparing(PeerProfile::name))
            .toList();
    Map<BuildingBlock, BlockLevels> blocks = new LinkedHashMap<>();
    for (BuildingBlock block : BuildingBlock.values()) {
      BlockMaturity c = current.blocks().get(block);
      BlockMaturity t = target.blocks().get(block);
      if (c == null || t == null) {
        continue;
      }
      int gap = Math.max(0, t.level() - c.level());
      Map<String, Integer> peerLevels = new LinkedHashMap<>();
      for (PeerProfile p : peers) {
        Integer level = p.maturity().get(block);
        if (level != null) {
          peerLevels.putIfAbsent(p.name(), level);
        }
      }
      ImmutableBlockLevels.Builder b =
          BlockLevels.builder()
              .block(block)
              .current(c.level())
              .target(t.level())
              .peers(peerLevels)
              .gap(gap)
              .yearsNeeded(MaturityScoring.rounded(MaturityScoring.yearsNeeded(gap, yearsPerLevel)))
              .withinPace(
                  today == null
                      || end == null
                      || MaturityScoring.withinPace(gap, yearsPerLevel, available));
      Integer s = self.get(block);
      if (s != null) {
        b.selfAssessed(s);
      }
      blocks.put(block, b.build());
    }
    return MaturityResult.builder()
        .current(current)
        .target(target)
        .blocks(blocks)
        .route(
            MaturityRoute.builder()
                .yearsPerLevel(yearsPerLevel)
                .from(Optional.ofNullable(today))
                .to(Optional.ofNullable(end))
                .yearsAvailable(MaturityScoring.rounded(available))
                .build())
        .build();
  }

  private MaturityProfile profile(
      EvidenceScope scope, LocalDate asOf, List<CriterionScore> scores, List<LevelCap> caps) {
    Map<String, MaturityScoring.BlockOutcome> outcomes =
        MaturityScoring.profile(
            scope,
            weights,
            model.criteria(),
            scores,
            caps,
            model.prerequisites(),
            param("maturity.tier.passRatio", 0.6));
    Map<String, List<MaturityCriterion>> criteria = new HashMap<>();
    model
        .criteria()
        .forEach(c -> criteria.computeIfAbsent(c.block(), k -> new ArrayList<>()).add(c));
    Map<BuildingBlock, BlockMaturity> blocks = new LinkedHashMap<>();
    MaturityScoring.Overall overall = new MaturityScoring.Overall();
    for (BuildingBlock block : BuildingBlock.values()) {
      MaturityScoring.BlockOutcome o = outcomes.get(block.id());
      if (o == null) {
        continue;
      }
      List<MaturityEvidence> evidence = new ArrayList<>();
      criteria.getOrDefault(block.id(), List.of()).stream()
          .sorted(
              Comparator.comparingInt(MaturityCriterion::tier).thenComparing(MaturityCriterion::id))
          .forEach(
              c ->
                  evidence.add(
                      evidence(
                          c.id(),
                          c.description(),
                          c.tier(),
                          c.required(),
                          c.measure(),
                          c.fullAt(),
                          c.partialFrom(),
                          c.weight(),
                          o.scores().get(c.id()))));
      List<MaturityHold> held =
          o.heldBy().stream()
              .map(
                  h ->
                      (MaturityHold)
                          MaturityHold.builder()
                              .kind(
                                  MaturityHold.Kind.valueOf(
                                      h.kind().toUpperCase(java.util.Locale.ROOT)))
                              .id(h.id())
                              .text(h.text())
                              .wording(java.util.Optional.ofNullable(h.wording()))
                              .path(h.path().withoutPositions())
                              .build())
              .toList();
      blocks.put(
          block,
          BlockMaturity.builder()
              .block(block)
              .score(MaturityScoring.rounded(o.score()))
              .level(o.level())
              .levelName(MaturityScoring.levelName(model.levels(), o.level()))
              .stagedLevel(o.stagedLevel())
              .evidence(evidence)
              .heldBy(held)
              .build());
      overall.add(
          block.id(), model.blockWeights().getOrDefault(block.id(), 1.0), o.score(), o.level());
    }
    int maxAbove = (int) param("maturity.overall.maxAboveWeakest", 1);
    int level = overall.level(maxAbove);
    return MaturityProfile.builder()
        .asOf(Optional.ofNullable(asOf))
        .score(MaturityScoring.rounded(overall.score()))
        .level(level)
        .levelName(MaturityScoring.levelName(model.levels(), level))
        .majorityLevel(overall.majorityLevel())
        .weakestLevel(overall.weakestLevel())
        .explanation(
            overall.explanation(maxAbove, l -> MaturityScoring.levelName(model.levels(), l)))
        .explanationWording(
            overall.explanationWording(maxAbove, l -> MaturityScoring.levelName(model.levels(), l)))
        .blocks(blocks)
        .build();
  }

  /** The quality of the document, from the DOCUMENT-scope criterion scores. */
  DocumentQuality documentQuality(List<CriterionScore> scores) {
    Map<String, CriterionScore> best = new HashMap<>();
    for (CriterionScore s : scores) {
      if (s.scope() == EvidenceScope.DOCUMENT) {
        best.merge(s.criterionId(), s, (a, b) -> b.ratio() > a.ratio() ? b : a);
      }
    }
    Map<String, List<QualityCriterion>> byAspect = new TreeMap<>();
    model
        .quality()
        .forEach(c -> byAspect.computeIfAbsent(c.aspect(), k -> new ArrayList<>()).add(c));
    Map<String, QualityAspect> aspects = new LinkedHashMap<>();
    double possible = 0;
    double earned = 0;
    for (String aspect : List.of("links", "owners", "indicators", "sections")) {
      byAspect.putIfAbsent(aspect, new ArrayList<>());
    }
    List<String> order = new ArrayList<>(List.of("links", "owners", "indicators", "sections"));
    byAspect.keySet().stream().filter(a -> !order.contains(a)).forEach(order::add);
    for (String aspect : order) {
      List<QualityCriterion> criteria = byAspect.get(aspect);
      if (criteria.isEmpty()) {
        continue;
      }
      List<MaturityEvidence> evidence = new ArrayList<>();
      double p = 0;
      double e = 0;
      for (QualityCriterion c :
          criteria.stream().sorted(Comparator.comparing(QualityCriterion::id)).toList()) {
        CriterionScore s = best.get(c.id());
        evidence.add(
            evidence(
                c.id(),
                c.description(),
                0,
                false,
                c.measure(),
                c.fullAt(),
                c.partialFrom(),
                c.weight(),
                s));
        p += c.weight();
        e += s == null ? 0 : s.points();
      }
      possible += p;
      earned += e;
      aspects.put(
          aspect,
          QualityAspect.builder()
              .score(MaturityScoring.rounded(MaturityScoring.blockScore(e, p)))
              .evidence(evidence)
              .build());
    }
    return DocumentQuality.builder()
        .score(MaturityScoring.rounded(MaturityScoring.blockScore(earned, possible)))
        .aspects(aspects)
        .build();
  }

  private static MaturityEvidence evidence(
      String id,
      String description,
      int tier,
      boolean required,
      String measure,
      double fullAt,
      double partialFrom,
      double weight,
      CriterionScore s) {
    return MaturityEvidence.builder()
        .criterion(id)
        .description(description)
        .tier(tier)
        .required(required)
        .measure(measure)
        .value(s == null ? 0 : MaturityScoring.rounded2(s.value()))
        .fullAt(fullAt)
        .partialFrom(partialFrom)
        .status(CriterionStatus.of(s != null, s == null ? 0 : s.ratio()))
        .weight(weight)
        .points(s == null ? 0 : MaturityScoring.rounded(s.points()))
        .detail(s == null ? "no evidence of measure " + measure : s.evidence())
        .detailWording(
            s == null
                ? Optional.of(Wording.of("measure.none", "measure", measure))
                : Optional.ofNullable(s.wording()))
        .path(s == null ? ElementPath.root() : s.path().withoutPositions())
        .build();
  }
}
