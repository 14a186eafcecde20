package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Wording;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The arithmetic of the maturity model, in one place: what a criterion earns, a block's score and
 * staged level, the caps and prerequisites that hold it, the overall score and level, the route's
 * pace, and how numbers are rounded for the report. The DRL helpers ({@link Scores}) and the engine
 * that builds the report's maturity both call it; nothing else computes maturity.
 *
 * <ul>
 *   <li>A criterion is met (ratio 1) when its measure reaches {@code fullAt}, partly met (ratio
 *       {@code maturity.criterion.partialCredit}) from {@code partialFrom}, unmet (0) below ({@link
 *       #credit}); it earns {@code weight × ratio} points.
 *   <li>A block scores {@code 100 × earned / possible} points ({@link #blockScore}).
 *   <li>A block reaches tier {@code n} when it earns at least {@code maturity.tier.passRatio} of
 *       the tier's points and meets every required criterion of the tier in full; its staged level
 *       is the highest tier reached with every lower tier reached (1 when tier 2 is not). A tier
 *       without criteria is not reached ({@link #stagedLevel}).
 *   <li>Its level is the staged level held down by the caps in force ({@link LevelCap}) and by its
 *       prerequisites ({@link MaturityPrerequisite}): at most the level of the block it rests on
 *       plus {@code maxAbove} ({@link #profile}).
 *   <li>The overall score is the block scores' mean weighted by the block weights; the overall
 *       level is the weighted mean of the block levels rounded down, and never more than {@code
 *       maturity.overall.maxAboveWeakest} above the weakest block ({@link Overall}).
 *   <li>A route step of one level takes {@code maturity.route.yearsPerLevel} years ({@link
 *       #yearsNeeded}); years are counted in days / 365.25 ({@link #yearsBetween}).
 *   <li>Scores and points are reported rounded to one decimal ({@link #rounded}).
 * </ul>
 */
public final class MaturityScoring {
  /** Tolerance for comparisons of sums of points, which are sums of products of doubles. */
  private static final double EPSILON = 1e-9;

  /** The highest level of the staged scale. */
  public static final int TOP_LEVEL = 5;

  private MaturityScoring() {}

  /** The points a criterion worth {@code weight} earns when the plan meets {@code ratio} of it. */
  public static double points(double weight, double ratio) {
    return weight * ratio;
  }

  /**
   * The share of a criterion's points a measured {@code value} earns: 1 from {@code fullAt}, {@code
   * partialCredit} from {@code partialFrom} (when below {@code fullAt}), else 0.
   */
  public static double credit(
      double value, double fullAt, double partialFrom, double partialCredit) {
    if (value >= fullAt - EPSILON) {
      return 1;
    }
    if (partialFrom < fullAt && value >= partialFrom - EPSILON) {
      return partialCredit;
    }
    return 0;
  }

  /** The score of a block that earns {@code earned} of {@code possible} points, 0..100. */
  public static double blockScore(double earned, double possible) {
    return possible == 0 ? 0 : 100 * (earned / possible);
  }

  /**
   * The staged level of a block: the highest tier (2..5) such that the block earns at least {@code
   * passRatio} of the points of that tier and of every lower tier, each with its required criteria
   * met in full; 1 when tier 2 is not reached. A tier without criteria is not reached. When a
   * criterion has several scores the best counts.
   *
   * @param criteria the block's criteria
   * @param scores the block's criterion scores (of one scope)
   * @param passRatio share of a tier's points needed to reach it
   */
  public static int stagedLevel(
      Collection<MaturityCriterion> criteria, Collection<CriterionScore> scores, double passRatio) {
    Map<String, CriterionScore> best = best(scores);
    int level = 1;
    for (int tier = 2; tier <= TOP_LEVEL; tier++) {
      if (!tierReached(criteria, best, tier, passRatio)) {
        break;
      }
      level = tier;
    }
    return level;
  }

  private static boolean tierReached(
      Collection<MaturityCriterion> criteria,
      Map<String, CriterionScore> best,
      int tier,
      double passRatio) {
    double possible = 0;
    double earned = 0;
    for (MaturityCriterion c : criteria) {
      if (c.tier() != tier) {
        continue;
      }
      possible += c.weight();
      CriterionScore s = best.get(c.id());
      double ratio = s == null ? 0 : s.ratio();
      earned += points(c.weight(), ratio);
      if (c.required() && ratio < 1 - EPSILON) {
        return false;
      }
    }
    return possible > 0 && earned >= passRatio * possible - EPSILON;
  }

  /** The best score of each criterion id. */
  private static Map<String, CriterionScore> best(Collection<CriterionScore> scores) {
    Map<String, CriterionScore> best = new HashMap<>();
    for (CriterionScore s : scores) {
      best.merge(s.criterionId(), s, (a, b) -> b.ratio() > a.ratio() ? b : a);
    }
    return best;
  }

  /**
   * What holds a block at its level.
   *
   * @param kind {@code criterion} (an unmet or partly met criterion of the next tier), {@code cap}
   *     (negative present-day evidence) or {@code prerequisite} (the block it rests on)
   * @param id the criterion id, the cap id, or the block it rests on
   * @param text the reason, in words, naming the evidence
   * @param path element path of the evidence ({@code ""} for the whole plan)
   * @param wording the reason in words any language can say ({@code hold.criterion}, {@code
   *     hold.cap}, {@code hold.prerequisite})
   */
  public record Hold(String kind, String id, String text, ElementPath path, Wording wording) {
    /** A reason without a wording. */
    public Hold(String kind, String id, String text, ElementPath path) {
      this(kind, id, text, path, null);
    }
  }

  /**
   * The maturity of one block in one scope.
   *
   * @param block building block id
   * @param score 0..100, unrounded
   * @param stagedLevel the level its criteria reach
   * @param level the level after caps and prerequisites
   * @param heldBy what holds it at {@code level} (empty at level 5)
   * @param scores the best score of each of its criteria, by criterion id
   */
  public record BlockOutcome(
      String block,
      double score,
      int stagedLevel,
      int level,
      List<Hold> heldBy,
      Map<String, CriterionScore> scores) {

    /** {@link #heldBy()} as one sentence-like text, {@code ""} when nothing holds it. */
    public String heldByText() {
      return String.join("; ", heldBy.stream().map(Hold::text).toList());
    }

    /** The wordings of {@link #heldBy()}, the text itself for a reason without one. */
    public List<Wording> heldByWordings() {
      return heldBy.stream().map(MaturityScoring::wording).toList();
    }

    /**
     * The block this one rests on when only that prerequisite holds it at its level, else {@code
     * ""}.
     */
    public String foundation() {
      return !heldBy.isEmpty() && heldBy.stream().allMatch(h -> h.kind().equals("prerequisite"))
          ? heldBy.get(0).id()
          : "";
    }
  }

  /**
   * The maturity of every block in {@code scope}: scores, staged levels, then caps, then
   * prerequisites (applied until no level changes: a block lowered lowers the blocks that rest on
   * it), and what holds each block. Blocks are those of {@code weights}, in block id order.
   *
   * @param scope the scope whose scores and caps count
   * @param weights the blocks
   * @param criteria every criterion of the model
   * @param scores criterion scores (other scopes are ignored)
   * @param caps caps in force (other scopes are ignored)
   * @param prerequisites the model's prerequisites
   * @param passRatio share of a tier's points needed to reach it
   */
  public static Map<String, BlockOutcome> profile(
      EvidenceScope scope,
      Collection<BlockWeight> weights,
      Collection<MaturityCriterion> criteria,
      Collection<CriterionScore> scores,
      Collection<LevelCap> caps,
      Collection<MaturityPrerequisite> prerequisites,
      double passRatio) {
    Map<String, List<MaturityCriterion>> byBlock = new HashMap<>();
    criteria.forEach(c -> byBlock.computeIfAbsent(c.block(), k -> new ArrayList<>()).add(c));
    Map<String, List<CriterionScore>> scoresByBlock = new HashMap<>();
    for (CriterionScore s : scores) {
      if (s.scope() == scope) {
        scoresByBlock.computeIfAbsent(s.block(), k -> new ArrayList<>()).add(s);
      }
    }
    TreeMap<String, Integer> staged = new TreeMap<>();
    Map<String, Integer> levels = new HashMap<>();
    Map<String, Double> blockScores = new HashMap<>();
    Map<String, Map<String, CriterionScore>> bests = new HashMap<>();
    for (BlockWeight w : weights) {
      String block = w.block();
      List<MaturityCriterion> own = byBlock.getOrDefault(block, List.of());
      Map<String, CriterionScore> best = best(scoresByBlock.getOrDefault(block, List.of()));
      best.keySet().retainAll(own.stream().map(MaturityCriterion::id).toList());
      double possible = 0;
      double earned = 0;
      for (MaturityCriterion c : own) {
        possible += c.weight();
        CriterionScore s = best.get(c.id());
        earned += s == null ? 0 : points(c.weight(), s.ratio());
      }
      int level = stagedLevel(own, best.values(), passRatio);
      staged.put(block, level);
      blockScores.put(block, blockScore(earned, possible));
      bests.put(block, best);
      int capped = level;
      for (LevelCap cap : caps) {
        if (cap.scope() == scope && cap.block().equals(block)) {
          capped = Math.min(capped, Math.max(1, cap.maxLevel()));
        }
      }
      levels.put(block, capped);
    }
    boolean changed = true;
    for (int round = 0; changed && round <= levels.size() * (prerequisites.size() + 1); round++) {
      changed = false;
      for (MaturityPrerequisite p : prerequisites) {
        Integer level = levels.get(p.block());
        Integer base = levels.get(p.requires());
        if (level != null && base != null && level > base + p.maxAbove()) {
          levels.put(p.block(), Math.max(1, base + p.maxAbove()));
          changed = true;
        }
      }
    }
    Map<String, BlockOutcome> out = new LinkedHashMap<>();
    for (String block : staged.keySet()) {
      int level = levels.get(block);
      List<Hold> held = new ArrayList<>();
      if (level < TOP_LEVEL) {
        if (staged.get(block) == level) {
          held.addAll(
              unmetOfTier(byBlock.getOrDefault(block, List.of()), bests.get(block), level + 1));
        }
        caps.stream()
            .filter(c -> c.scope() == scope && c.block().equals(block) && c.maxLevel() <= level)
            .sorted(Comparator.comparing(LevelCap::capId).thenComparing(c -> c.path().toString()))
            .forEach(
                c ->
                    held.add(
                        new Hold(
                            "cap",
                            c.capId(),
                            c.description()
                                + " (level "
                                + c.maxLevel()
                                + " at most): "
                                + c.detail(),
                            c.path(),
                            capWording(c))));
        for (MaturityPrerequisite p : prerequisites) {
          Integer base = levels.get(p.requires());
          if (p.block().equals(block) && base != null && base + p.maxAbove() <= level) {
            held.add(
                new Hold(
                    "prerequisite",
                    p.requires(),
                    "rests on "
                        + p.requires()
                        + " at level "
                        + base
                        + " (at most "
                        + p.maxAbove()
                        + " above it)",
                    ElementPath.root(),
                    Wording.of(
                        "hold.prerequisite",
                        "block",
                        blockName(p.requires()),
                        "level",
                        base,
                        "maxAbove",
                        p.maxAbove())));
          }
        }
      }
      out.put(
          block,
          new BlockOutcome(
              block,
              blockScores.get(block),
              staged.get(block),
              level,
              List.copyOf(held),
              Map.copyOf(bests.get(block))));
    }
    return out;
  }

  /** The criteria of {@code tier} not met in full, required ones first, then by id. */
  private static List<Hold> unmetOfTier(
      List<MaturityCriterion> criteria, Map<String, CriterionScore> best, int tier) {
    List<Hold> out = new ArrayList<>();
    criteria.stream()
        .filter(c -> c.tier() == tier)
        .sorted(
            Comparator.comparing((MaturityCriterion c) -> !c.required())
                .thenComparing(MaturityCriterion::id))
        .forEach(
            c -> {
              CriterionScore s = best.get(c.id());
              double ratio = s == null ? 0 : s.ratio();
              if (ratio >= 1 - EPSILON) {
                return;
              }
              String state = ratio > 0 ? "partly met" : "unmet";
              String detail = s == null ? "no evidence" : s.evidence();
              out.add(
                  new Hold(
                      "criterion",
                      c.id(),
                      c.id()
                          + " "
                          + state
                          + (c.required() ? " (required for level " + tier + ")" : "")
                          + ": "
                          + c.description()
                          + " ("
                          + detail
                          + ")",
                      s == null ? ElementPath.root() : s.path(),
                      Wording.of(
                          "hold.criterion",
                          "id",
                          c.id(),
                          "status",
                          ratio > 0 ? "partlyMet" : "unmet",
                          "required",
                          c.required(),
                          "tier",
                          tier,
                          "description",
                          criterionDescription(c.id(), c.description()),
                          "detail",
                          s == null
                              ? Wording.of("hold.noEvidence")
                              : detail(s.wording(), detail))));
            });
    return out;
  }

  /** A hold's wording, or its text for a hold without one. */
  private static Wording wording(Hold h) {
    return h.wording() != null ? h.wording() : Wording.term("", h.text());
  }

  /** The wording of the cap {@code c} in force: its description, level and evidence. */
  public static Wording capWording(LevelCap c) {
    return Wording.of(
        "hold.cap",
        "description",
        capDescription(c.capId(), c.description()),
        "maxLevel",
        c.maxLevel(),
        "detail",
        detail(c.wording(), c.detail()));
  }

  /** A criterion's description: its translation where one exists, else {@code english}. */
  public static Wording criterionDescription(String id, String english) {
    return Wording.term("criterion." + id + ".description", english);
  }

  /** A cap's description: its translation where one exists, else {@code english}. */
  public static Wording capDescription(String id, String english) {
    return Wording.term("cap." + id + ".description", english);
  }

  /** A building block's name ({@code block.information}), its id where it has none. */
  public static Wording blockName(String block) {
    return Wording.term("block." + block, block);
  }

  /** An evidence's wording, or its English {@code detail} where it has none. */
  public static Wording detail(Wording wording, String detail) {
    return wording != null ? wording : Wording.term("", detail);
  }

  /** The name of {@code level} among {@code levels}, or {@code "Level n"} when it has none. */
  public static String levelName(Collection<MaturityLevel> levels, int level) {
    for (MaturityLevel l : levels) {
      if (l.level() == level) {
        return l.name();
      }
    }
    return "Level " + level;
  }

  /** How far a peer at {@code peerLevel} is ahead of the company's level (negative: behind). */
  public static int peerGap(int peerLevel, int level) {
    return peerLevel - level;
  }

  /**
   * Years from {@code from} to {@code to} (days / 365.25), 0 when either is missing or {@code to}
   * is earlier.
   */
  public static double yearsBetween(LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from)) {
      return 0;
    }
    return ChronoUnit.DAYS.between(from, to) / 365.25;
  }

  /** The years a climb of {@code levels} levels takes at {@code yearsPerLevel} per step. */
  public static double yearsNeeded(int levels, double yearsPerLevel) {
    return Math.max(0, levels) * yearsPerLevel;
  }

  /** Whether a climb of {@code levels} levels fits in {@code yearsAvailable} years. */
  public static boolean withinPace(int levels, double yearsPerLevel, double yearsAvailable) {
    return levels <= 0 || yearsNeeded(levels, yearsPerLevel) <= yearsAvailable + EPSILON;
  }

  /** {@code value} rounded half up to one decimal, as scores and points are reported. */
  public static double rounded(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /**
   * {@code value} rounded half up to two decimals, as measured values and mean levels are reported.
   */
  public static double rounded2(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /**
   * The overall maturity, accumulated block by block: the weighted mean of the block scores, and
   * the highest level that more than half of the blocks (by weight) reach, never more than {@code
   * maxAboveWeakest} above the weakest block (one block left behind holds the whole down). Blocks
   * of weight 0 do not count. Without any weight the score is 0 and the level 1.
   */
  public static final class Overall {
    private double weightedScores;
    private double weights;
    private final double[] weightAtLevel = new double[TOP_LEVEL + 1];
    private int weakest = TOP_LEVEL;
    private final List<String> weakestBlocks = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    private int blocks;

    /** Adds a block of {@code weight} with {@code score} and {@code level}. */
    public Overall add(double weight, double score, int level) {
      return add("", weight, score, level);
    }

    /** Adds block {@code block} of {@code weight} with {@code score} and {@code level}. */
    public Overall add(String block, double weight, double score, int level) {
      if (weight <= 0) {
        return this;
      }
      int l = Math.max(1, Math.min(TOP_LEVEL, level));
      weightedScores += weight * score;
      weights += weight;
      weightAtLevel[l] += weight;
      levels.add(l);
      blocks++;
      if (l < weakest) {
        weakest = l;
        weakestBlocks.clear();
      }
      if (l == weakest && !block.isEmpty()) {
        weakestBlocks.add(block);
      }
      return this;
    }

    /** The weighted mean of the block scores, unrounded. */
    public double score() {
      return weights == 0 ? 0 : weightedScores / weights;
    }

    /** The lowest block level (1 without blocks). */
    public int weakestLevel() {
      return weights == 0 ? 1 : weakest;
    }

    /** The blocks at the weakest level, in the order they were added. */
    public List<String> weakestBlocks() {
      return List.copyOf(weakestBlocks);
    }

    /** The weight of the blocks at {@code level} or above. */
    private double weightReaching(int level) {
      double w = 0;
      for (int l = Math.max(1, level); l <= TOP_LEVEL; l++) {
        w += weightAtLevel[l];
      }
      return w;
    }

    /**
     * The highest level that more than half of the blocks (by weight) reach, before the
     * weakest-block limit (1 without blocks).
     */
    public int majorityLevel() {
      int level = 1;
      for (int l = 2; l <= TOP_LEVEL; l++) {
        if (weightReaching(l) > weights / 2 + EPSILON) {
          level = l;
        }
      }
      return level;
    }

    /**
     * The overall level: the highest level more than half of the blocks (by weight) reach, at most
     * {@code maxAboveWeakest} above the weakest block.
     */
    public int level(int maxAboveWeakest) {
      return Math.max(1, Math.min(majorityLevel(), weakestLevel() + Math.max(0, maxAboveWeakest)));
    }

    /**
     * How the overall level is computed, in words, for every report: "Overall level 2 (Managed): 8
     * of 8 blocks reach level 2, more than half of them; 2 of 8 blocks reach level 3; the weakest
     * blocks (information, technology) are at level 2 and the overall level is at most 1 above it."
     */
    public String explanation(int maxAboveWeakest, IntFunction<String> levelName) {
      int overall = level(maxAboveWeakest);
      int majority = majorityLevel();
      StringBuilder sb =
          new StringBuilder("Overall level ")
              .append(overall)
              .append(" (")
              .append(levelName.apply(overall))
              .append("): ");
      if (majority == 1) {
        sb.append(reach(count(2), 2)).append(", not more than half of them");
      } else {
        sb.append(reach(count(majority), majority)).append(", more than half of them");
        if (majority < TOP_LEVEL) {
          sb.append("; ").append(reach(count(majority + 1), majority + 1));
        }
      }
      // in words, as the sentence reads: "customer experience", not the id "customerExperience"
      String names =
          String.join(
              ", ",
              weakestBlocks.stream()
                  .map(b -> b.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2").toLowerCase(Locale.ROOT))
                  .toList());
      sb.append("; the weakest ")
          .append(weakestBlocks.size() == 1 ? "block " : "blocks ")
          .append(names.isEmpty() ? "" : "(" + names + ") ")
          .append(weakestBlocks.size() == 1 ? "is" : "are")
          .append(" at level ")
          .append(weakestLevel())
          .append(" and the overall level is at most ")
          .append(Math.max(0, maxAboveWeakest))
          .append(" above it");
      if (overall < majority) {
        sb.append(", so ").append(overall).append(" rather than ").append(majority);
      }
      return sb.append('.').toString();
    }

    /** {@link #explanation} in words any language can say ({@code maturity.explanation}). */
    public Wording explanationWording(int maxAboveWeakest, IntFunction<String> levelName) {
      int overall = level(maxAboveWeakest);
      int majority = majorityLevel();
      int shown = majority == 1 ? 2 : majority;
      return Wording.of(
          "maturity.explanation",
          "level",
          overall,
          "name",
          Wording.term("levelName." + levelName.apply(overall), levelName.apply(overall)),
          "majority",
          majority,
          "shown",
          shown,
          "shownCount",
          count(shown),
          "total",
          blocks,
          "low",
          majority == 1,
          "hasNext",
          majority > 1 && majority < TOP_LEVEL,
          "next",
          majority + 1,
          "nextCount",
          count(majority + 1),
          "weakest",
          weakestBlocks.stream().map(MaturityScoring::blockName).toList(),
          "weakestCount",
          weakestBlocks.size(),
          "weakestLevel",
          weakestLevel(),
          "maxAbove",
          Math.max(0, maxAboveWeakest),
          "lowered",
          overall < majority);
    }

    private String reach(long n, int level) {
      return n
          + " of "
          + blocks
          + (blocks == 1 ? " block" : " blocks")
          + (n == 1 ? " reaches" : " reach")
          + " level "
          + level;
    }

    /** How many blocks (counted, not weighed) reach {@code level}. */
    private long count(int level) {
      return levels.stream().filter(l -> l >= level).count();
    }
  }
}
