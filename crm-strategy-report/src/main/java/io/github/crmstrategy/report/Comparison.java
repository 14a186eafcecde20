package io.github.crmstrategy.report;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.MeasuredGoal;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.PlanVisitor;
import io.github.crmstrategy.model.PlanWalker;
import io.github.crmstrategy.model.Target;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.FindingKey;
import io.github.crmstrategy.rules.MaturityResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed between two revisions of a plan: the maturity of each building block (today and at
 * the end of the plan), the findings resolved, new and unchanged, and the indicators whose target
 * value or due date moved.
 *
 * <p>Findings are matched by rule id and element path, their {@link FindingKey}. When a rule
 * reports several findings on the same element (for example one per missing concept section),
 * findings with the same message are matched first and the rest pair up in report order; what is
 * left over is resolved (only in the older revision) or new (only in the newer). The comparison is
 * therefore symmetric: the findings resolved from A to B are the findings new from B to A.
 *
 * <pre>{@code
 * Comparison c = Comparison.of(ReviewedPlan.assess(reviewer, "rev1", rev1),
 *                              ReviewedPlan.assess(reviewer, "rev2", rev2));
 * c.resolved().forEach(f -> System.out.println("resolved " + f.ruleId() + " " + f.path()));
 * }</pre>
 */
public final class Comparison {

  /**
   * The maturity of one building block (or, with an empty block, overall) in both revisions: today
   * (score and level) and at the end of each revision's plan (level).
   *
   * @param block the building block; empty for the overall maturity
   * @param oldScore today's score 0..100 in the older revision
   * @param newScore today's score 0..100 in the newer revision
   * @param oldLevel today's level 1..5 in the older revision
   * @param newLevel today's level 1..5 in the newer revision
   * @param oldTargetLevel the level at the end of the plan, in the older revision
   * @param newTargetLevel the level at the end of the plan, in the newer revision
   */
  public record MaturityChange(
      Optional<BuildingBlock> block,
      double oldScore,
      double newScore,
      int oldLevel,
      int newLevel,
      int oldTargetLevel,
      int newTargetLevel) {
    /** New score minus old score. */
    public double scoreDelta() {
      return newScore - oldScore;
    }

    /** New level minus old level. */
    public int levelDelta() {
      return newLevel - oldLevel;
    }

    /** The block id, or {@code overall}. */
    public String label() {
      return block.map(BuildingBlock::id).orElse("overall");
    }
  }

  /**
   * The quality of the strategy document (not maturity) in both revisions.
   *
   * @param oldScore score 0..100 in the older revision
   * @param newScore score 0..100 in the newer revision
   */
  public record QualityChange(double oldScore, double newScore) {
    /** New score minus old score. */
    public double scoreDelta() {
      return newScore - oldScore;
    }
  }

  /**
   * An indicator present in both revisions whose target value or due date differs.
   *
   * @param path the indicator's element path
   * @param oldValue target value in the older revision, if it has a target
   * @param newValue target value in the newer revision, if it has a target
   * @param oldDue target due date in the older revision, if any
   * @param newDue target due date in the newer revision, if any
   */
  public record TargetChange(
      ElementPath path,
      OptionalDouble oldValue,
      OptionalDouble newValue,
      Optional<LocalDate> oldDue,
      Optional<LocalDate> newDue) {
    /** Whether the target value changed (including a target added or removed). */
    public boolean valueMoved() {
      return !oldValue.equals(newValue);
    }

    /** Whether the due date changed. */
    public boolean dueMoved() {
      return !oldDue.equals(newDue);
    }
  }

  private final ReviewedPlan older;
  private final ReviewedPlan newer;
  private final MaturityChange overall;
  private final QualityChange documentQuality;
  private final List<MaturityChange> blocks;
  private final List<Finding> resolved;
  private final List<Finding> introduced;
  private final List<Finding> unchanged;
  private final List<TargetChange> movedTargets;

  private Comparison(ReviewedPlan older, ReviewedPlan newer) {
    this.older = older;
    this.newer = newer;
    MaturityResult was = older.report().maturity();
    MaturityResult is = newer.report().maturity();
    this.overall =
        new MaturityChange(
            Optional.empty(),
            was.current().score(),
            is.current().score(),
            was.current().level(),
            is.current().level(),
            was.target().level(),
            is.target().level());
    this.documentQuality =
        new QualityChange(
            older.report().documentQuality().score(), newer.report().documentQuality().score());
    List<MaturityChange> changes = new ArrayList<>();
    for (BuildingBlock block : BuildingBlock.values()) {
      BlockMaturity a = was.current().blocks().get(block);
      BlockMaturity b = is.current().blocks().get(block);
      BlockMaturity ta = was.target().blocks().get(block);
      BlockMaturity tb = is.target().blocks().get(block);
      if (a != null && b != null && ta != null && tb != null) {
        changes.add(
            new MaturityChange(
                Optional.of(block),
                a.score(),
                b.score(),
                a.level(),
                b.level(),
                ta.level(),
                tb.level()));
      }
    }
    this.blocks = List.copyOf(changes);
    List<Finding> gone = new ArrayList<>();
    List<Finding> added = new ArrayList<>();
    List<Finding> same = new ArrayList<>();
    Map<FindingKey, List<Finding>> before = byKey(older.report().findings());
    Map<FindingKey, List<Finding>> after = byKey(newer.report().findings());
    for (FindingKey key : union(before, after)) {
      List<Finding> a = new ArrayList<>(before.getOrDefault(key, List.of()));
      List<Finding> b = new ArrayList<>(after.getOrDefault(key, List.of()));
      // Same message first, then pair the rest in report order.
      for (var it = a.iterator(); it.hasNext(); ) {
        Finding f = it.next();
        Optional<Finding> twin =
            b.stream().filter(g -> g.message().equals(f.message())).findFirst();
        if (twin.isPresent()) {
          b.remove(twin.get());
          same.add(twin.get());
          it.remove();
        }
      }
      int paired = Math.min(a.size(), b.size());
      same.addAll(b.subList(0, paired));
      gone.addAll(a.subList(paired, a.size()));
      added.addAll(b.subList(paired, b.size()));
    }
    gone.sort(Finding.ORDER);
    added.sort(Finding.ORDER);
    same.sort(Finding.ORDER);
    this.resolved = List.copyOf(gone);
    this.introduced = List.copyOf(added);
    this.unchanged = List.copyOf(same);
    this.movedTargets = List.copyOf(targetChanges(older, newer));
  }

  /** Compares {@code older} with {@code newer}. */
  public static Comparison of(ReviewedPlan older, ReviewedPlan newer) {
    return new Comparison(Objects.requireNonNull(older), Objects.requireNonNull(newer));
  }

  /**
   * What the reader of this comparison should know before trusting it: today, that the two plans
   * are of different organisations (then it compares two companies, not two revisions). Empty for
   * two revisions of one plan.
   */
  public List<String> warnings() {
    return io.github.crmstrategy.report.internal.RevisionWarnings.comparison(
        older, newer, io.github.crmstrategy.report.internal.ReportTexts.ENGLISH);
  }

  /** The older revision. */
  public ReviewedPlan older() {
    return older;
  }

  /** The newer revision. */
  public ReviewedPlan newer() {
    return newer;
  }

  /** Overall maturity in both revisions. */
  public MaturityChange overall() {
    return overall;
  }

  /** The quality of the strategy document in both revisions. */
  public QualityChange documentQuality() {
    return documentQuality;
  }

  /** The maturity of each building block in both revisions, in {@link BuildingBlock} order. */
  public List<MaturityChange> blocks() {
    return blocks;
  }

  /** Findings of the older revision that the newer one no longer has, in report order. */
  public List<Finding> resolved() {
    return resolved;
  }

  /** Findings of the newer revision that the older one did not have, in report order. */
  public List<Finding> introduced() {
    return introduced;
  }

  /** Findings present in both revisions (as reported on the newer one), in report order. */
  public List<Finding> unchanged() {
    return unchanged;
  }

  /** Indicators in both revisions whose target value or due date moved, by path. */
  public List<TargetChange> movedTargets() {
    return movedTargets;
  }

  private static Map<FindingKey, List<Finding>> byKey(List<Finding> findings) {
    Map<FindingKey, List<Finding>> map = new LinkedHashMap<>();
    findings.stream()
        .sorted(Finding.ORDER)
        .forEach(f -> map.computeIfAbsent(FindingKey.of(f), k -> new ArrayList<>()).add(f));
    return map;
  }

  private static List<FindingKey> union(Map<FindingKey, ?> a, Map<FindingKey, ?> b) {
    TreeSet<FindingKey> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return new ArrayList<>(keys);
  }

  private static List<TargetChange> targetChanges(ReviewedPlan older, ReviewedPlan newer) {
    Map<ElementPath, Indicator> before = indicators(older.plan());
    Map<ElementPath, Indicator> after = indicators(newer.plan());
    List<TargetChange> changes = new ArrayList<>();
    for (Map.Entry<ElementPath, Indicator> e : before.entrySet()) {
      Indicator b = after.get(e.getKey());
      if (b == null) {
        continue;
      }
      Optional<Target> ta = e.getValue().target();
      Optional<Target> tb = b.target();
      TargetChange change =
          new TargetChange(
              e.getKey().withoutPositions(),
              ta.map(t -> OptionalDouble.of(t.value())).orElse(OptionalDouble.empty()),
              tb.map(t -> OptionalDouble.of(t.value())).orElse(OptionalDouble.empty()),
              ta.flatMap(Target::due),
              tb.flatMap(Target::due));
      if (change.valueMoved() || change.dueMoved()) {
        changes.add(change);
      }
    }
    return changes;
  }

  /** The indicators of {@code plan} by path; with duplicate ids the first. */
  private static Map<ElementPath, Indicator> indicators(PlanDocument plan) {
    Map<ElementPath, Indicator> found = new TreeMap<>();
    PlanWalker.walk(
        plan,
        new PlanVisitor() {
          @Override
          public void indicator(Indicator indicator, MeasuredGoal goal, ElementPath path) {
            found.putIfAbsent(path, indicator);
          }
        });
    return found;
  }
}
