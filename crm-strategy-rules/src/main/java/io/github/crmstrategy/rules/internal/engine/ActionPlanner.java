package io.github.crmstrategy.rules.internal.engine;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.BlockNextSteps;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.FindingKey;
import io.github.crmstrategy.rules.LevelStep;
import io.github.crmstrategy.rules.MaturityEvidence;
import io.github.crmstrategy.rules.MaturityHold;
import io.github.crmstrategy.rules.MaturityProfile;
import io.github.crmstrategy.rules.MaturityResult;
import io.github.crmstrategy.rules.NextActions;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.StepChange;
import io.github.crmstrategy.rules.TopAction;
import io.github.crmstrategy.rules.facts.MaturityCap;
import io.github.crmstrategy.rules.facts.MaturityPrerequisite;
import io.github.crmstrategy.rules.facts.MaturityScoring;
import io.github.crmstrategy.rules.internal.pack.MaturityData;
import io.github.crmstrategy.text.Wording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What to do next, over the maturity model's data: for each block and scope the smallest set of
 * changes that lifts its level by one, and the top actions across blocks and findings.
 *
 * <p>The step from level {@code L} to {@code L + 1} needs: every tier above the block's staged
 * level up to {@code L + 1} reached (its required criteria met in full, then the criteria worth
 * most points until the tier earns {@code maturity.tier.passRatio} of its points: taking the
 * largest missing points first gives the fewest criteria); every cap in force at {@code L} or below
 * ended; and every block it rests on raised to {@code L + 1 - maxAbove}. What a criterion is worth
 * is its missing points (its weight times the share not earned); its block score gain is that over
 * the block's possible points, and its overall score gain that times the block's weight over the
 * sum of the weights.
 *
 * <p>The top actions group the changes of the end-of-plan steps by evidence measure (one change to
 * the plan moves every criterion that reads it) and by cap, and the findings by rule (one
 * remediation per rule); each is worth its overall score gain, {@code actions.worth.levelStep}
 * shared among the changes of each step it belongs to, and {@code actions.worth.<severity>} per
 * finding it resolves.
 */
final class ActionPlanner {
  private static final double EPSILON = 1e-9;

  private final MaturityData model;
  private final Map<String, Double> params;

  ActionPlanner(MaturityData model, Map<String, Double> params) {
    this.model = model;
    this.params = params;
  }

  private double param(String name, double fallback) {
    return params.getOrDefault(name, fallback);
  }

  /** The next actions of a plan assessed to {@code maturity} with {@code findings}. */
  NextActions plan(MaturityResult maturity, List<Finding> findings) {
    Map<BuildingBlock, BlockNextSteps> blocks = new LinkedHashMap<>();
    for (BuildingBlock block : BuildingBlock.values()) {
      BlockMaturity c = maturity.current().blocks().get(block);
      BlockMaturity t = maturity.target().blocks().get(block);
      if (c == null || t == null) {
        continue;
      }
      blocks.put(
          block,
          BlockNextSteps.builder()
              .block(block)
              .current(step(c, maturity.current()))
              .target(step(t, maturity.target()))
              .build());
    }
    return NextActions.builder().blocks(blocks).top(top(blocks, findings)).build();
  }

  /** The smallest set of changes that lifts {@code block} one level, empty at the top level. */
  Optional<LevelStep> step(BlockMaturity block, MaturityProfile profile) {
    int level = block.level();
    if (level >= MaturityScoring.TOP_LEVEL) {
      return Optional.empty();
    }
    double partialCredit = param("maturity.criterion.partialCredit", 0.5);
    double passRatio = param("maturity.tier.passRatio", 0.6);
    double possible = block.evidence().stream().mapToDouble(MaturityEvidence::weight).sum();
    List<StepChange> changes = new ArrayList<>();
    double gain = 0;
    for (int tier = block.stagedLevel() + 1; tier <= level + 1; tier++) {
      int t = tier;
      List<MaturityEvidence> ofTier =
          block.evidence().stream()
              .filter(e -> e.tier() == t)
              .sorted(Comparator.comparing(MaturityEvidence::criterion))
              .toList();
      double tierPossible = ofTier.stream().mapToDouble(MaturityEvidence::weight).sum();
      double earned = 0;
      List<MaturityEvidence> open = new ArrayList<>();
      List<MaturityEvidence> chosen = new ArrayList<>();
      for (MaturityEvidence e : ofTier) {
        double ratio = ratio(e, partialCredit);
        earned += e.weight() * ratio;
        if (ratio < 1 - EPSILON) {
          if (e.required()) {
            chosen.add(e);
            earned += e.weight() * (1 - ratio);
          } else {
            open.add(e);
          }
        }
      }
      open.sort(
          Comparator.comparingDouble((MaturityEvidence e) -> -missing(e, partialCredit))
              .thenComparing(MaturityEvidence::criterion));
      for (MaturityEvidence e : open) {
        if (tierPossible > 0 && earned >= passRatio * tierPossible - EPSILON) {
          break;
        }
        chosen.add(e);
        earned += missing(e, partialCredit);
      }
      for (MaturityEvidence e : chosen) {
        double worth = missing(e, partialCredit);
        double scoreGain = possible == 0 ? 0 : 100 * worth / possible;
        gain += scoreGain;
        changes.add(
            StepChange.builder()
                .kind(StepChange.Kind.CRITERION)
                .id(e.criterion())
                .text(
                    "Meet "
                        + e.criterion()
                        + " (tier "
                        + e.tier()
                        + (e.required() ? ", required" : "")
                        + "): "
                        + e.description()
                        + "; "
                        + e.status().words()
                        + " now: "
                        + e.detail())
                .wording(
                    Wording.of(
                        "step.criterion",
                        "id",
                        e.criterion(),
                        "tier",
                        e.tier(),
                        "required",
                        e.required(),
                        "description",
                        MaturityScoring.criterionDescription(e.criterion(), e.description()),
                        "status",
                        e.status().name(),
                        "detail",
                        e.detailWording().orElse(Wording.term("", e.detail()))))
                .measure(e.measure())
                .tier(e.tier())
                .required(e.required())
                .worth(MaturityScoring.rounded(worth))
                .scoreGain(MaturityScoring.rounded(scoreGain))
                .elements(elements(e.measure(), e.path()))
                .build());
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    for (MaturityHold h : block.heldBy()) {
      if (h.kind() == MaturityHold.Kind.CAP && seen.add("cap:" + h.id())) {
        String measure =
            model.caps().stream()
                .filter(c -> c.id().equals(h.id()))
                .map(MaturityCap::measure)
                .findFirst()
                .orElse("");
        changes.add(
            StepChange.builder()
                .kind(StepChange.Kind.CAP)
                .id(h.id())
                .text("End " + h.id() + ": " + h.text())
                .wording(
                    Wording.of(
                        "step.cap",
                        "id",
                        h.id(),
                        "hold",
                        h.wording().orElse(Wording.term("", h.text()))))
                .measure(measure)
                .tier(0)
                .required(true)
                .worth(0)
                .scoreGain(0)
                .elements(elements(measure, h.path()))
                .build());
      }
    }
    for (MaturityHold h : block.heldBy()) {
      if (h.kind() == MaturityHold.Kind.PREREQUISITE && seen.add("pre:" + h.id())) {
        int maxAbove =
            model.prerequisites().stream()
                .filter(p -> p.block().equals(block.block().id()) && p.requires().equals(h.id()))
                .mapToInt(MaturityPrerequisite::maxAbove)
                .min()
                .orElse(1);
        int needed = level + 1 - maxAbove;
        BlockMaturity base =
            profile.blocks().values().stream()
                .filter(b -> b.block().id().equals(h.id()))
                .findFirst()
                .orElse(null);
        changes.add(
            StepChange.builder()
                .kind(StepChange.Kind.PREREQUISITE)
                .id(h.id())
                .text(
                    "Raise "
                        + h.id()
                        + " to level "
                        + needed
                        + " first (at level "
                        + (base == null ? "?" : base.level())
                        + "; "
                        + block.block().id()
                        + " stands at most "
                        + maxAbove
                        + " above it)")
                .wording(
                    Wording.of(
                        "step.prerequisite",
                        "base",
                        MaturityScoring.blockName(h.id()),
                        "needed",
                        needed,
                        "level",
                        base == null ? "?" : String.valueOf(base.level()),
                        "block",
                        MaturityScoring.blockName(block.block().id()),
                        "maxAbove",
                        maxAbove))
                .measure("")
                .tier(0)
                .required(true)
                .worth(0)
                .scoreGain(0)
                .build());
      }
    }
    return Optional.of(
        LevelStep.builder()
            .from(level)
            .to(level + 1)
            .changes(changes)
            .scoreGain(MaturityScoring.rounded(gain))
            .build());
  }

  private static double ratio(MaturityEvidence e, double partialCredit) {
    return switch (e.status()) {
      case MET -> 1;
      case PARTLY_MET -> partialCredit;
      case UNMET, NO_EVIDENCE -> 0;
    };
  }

  private static double missing(MaturityEvidence e, double partialCredit) {
    return e.weight() * (1 - ratio(e, partialCredit));
  }

  /**
   * The evidence's own element (when it has one) and where the measure lives in a plan, a list left
   * out when the evidence's element is in it.
   */
  private List<ElementPath> elements(String measure, ElementPath evidence) {
    Set<ElementPath> out = new LinkedHashSet<>();
    if (!evidence.isRoot()) {
      out.add(evidence);
    }
    for (String p :
        model
            .measureElements()
            .getOrDefault(measure, com.google.common.collect.ImmutableList.of())) {
      ElementPath path = ElementPath.parse(p);
      if (evidence.isRoot() || !path.contains(evidence)) {
        out.add(path);
      }
    }
    return List.copyOf(out);
  }

  /** One top action as it accumulates. */
  private static final class Draft {
    final TopAction.Kind kind;
    final String id;
    String title = "";
    Wording titleWording;
    double titleWorth = -1;
    double scoreGain;
    double stepWorth;
    final Set<BuildingBlock> blocks = new LinkedHashSet<>();
    final Set<String> criteria = new LinkedHashSet<>();
    final Set<ElementPath> elements = new LinkedHashSet<>();
    final Set<FindingKey> resolves = new LinkedHashSet<>();
    final List<String> steps = new ArrayList<>();
    final List<Wording> stepWordings = new ArrayList<>();
    final Map<Severity, Integer> severities = new TreeMap<>();
    double findingWorth;

    Draft(TopAction.Kind kind, String id) {
      this.kind = kind;
      this.id = id;
    }

    double worth() {
      return scoreGain + stepWorth + findingWorth;
    }
  }

  private List<TopAction> top(Map<BuildingBlock, BlockNextSteps> blocks, List<Finding> findings) {
    double weights = model.blockWeights().values().stream().mapToDouble(Double::doubleValue).sum();
    double meanWeight = model.blockWeights().isEmpty() ? 1 : weights / model.blockWeights().size();
    double stepValue = param("actions.worth.levelStep", 5);
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (BlockNextSteps next : blocks.values()) {
      if (next.target().isEmpty()) {
        continue;
      }
      LevelStep step = next.target().get();
      BuildingBlock block = next.block();
      double bw = model.blockWeights().getOrDefault(block.id(), 1.0);
      long counted =
          step.changes().stream().filter(c -> c.kind() != StepChange.Kind.PREREQUISITE).count();
      for (StepChange c : step.changes()) {
        if (c.kind() == StepChange.Kind.PREREQUISITE) {
          continue;
        }
        boolean cap = c.kind() == StepChange.Kind.CAP;
        String key = cap ? "cap:" + c.id() : "measure:" + c.measure();
        Draft d =
            drafts.computeIfAbsent(
                key,
                k ->
                    new Draft(
                        cap ? TopAction.Kind.CAP : TopAction.Kind.MATURITY,
                        cap ? c.id() : c.measure()));
        d.blocks.add(block);
        d.criteria.add(c.id());
        d.elements.addAll(c.elements());
        if (weights > 0) {
          d.scoreGain += bw * c.scoreGain() / weights;
        }
        d.stepWorth += stepValue * (bw / meanWeight) / Math.max(1, counted);
        d.steps.add(block.id() + " " + step.from() + " → " + step.to());
        d.stepWordings.add(
            Wording.of(
                "action.step",
                "block",
                MaturityScoring.blockName(block.id()),
                "from",
                step.from(),
                "to",
                step.to()));
        double w = cap ? 1 : c.worth();
        if (w > d.titleWorth) {
          d.titleWorth = w;
          d.title = cap ? titleOfCap(c) : titleOfCriterion(c);
          d.titleWording = cap ? titleWordingOfCap(c) : titleWordingOfCriterion(c);
        }
      }
    }
    // The findings maturity actions resolve, read from the findings' evidence: a cap's MAT-008, a
    // foundation's MAT-009.
    Set<FindingKey> resolvedByMaturity = new LinkedHashSet<>();
    for (Finding f : findings) {
      String cap = f.evidence().get("cap");
      if (cap != null && drafts.containsKey("cap:" + cap)) {
        addFinding(drafts.get("cap:" + cap), f);
        resolvedByMaturity.add(FindingKey.of(f));
      }
      String requires = f.evidence().get("requires");
      if (requires != null) {
        for (Draft d : drafts.values()) {
          if (d.kind == TopAction.Kind.MATURITY
              && d.blocks.stream().anyMatch(b -> b.id().equals(requires))) {
            addFinding(d, f);
            resolvedByMaturity.add(FindingKey.of(f));
          }
        }
      }
    }
    Map<String, Draft> byRule = new TreeMap<>();
    for (Finding f : findings) {
      if (resolvedByMaturity.contains(FindingKey.of(f))) {
        continue;
      }
      Draft d = byRule.computeIfAbsent(f.ruleId(), k -> new Draft(TopAction.Kind.FINDINGS, k));
      if (d.title.isEmpty()) {
        d.title = f.ruleName() + (f.remediation().isBlank() ? "" : ": " + f.remediation().strip());
        d.titleWording =
            Wording.of(
                "action.findings",
                "title",
                Wording.term(f.ruleId() + ".title", f.ruleName()),
                "remediation",
                f.remediation().isBlank()
                    ? ""
                    : Wording.term(f.ruleId() + ".remediation", f.remediation().strip()));
      }
      d.elements.add(f.path());
      addFinding(d, f);
    }
    List<Draft> all = new ArrayList<>(drafts.values());
    all.addAll(byRule.values());
    all.sort(
        Comparator.comparingDouble((Draft d) -> -MaturityScoring.rounded2(d.worth()))
            .thenComparing(d -> d.kind)
            .thenComparing(d -> d.id));
    int count = (int) Math.max(0, param("actions.top.count", 10));
    List<TopAction> out = new ArrayList<>();
    for (Draft d : all) {
      if (out.size() >= count || d.worth() <= EPSILON) {
        break;
      }
      out.add(
          TopAction.builder()
              .rank(out.size() + 1)
              .kind(d.kind)
              .id(d.id)
              .title(d.title)
              .titleWording(java.util.Optional.ofNullable(d.titleWording))
              .blocks(d.blocks)
              .criteria(d.criteria)
              .elements(d.elements)
              .resolves(d.resolves)
              .worth(MaturityScoring.rounded(d.worth()))
              .why(why(d))
              .whyWording(whyWording(d))
              .build());
    }
    return out;
  }

  private void addFinding(Draft d, Finding f) {
    if (d.resolves.add(FindingKey.of(f))) {
      d.severities.merge(f.severity(), 1, Integer::sum);
      d.findingWorth +=
          switch (f.severity()) {
            case ERROR -> param("actions.worth.error", 3);
            case WARNING -> param("actions.worth.warning", 1);
            default -> param("actions.worth.info", 0.25);
          };
    }
  }

  private static String titleOfCriterion(StepChange c) {
    int colon = c.text().indexOf("): ");
    String rest = colon < 0 ? c.text() : c.text().substring(colon + 3);
    int semi = rest.indexOf("; ");
    return semi < 0 ? rest : rest.substring(0, semi);
  }

  /** The title of a criterion's action in words any language can say: its description. */
  private static Wording titleWordingOfCriterion(StepChange c) {
    return c.wording()
        .map(w -> w.args().get("description"))
        .filter(Wording.class::isInstance)
        .map(Wording.class::cast)
        .orElse(Wording.term("", titleOfCriterion(c)));
  }

  /** The title of a cap's action in words any language can say: end its cause. */
  private static Wording titleWordingOfCap(StepChange c) {
    Object description =
        c.wording()
            .map(w -> w.args().get("hold"))
            .filter(Wording.class::isInstance)
            .map(h -> ((Wording) h).args().get("description"))
            .orElse(null);
    return description == null
        ? Wording.term("", titleOfCap(c))
        : Wording.of("action.cap", "description", description);
  }

  /** {@link #why} in words any language can say. */
  private static Wording whyWording(Draft d) {
    List<Wording> severities = new ArrayList<>();
    d.severities.forEach(
        (s, n) -> severities.add(Wording.of("action.severity", "severity", s.name(), "count", n)));
    return Wording.of(
        "action.why",
        "gain",
        d.scoreGain > EPSILON ? MaturityScoring.rounded(d.scoreGain) : 0.0,
        "steps",
        List.copyOf(d.stepWordings),
        "findings",
        d.resolves.size(),
        "severities",
        severities);
  }

  private static String titleOfCap(StepChange c) {
    String rest = c.text().substring(c.text().indexOf(": ") + 2);
    int paren = rest.indexOf(" (level ");
    return "End the cause: " + (paren < 0 ? rest : rest.substring(0, paren));
  }

  private static String why(Draft d) {
    List<String> parts = new ArrayList<>();
    if (d.scoreGain > EPSILON) {
      parts.add("+" + MaturityScoring.rounded(d.scoreGain) + " overall score points");
    }
    if (!d.steps.isEmpty()) {
      parts.add("part of the next level step of " + String.join(", ", d.steps));
    }
    if (!d.severities.isEmpty()) {
      List<String> counts = new ArrayList<>();
      d.severities.forEach(
          (s, n) ->
              counts.add(
                  n + " " + s.name().toLowerCase(java.util.Locale.ROOT) + (n == 1 ? "" : "s")));
      int n = d.resolves.size();
      parts.add(
          "resolves "
              + n
              + (n == 1 ? " finding" : " findings")
              + " ("
              + String.join(", ", counts)
              + ")");
    }
    return String.join("; ", parts);
  }
}
