package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Helpers for rule consequences: shares, levels and short descriptions. The maturity arithmetic
 * itself is {@link MaturityScoring}'s; the methods here are its names for DRL.
 */
public final class Scores {
  private static final List<EvidenceScope> MATURITY_SCOPES =
      List.of(EvidenceScope.CURRENT, EvidenceScope.TARGET);

  private Scores() {}

  /** {@code part / whole}, or 0 when {@code whole} is 0. */
  public static double ratio(Number part, Number whole) {
    return whole.doubleValue() == 0 ? 0 : part.doubleValue() / whole.doubleValue();
  }

  /** {@code 1.0} when {@code condition} holds, else {@code 0.0}. */
  public static double credit(boolean condition) {
    return condition ? 1 : 0;
  }

  /**
   * "{@code part} of {@code whole} {@code what}", e.g. "2 of 3 CRM goals support a corporate goal".
   */
  public static String share(Number part, Number whole, String what) {
    return part.longValue() + " of " + whole.longValue() + " " + what;
  }

  /**
   * The wording of {@link #share}: the pattern {@code key} with {@code part} and {@code whole}, for
   * evidence a rule inserts ({@link Evidence#wording()}).
   */
  public static Wording shareWording(String key, Number part, Number whole) {
    return Wording.of(key, "part", part.longValue(), "whole", whole.longValue());
  }

  /** The two scopes of maturity, today and the horizon, for {@code from} in DRL. */
  public static List<EvidenceScope> maturityScopes() {
    return MATURITY_SCOPES;
  }

  /**
   * The score of maturity criterion {@code c} against evidence {@code e} of its measure ({@link
   * MaturityScoring#credit}).
   */
  public static CriterionScore criterion(MaturityCriterion c, Evidence e, double partialCredit) {
    double ratio = MaturityScoring.credit(e.value(), c.fullAt(), c.partialFrom(), partialCredit);
    return new CriterionScore(
        e.scope(),
        c.id(),
        c.block(),
        c.weight(),
        ratio,
        e.value(),
        e.detail(),
        e.path(),
        e.wording());
  }

  /**
   * The score of document-quality criterion {@code c} against evidence {@code e} of its measure;
   * the score's block is the criterion's aspect.
   */
  public static CriterionScore quality(QualityCriterion c, Evidence e, double partialCredit) {
    double ratio = MaturityScoring.credit(e.value(), c.fullAt(), c.partialFrom(), partialCredit);
    return new CriterionScore(
        e.scope(),
        c.id(),
        c.aspect(),
        c.weight(),
        ratio,
        e.value(),
        e.detail(),
        e.path(),
        e.wording());
  }

  /**
   * The block scores of {@code scope} ({@link MaturityScoring#profile}), one per {@link
   * BlockWeight}.
   */
  public static List<BlockScore> blockScores(
      EvidenceScope scope,
      Collection<?> weights,
      Collection<?> criteria,
      Collection<?> scores,
      Collection<?> caps,
      Collection<?> prerequisites,
      Collection<?> levels,
      double passRatio) {
    List<MaturityLevel> names = cast(levels, MaturityLevel.class);
    List<BlockScore> out = new ArrayList<>();
    MaturityScoring.profile(
            scope,
            cast(weights, BlockWeight.class),
            cast(criteria, MaturityCriterion.class),
            cast(scores, CriterionScore.class),
            cast(caps, LevelCap.class),
            cast(prerequisites, MaturityPrerequisite.class),
            passRatio)
        .values()
        .forEach(
            b ->
                out.add(
                    new BlockScore(
                        scope,
                        b.block(),
                        b.score(),
                        b.level(),
                        MaturityScoring.levelName(names, b.level()),
                        b.stagedLevel(),
                        b.heldByText(),
                        b.foundation(),
                        b.heldByWordings())));
    return out;
  }

  /**
   * The staged level of a block ({@link MaturityScoring#stagedLevel}).
   *
   * @param criteria the block's {@link MaturityCriterion} facts
   * @param scores the block's {@link CriterionScore} facts
   * @param passRatio share of a tier's points needed to reach it
   */
  public static int stagedLevel(Collection<?> criteria, Collection<?> scores, double passRatio) {
    return MaturityScoring.stagedLevel(
        cast(criteria, MaturityCriterion.class), cast(scores, CriterionScore.class), passRatio);
  }

  /** The name of {@code level} among the {@link MaturityLevel} facts, or {@code "Level n"}. */
  public static String levelName(Collection<?> levels, int level) {
    return MaturityScoring.levelName(cast(levels, MaturityLevel.class), level);
  }

  /** Score of {@code earned} out of {@code possible} points, 0..100. */
  public static double score(Number earned, Number possible) {
    return MaturityScoring.blockScore(earned.doubleValue(), possible.doubleValue());
  }

  /** {@code score} rounded to one decimal, as the report shows it. */
  public static double rounded(double score) {
    return MaturityScoring.rounded(score);
  }

  /** Years from {@code from} to {@code to} ({@link MaturityScoring#yearsBetween}). */
  public static double years(LocalDate from, LocalDate to) {
    return MaturityScoring.yearsBetween(from, to);
  }

  /** Years a climb of {@code levels} takes ({@link MaturityScoring#yearsNeeded}). */
  public static double yearsNeeded(int levels, double yearsPerLevel) {
    return MaturityScoring.yearsNeeded(levels, yearsPerLevel);
  }

  /**
   * The blocks the plan asks to climb faster than {@code yearsPerLevel} a level from today ({@code
   * from}) to the end of the horizon ({@code to}): one diagnosis naming each, or none.
   *
   * @param blockScores the {@link BlockScore} facts of both scopes
   */
  public static List<MaturityDiagnosis> climbsTooFast(
      Collection<?> blockScores, double yearsPerLevel, LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      return List.of();
    }
    double available = MaturityScoring.yearsBetween(from, to);
    Map<String, Integer> current = levels(blockScores, EvidenceScope.CURRENT);
    Map<String, Integer> target = levels(blockScores, EvidenceScope.TARGET);
    List<String> blocks = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    List<Wording> climbs = new ArrayList<>();
    for (Map.Entry<String, Integer> t : target.entrySet()) {
      Integer c = current.get(t.getKey());
      if (c == null) {
        continue;
      }
      int levels = t.getValue() - c;
      if (!MaturityScoring.withinPace(levels, yearsPerLevel, available)) {
        blocks.add(t.getKey());
        parts.add(
            t.getKey()
                + " from level "
                + c
                + " to "
                + t.getValue()
                + " ("
                + Fmt.num(rounded(MaturityScoring.yearsNeeded(levels, yearsPerLevel)))
                + " years needed)");
        climbs.add(
            Wording.of(
                "maturity.climb",
                "block",
                MaturityScoring.blockName(t.getKey()),
                "from",
                c,
                "to",
                t.getValue(),
                "years",
                rounded(MaturityScoring.yearsNeeded(levels, yearsPerLevel))));
      }
    }
    if (blocks.isEmpty()) {
      return List.of();
    }
    String message =
        blocks.size()
            + (blocks.size() == 1 ? " building block is" : " building blocks are")
            + " asked to climb faster than a level step takes ("
            + Fmt.num(yearsPerLevel)
            + " years per level; "
            + Fmt.num(rounded(available))
            + " years from "
            + from
            + " to the end of the plan, "
            + to
            + "): "
            + String.join(", ", parts);
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("from", from);
    arguments.put("to", to);
    arguments.put("available", rounded(available));
    arguments.put("climbs", climbs);
    return List.of(new MaturityDiagnosis("route", ElementPath.root(), message, blocks, arguments));
  }

  /**
   * The caps that still hold a block at the horizon below the level its criteria reach there: one
   * diagnosis per cap, naming its blocks and the evidence that brings it into force.
   *
   * @param caps the {@link LevelCap} facts
   * @param blockScores the {@link BlockScore} facts
   */
  public static List<MaturityDiagnosis> capsHolding(Collection<?> caps, Collection<?> blockScores) {
    Map<String, BlockScore> target = scores(blockScores, EvidenceScope.TARGET);
    Map<String, List<LevelCap>> byCap = new TreeMap<>();
    for (LevelCap cap : cast(caps, LevelCap.class)) {
      BlockScore b = target.get(cap.block());
      if (cap.scope() == EvidenceScope.TARGET
          && b != null
          && b.stagedLevel() > cap.maxLevel()
          && b.level() == cap.maxLevel()) {
        byCap.computeIfAbsent(cap.capId(), k -> new ArrayList<>()).add(cap);
      }
    }
    List<MaturityDiagnosis> out = new ArrayList<>();
    byCap.forEach(
        (id, held) -> {
          held.sort(Comparator.comparing(LevelCap::block));
          LevelCap first = held.get(0);
          List<String> blocks = held.stream().map(LevelCap::block).toList();
          List<String> parts =
              held.stream()
                  .map(
                      c ->
                          c.block()
                              + " at level "
                              + c.maxLevel()
                              + " instead of "
                              + target.get(c.block()).stagedLevel())
                  .toList();
          List<Wording> holds =
              held.stream()
                  .map(
                      c ->
                          Wording.of(
                              "maturity.capHolds",
                              "block",
                              MaturityScoring.blockName(c.block()),
                              "level",
                              c.maxLevel(),
                              "staged",
                              target.get(c.block()).stagedLevel()))
                  .toList();
          Map<String, Object> arguments = new LinkedHashMap<>();
          arguments.put(
              "description", MaturityScoring.capDescription(first.capId(), first.description()));
          arguments.put("holds", holds);
          arguments.put("detail", MaturityScoring.detail(first.wording(), first.detail()));
          out.add(
              new MaturityDiagnosis(
                  id,
                  first.path(),
                  "At the end of the plan "
                      + first.description().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                      + first.description().substring(1)
                      + ", which holds "
                      + String.join(", ", parts)
                      + ": "
                      + first.detail(),
                  blocks,
                  arguments));
        });
    return out;
  }

  /**
   * The blocks the plan raises on their criteria above what the block they rest on allows at the
   * horizon: one diagnosis per foundation block, naming the blocks it holds.
   *
   * @param prerequisites the {@link MaturityPrerequisite} facts
   * @param caps the {@link LevelCap} facts (a block a cap holds is the cap's diagnosis, not this
   *     one)
   * @param blockScores the {@link BlockScore} facts
   */
  public static List<MaturityDiagnosis> foundationsHolding(
      Collection<?> prerequisites, Collection<?> caps, Collection<?> blockScores) {
    Map<String, BlockScore> target = scores(blockScores, EvidenceScope.TARGET);
    Map<String, TreeSet<String>> held = new TreeMap<>();
    Map<String, List<String>> parts = new HashMap<>();
    Map<String, Map<String, Wording>> partWordings = new HashMap<>();
    for (MaturityPrerequisite p : cast(prerequisites, MaturityPrerequisite.class)) {
      BlockScore b = target.get(p.block());
      BlockScore base = target.get(p.requires());
      if (b == null || base == null || b.stagedLevel() <= b.level()) {
        continue;
      }
      boolean capped =
          cast(caps, LevelCap.class).stream()
              .anyMatch(
                  c ->
                      c.scope() == EvidenceScope.TARGET
                          && c.block().equals(p.block())
                          && c.maxLevel() <= b.level());
      if (!capped && b.level() == base.level() + p.maxAbove()) {
        if (held.computeIfAbsent(p.requires(), k -> new TreeSet<>()).add(p.block())) {
          parts
              .computeIfAbsent(p.requires(), k -> new ArrayList<>())
              .add(
                  p.block()
                      + " stays at level "
                      + b.level()
                      + " although its own criteria support "
                      + b.stagedLevel());
          partWordings
              .computeIfAbsent(p.requires(), k -> new TreeMap<>())
              .put(
                  p.block(),
                  Wording.of(
                      "maturity.foundationHolds",
                      "block",
                      MaturityScoring.blockName(p.block()),
                      "level",
                      b.level(),
                      "staged",
                      b.stagedLevel()));
        }
      }
    }
    List<MaturityDiagnosis> out = new ArrayList<>();
    held.forEach(
        (base, blocks) -> {
          List<String> text = new ArrayList<>(parts.get(base));
          text.sort(null);
          Map<String, Object> arguments = new LinkedHashMap<>();
          arguments.put("base", MaturityScoring.blockName(base));
          arguments.put("level", target.get(base).level());
          arguments.put("holds", List.copyOf(partWordings.get(base).values()));
          out.add(
              new MaturityDiagnosis(
                  base,
                  ElementPath.root(),
                  "At the end of the plan '"
                      + base
                      + "' would reach only level "
                      + target.get(base).level()
                      + ", which holds the blocks that rest on it: "
                      + String.join(", ", text),
                  List.copyOf(blocks),
                  arguments));
        });
    return out;
  }

  /**
   * The self-assessments today's evidence contradicts: a block claimed more than {@code maxGap}
   * above its level today (only when there is evidence of today at all: {@code operational > 0}),
   * or above a cap in force. One diagnosis per root cause: a block held only by the block it rests
   * on is named in that block's diagnosis when that one is over-claimed too.
   *
   * @param selfLevels the {@link MaturityLevelFact} facts (peers are ignored)
   * @param blockScores the {@link BlockScore} facts
   * @param caps the {@link LevelCap} facts
   */
  public static List<MaturityDiagnosis> overClaims(
      Collection<?> selfLevels,
      Collection<?> blockScores,
      Collection<?> caps,
      double maxGap,
      double operational) {
    Map<String, BlockScore> today = scores(blockScores, EvidenceScope.CURRENT);
    Map<String, MaturityLevelFact> claims = new TreeMap<>();
    for (MaturityLevelFact f : cast(selfLevels, MaturityLevelFact.class)) {
      if (f.source().equals("self")) {
        claims.put(f.block(), f);
      }
    }
    List<LevelCap> all = cast(caps, LevelCap.class);
    Map<String, MaturityLevelFact> over = new TreeMap<>();
    claims.forEach(
        (block, claim) -> {
          BlockScore b = today.get(block);
          if (b == null || b.level() >= claim.level()) {
            return;
          }
          boolean capped =
              all.stream()
                  .anyMatch(
                      c ->
                          c.scope() == EvidenceScope.CURRENT
                              && c.block().equals(block)
                              && c.maxLevel() < claim.level());
          if ((claim.level() - b.level() > maxGap && operational > 0) || capped) {
            over.put(block, claim);
          }
        });
    Map<String, List<String>> folded = new TreeMap<>();
    Map<String, List<Wording>> foldedWordings = new TreeMap<>();
    for (String block : over.keySet()) {
      String base = today.get(block).foundation();
      if (!base.isEmpty() && over.containsKey(base)) {
        folded
            .computeIfAbsent(base, k -> new ArrayList<>())
            .add(
                block
                    + " ("
                    + over.get(block).level()
                    + " claimed, "
                    + today.get(block).level()
                    + " today)");
        foldedWordings
            .computeIfAbsent(base, k -> new ArrayList<>())
            .add(
                Wording.of(
                    "maturity.dependentClaim",
                    "block",
                    MaturityScoring.blockName(block),
                    "claimed",
                    over.get(block).level(),
                    "level",
                    today.get(block).level()));
      }
    }
    List<MaturityDiagnosis> out = new ArrayList<>();
    over.forEach(
        (block, claim) -> {
          BlockScore b = today.get(block);
          String base = b.foundation();
          if (!base.isEmpty() && over.containsKey(base)) {
            return;
          }
          StringBuilder message =
              new StringBuilder("Block '")
                  .append(block)
                  .append("' is self-assessed at level ")
                  .append(claim.level())
                  .append(" but today's evidence supports level ")
                  .append(b.level())
                  .append(" (")
                  .append(b.levelName())
                  .append("): ")
                  .append(againstClaim(b, all, claim.level()));
          List<String> dependents = folded.getOrDefault(block, List.of());
          List<String> blocks = new ArrayList<>(List.of(block));
          if (!dependents.isEmpty()) {
            message
                .append(". It also holds the blocks that rest on it below their self-assessment: ")
                .append(String.join(", ", dependents));
            dependents.forEach(d -> blocks.add(d.substring(0, d.indexOf(' '))));
          }
          Map<String, Object> arguments = new LinkedHashMap<>();
          arguments.put("block", MaturityScoring.blockName(block));
          arguments.put("claimed", claim.level());
          arguments.put("level", b.level());
          arguments.put("levelName", levelNameWording(b.levelName()));
          arguments.put("against", Wording.join("; ", againstClaimWordings(b, all, claim.level())));
          arguments.put("dependents", foldedWordings.getOrDefault(block, List.of()));
          arguments.put("dependentCount", dependents.size());
          out.add(
              new MaturityDiagnosis(block, claim.path(), message.toString(), blocks, arguments));
        });
    return out;
  }

  /**
   * The evidence against a self-assessed level {@code claimed} of block {@code b} today: what holds
   * the block at its level, and every other cap in force below the claim.
   *
   * @param b the block's {@link BlockScore} of today
   * @param caps the {@link LevelCap} facts
   */
  public static String againstClaim(BlockScore b, Collection<?> caps, int claimed) {
    List<String> parts = new ArrayList<>();
    if (!b.heldBy().isEmpty()) {
      parts.add(b.heldBy());
    }
    cast(caps, LevelCap.class).stream()
        .filter(
            c ->
                c.scope() == b.scope()
                    && c.block().equals(b.block())
                    && c.maxLevel() > b.level()
                    && c.maxLevel() < claimed)
        .sorted(Comparator.comparing(LevelCap::capId))
        .forEach(
            c ->
                parts.add(
                    c.description() + " (level " + c.maxLevel() + " at most): " + c.detail()));
    return String.join("; ", parts);
  }

  /**
   * The wordings of {@link #againstClaim}: what holds the block, then the other caps in force below
   * the claim.
   */
  public static List<Wording> againstClaimWordings(BlockScore b, Collection<?> caps, int claimed) {
    List<Wording> parts = new ArrayList<>(b.holds());
    cast(caps, LevelCap.class).stream()
        .filter(
            c ->
                c.scope() == b.scope()
                    && c.block().equals(b.block())
                    && c.maxLevel() > b.level()
                    && c.maxLevel() < claimed)
        .sorted(Comparator.comparing(LevelCap::capId))
        .forEach(c -> parts.add(MaturityScoring.capWording(c)));
    return parts;
  }

  /** The names of the building blocks {@code ids}, in the order of their ids. */
  public static List<Wording> blockNames(Collection<?> ids) {
    return new TreeSet<>(ids.stream().map(String::valueOf).toList())
        .stream().map(MaturityScoring::blockName).toList();
  }

  /** A maturity level's name in words any language can say ({@code levelName.Managed}). */
  public static Wording levelNameWording(String name) {
    return Wording.term("levelName." + name, name);
  }

  /**
   * The evidence of the criterion scores {@code scores} as the findings list it: their English
   * texts sorted, and joined with "; ".
   */
  public static String evidenceList(Collection<?> scores) {
    return String.join(
        "; ",
        new TreeSet<>(
            cast(scores, CriterionScore.class).stream().map(CriterionScore::evidence).toList()));
  }

  /**
   * The wordings of {@link #evidenceList}, in the same order (by the English text), each score's
   * text where it has no wording.
   */
  public static Wording evidenceWordings(Collection<?> scores) {
    TreeMap<String, Wording> sorted = new TreeMap<>();
    for (CriterionScore s : cast(scores, CriterionScore.class)) {
      sorted.putIfAbsent(s.evidence(), MaturityScoring.detail(s.wording(), s.evidence()));
    }
    return Wording.join("; ", List.copyOf(sorted.values()));
  }

  private static Map<String, Integer> levels(Collection<?> blockScores, EvidenceScope scope) {
    Map<String, Integer> out = new TreeMap<>();
    scores(blockScores, scope).forEach((k, v) -> out.put(k, v.level()));
    return out;
  }

  private static Map<String, BlockScore> scores(Collection<?> blockScores, EvidenceScope scope) {
    Map<String, BlockScore> out = new TreeMap<>();
    for (BlockScore b : cast(blockScores, BlockScore.class)) {
      if (b.scope() == scope) {
        out.put(b.block(), b);
      }
    }
    return out;
  }

  private static <T> List<T> cast(Collection<?> facts, Class<T> type) {
    return facts.stream().map(type::cast).toList();
  }
}
