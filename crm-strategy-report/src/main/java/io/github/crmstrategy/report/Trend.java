package io.github.crmstrategy.report;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Revision;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.CriterionStatus;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.MaturityEvidence;
import io.github.crmstrategy.rules.MaturityHold;
import io.github.crmstrategy.rules.MaturityProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The trend across several revisions of a plan: each building block's maturity today and at the end
 * of the plan (score and level) in every revision, the findings opened and resolved by each
 * revision, and the changes to the plan's evidence that moved each block.
 *
 * <p>Each {@link Step} is the {@link Comparison} of one revision with the one before it, so
 * findings are matched exactly as the comparison of two revisions matches them, by their {@code
 * FindingKey} (rule id and element path): the findings of revision n are those of revision n-1,
 * less the ones it resolved, plus the ones it opened.
 *
 * <pre>{@code
 * Trend trend = Trend.inRevisionOrder(List.of(rev3, rev1, rev2)); // ordered by revision number
 * for (Trend.Step step : trend.steps()) {
 *   System.out.println(step.to().name() + ": " + step.opened().size() + " opened, "
 *       + step.resolved().size() + " resolved");
 * }
 * }</pre>
 *
 * <p>Immutable; built from {@link ReviewedPlan}s, which the caller assesses with one reviewer.
 */
public final class Trend {

  /** How the revisions of a trend were put in order. */
  public enum Order {
    /** In the order the caller gave them. */
    GIVEN,
    /** By the plans' {@code revision.number} (then date, then name), every plan having one. */
    REVISION_NUMBER,
    /** By the plans' {@code revision.date} (then name), every plan having one. */
    REVISION_DATE,
    /** By {@link ReviewedPlan#name()}: not every plan has a revision number, nor a date. */
    NAME;

    /** In words, for reports: {@code in the order given}, {@code by revision number}... */
    public String words() {
      return switch (this) {
        case GIVEN -> "in the order given";
        case REVISION_NUMBER -> "by revision number";
        case REVISION_DATE -> "by revision date";
        case NAME -> "by file name (not every plan has a revision number or date)";
      };
    }
  }

  /**
   * One block's (or the overall) maturity in one revision.
   *
   * @param score today's score 0..100
   * @param level today's level 1..5
   * @param targetScore the score at the end of the revision's plan
   * @param targetLevel the level at the end of the revision's plan
   */
  public record Point(double score, int level, double targetScore, int targetLevel) {}

  /**
   * One building block (or, with an empty block, the overall maturity) across the revisions.
   *
   * @param block the building block; empty for the overall maturity
   * @param points one point per revision, in the trend's order
   */
  public record BlockTrend(Optional<BuildingBlock> block, List<Point> points) {
    /** Copies the points. */
    public BlockTrend {
      Objects.requireNonNull(block, "block");
      points = List.copyOf(points);
    }

    /** The block id, or {@code overall}. */
    public String label() {
      return block.map(BuildingBlock::id).orElse("overall");
    }

    /** Today's score in the last revision minus in the first. */
    public double scoreDelta() {
      return points.get(points.size() - 1).score() - points.get(0).score();
    }
  }

  /** Where a criterion or a hold changed: today, at the end of the plan, or both alike. */
  public enum Scope {
    /** Today's evidence (what the company runs now). */
    TODAY,
    /** The end of the plan only (what the plan delivers). */
    END_OF_PLAN,
    /** Today and, in the same way, at the end of the plan. */
    BOTH;

    /** In words: {@code today}, {@code end of plan}, {@code today and end of plan}. */
    public String words() {
      return switch (this) {
        case TODAY -> "today";
        case END_OF_PLAN -> "end of plan";
        case BOTH -> "today and end of plan";
      };
    }
  }

  /**
   * A criterion of a block whose status or points differ between two revisions.
   *
   * @param scope where it changed
   * @param criterion the criterion id, for example {@code INF-INTEGRATED}
   * @param description what the criterion checks
   * @param tier the level (2..5) it evidences
   * @param oldStatus its status in the older revision ({@code NO_EVIDENCE} when it had no such
   *     criterion)
   * @param newStatus its status in the newer revision
   * @param oldPoints points earned in the older revision
   * @param newPoints points earned in the newer revision
   * @param oldDetail what was measured in the older revision, in words ({@code ""} when absent)
   * @param newDetail what is measured in the newer revision, in words ({@code ""} when absent)
   * @param path the plan element the newer revision's evidence rests on
   */
  public record CriterionChange(
      Scope scope,
      String criterion,
      String description,
      int tier,
      CriterionStatus oldStatus,
      CriterionStatus newStatus,
      double oldPoints,
      double newPoints,
      String oldDetail,
      String newDetail,
      ElementPath path) {
    /** Points gained (negative: lost). */
    public double pointsDelta() {
      return newPoints - oldPoints;
    }
  }

  /**
   * A cap (negative evidence of today) or a prerequisite (the block it rests on) that holds a block
   * in one revision and not in the other.
   *
   * @param scope where it changed
   * @param hold the hold, as the revision that has it words it
   * @param lifted true when the newer revision no longer has it, false when it is new
   */
  public record HoldChange(Scope scope, MaturityHold hold, boolean lifted) {}

  /**
   * What moved one building block between two revisions.
   *
   * @param block the building block
   * @param from its maturity in the older revision
   * @param to its maturity in the newer revision
   * @param criteria the criteria whose status or points changed, by tier and id
   * @param holds the caps and prerequisites lifted or added
   */
  public record BlockChange(
      BuildingBlock block,
      Point from,
      Point to,
      List<CriterionChange> criteria,
      List<HoldChange> holds) {
    /** Copies the lists. */
    public BlockChange {
      criteria = List.copyOf(criteria);
      holds = List.copyOf(holds);
    }
  }

  /**
   * One revision against the one before it.
   *
   * @param comparison the comparison of the two (findings matched by {@code FindingKey})
   * @param blocks the blocks whose maturity, criteria or holds changed, in {@link BuildingBlock}
   *     order
   */
  public record Step(Comparison comparison, List<BlockChange> blocks) {
    /** Copies the list. */
    public Step {
      Objects.requireNonNull(comparison, "comparison");
      blocks = List.copyOf(blocks);
    }

    /** The older revision. */
    public ReviewedPlan from() {
      return comparison.older();
    }

    /** The newer revision. */
    public ReviewedPlan to() {
      return comparison.newer();
    }

    /** Findings the newer revision has and the older had not. */
    public List<Finding> opened() {
      return comparison.introduced();
    }

    /** Findings the older revision had and the newer has not. */
    public List<Finding> resolved() {
      return comparison.resolved();
    }
  }

  private final Order order;
  private final List<ReviewedPlan> revisions;
  private final List<BlockTrend> blocks;
  private final BlockTrend overall;
  private final List<Double> documentQuality;
  private final List<Step> steps;
  private final List<String> warnings;

  private Trend(Order order, List<ReviewedPlan> revisions) {
    this.order = order;
    this.revisions = List.copyOf(revisions);
    if (this.revisions.size() < 2) {
      throw new IllegalArgumentException(
          "a trend needs at least two revisions, got " + this.revisions.size());
    }
    List<BlockTrend> perBlock = new ArrayList<>();
    for (BuildingBlock block : BuildingBlock.values()) {
      List<Point> points = new ArrayList<>();
      for (ReviewedPlan r : this.revisions) {
        point(r, block).ifPresent(points::add);
      }
      if (points.size() == this.revisions.size()) {
        perBlock.add(new BlockTrend(Optional.of(block), points));
      }
    }
    this.blocks = List.copyOf(perBlock);
    this.overall =
        new BlockTrend(Optional.empty(), this.revisions.stream().map(Trend::overallPoint).toList());
    this.documentQuality =
        this.revisions.stream().map(r -> r.report().documentQuality().score()).toList();
    List<Step> list = new ArrayList<>();
    for (int i = 1; i < this.revisions.size(); i++) {
      ReviewedPlan a = this.revisions.get(i - 1);
      ReviewedPlan b = this.revisions.get(i);
      list.add(new Step(Comparison.of(a, b), blockChanges(a, b)));
    }
    this.steps = List.copyOf(list);
    this.warnings = List.copyOf(warnings(order, this.revisions));
  }

  /**
   * The trend of {@code revisions} in the order given, oldest first.
   *
   * @throws IllegalArgumentException with fewer than two revisions
   */
  public static Trend of(List<ReviewedPlan> revisions) {
    return new Trend(Order.GIVEN, Objects.requireNonNull(revisions, "revisions"));
  }

  /**
   * The trend of {@code revisions} put in order by the plans themselves: by {@code revision.number}
   * when every plan has one (equal numbers by date, then name), else by {@code revision.date} when
   * every plan has one (equal dates by name), else by {@link ReviewedPlan#name()}. {@link #order()}
   * says which.
   *
   * @throws IllegalArgumentException with fewer than two revisions
   */
  public static Trend inRevisionOrder(List<ReviewedPlan> revisions) {
    List<ReviewedPlan> sorted = new ArrayList<>(Objects.requireNonNull(revisions, "revisions"));
    Order order;
    Comparator<ReviewedPlan> byName = Comparator.comparing(ReviewedPlan::name);
    Comparator<ReviewedPlan> byDate =
        Comparator.comparing(
            (ReviewedPlan p) -> date(p).orElse(LocalDate.MIN), Comparator.naturalOrder());
    if (sorted.stream().allMatch(p -> number(p).isPresent())) {
      order = Order.REVISION_NUMBER;
      sorted.sort(
          Comparator.comparingInt((ReviewedPlan p) -> number(p).getAsInt())
              .thenComparing(byDate)
              .thenComparing(byName));
    } else if (sorted.stream().allMatch(p -> date(p).isPresent())) {
      order = Order.REVISION_DATE;
      sorted.sort(byDate.thenComparing(byName));
    } else {
      order = Order.NAME;
      sorted.sort(byName);
    }
    return new Trend(order, sorted);
  }

  /** How the revisions were put in order. */
  public Order order() {
    return order;
  }

  /** The revisions, oldest first. */
  public List<ReviewedPlan> revisions() {
    return revisions;
  }

  /** Each building block across the revisions, in {@link BuildingBlock} order. */
  public List<BlockTrend> blocks() {
    return blocks;
  }

  /** The overall maturity across the revisions. */
  public BlockTrend overall() {
    return overall;
  }

  /** The quality of the strategy document (not maturity), 0..100, per revision. */
  public List<Double> documentQuality() {
    return documentQuality;
  }

  /** Each revision after the first against the one before it: one step fewer than revisions. */
  public List<Step> steps() {
    return steps;
  }

  /**
   * What the reader should know before trusting the trend: revisions of different organisations,
   * revisions given against the order of their revision numbers or dates, two plans with one
   * revision number. Empty for a well-kept series.
   */
  public List<String> warnings() {
    return warnings;
  }

  private static OptionalInt number(ReviewedPlan p) {
    return p.plan().revision().map(Revision::number).orElse(OptionalInt.empty());
  }

  private static Optional<LocalDate> date(ReviewedPlan p) {
    return p.plan().revision().flatMap(Revision::date);
  }

  private static Optional<Point> point(ReviewedPlan r, BuildingBlock block) {
    BlockMaturity c = r.report().maturity().current().blocks().get(block);
    BlockMaturity t = r.report().maturity().target().blocks().get(block);
    if (c == null || t == null) {
      return Optional.empty();
    }
    return Optional.of(new Point(c.score(), c.level(), t.score(), t.level()));
  }

  private static Point overallPoint(ReviewedPlan r) {
    MaturityProfile c = r.report().maturity().current();
    MaturityProfile t = r.report().maturity().target();
    return new Point(c.score(), c.level(), t.score(), t.level());
  }

  private static List<BlockChange> blockChanges(ReviewedPlan a, ReviewedPlan b) {
    List<BlockChange> changes = new ArrayList<>();
    for (BuildingBlock block : BuildingBlock.values()) {
      Optional<Point> from = point(a, block);
      Optional<Point> to = point(b, block);
      if (from.isEmpty() || to.isEmpty()) {
        continue;
      }
      BlockMaturity ca = a.report().maturity().current().blocks().get(block);
      BlockMaturity cb = b.report().maturity().current().blocks().get(block);
      BlockMaturity ta = a.report().maturity().target().blocks().get(block);
      BlockMaturity tb = b.report().maturity().target().blocks().get(block);
      List<CriterionChange> criteria = criterionChanges(ca, cb, ta, tb);
      List<HoldChange> holds = holdChanges(ca, cb, ta, tb);
      if (!from.get().equals(to.get()) || !criteria.isEmpty() || !holds.isEmpty()) {
        changes.add(new BlockChange(block, from.get(), to.get(), criteria, holds));
      }
    }
    return changes;
  }

  private static Map<String, MaturityEvidence> byCriterion(BlockMaturity b) {
    Map<String, MaturityEvidence> map = new LinkedHashMap<>();
    b.evidence().forEach(e -> map.putIfAbsent(e.criterion(), e));
    return map;
  }

  private static List<CriterionChange> criterionChanges(
      BlockMaturity ca, BlockMaturity cb, BlockMaturity ta, BlockMaturity tb) {
    Map<String, MaturityEvidence> todayA = byCriterion(ca);
    Map<String, MaturityEvidence> todayB = byCriterion(cb);
    Map<String, MaturityEvidence> endA = byCriterion(ta);
    Map<String, MaturityEvidence> endB = byCriterion(tb);
    Map<String, MaturityEvidence> any = new LinkedHashMap<>();
    for (Map<String, MaturityEvidence> m : List.of(todayB, endB, todayA, endA)) {
      m.forEach(any::putIfAbsent);
    }
    List<CriterionChange> changes = new ArrayList<>();
    for (MaturityEvidence e : any.values()) {
      Optional<CriterionChange> today =
          change(Scope.TODAY, e, todayA.get(e.criterion()), todayB.get(e.criterion()));
      Optional<CriterionChange> end =
          change(Scope.END_OF_PLAN, e, endA.get(e.criterion()), endB.get(e.criterion()));
      if (today.isPresent() && end.isPresent() && sameChange(today.get(), end.get())) {
        CriterionChange t = today.get();
        changes.add(
            new CriterionChange(
                Scope.BOTH,
                t.criterion(),
                t.description(),
                t.tier(),
                t.oldStatus(),
                t.newStatus(),
                t.oldPoints(),
                t.newPoints(),
                t.oldDetail(),
                t.newDetail(),
                t.path()));
      } else {
        today.ifPresent(changes::add);
        end.ifPresent(changes::add);
      }
    }
    changes.sort(
        Comparator.comparingInt(CriterionChange::tier)
            .thenComparing(CriterionChange::criterion)
            .thenComparing(CriterionChange::scope));
    return changes;
  }

  private static boolean sameChange(CriterionChange a, CriterionChange b) {
    return a.oldStatus() == b.oldStatus()
        && a.newStatus() == b.newStatus()
        && Math.abs(a.oldPoints() - b.oldPoints()) < 1e-9
        && Math.abs(a.newPoints() - b.newPoints()) < 1e-9;
  }

  private static Optional<CriterionChange> change(
      Scope scope, MaturityEvidence any, MaturityEvidence a, MaturityEvidence b) {
    CriterionStatus sa = a == null ? CriterionStatus.NO_EVIDENCE : a.status();
    CriterionStatus sb = b == null ? CriterionStatus.NO_EVIDENCE : b.status();
    double pa = a == null ? 0 : a.points();
    double pb = b == null ? 0 : b.points();
    if (sa == sb && Math.abs(pa - pb) < 1e-9) {
      return Optional.empty();
    }
    MaturityEvidence shown = b != null ? b : a != null ? a : any;
    return Optional.of(
        new CriterionChange(
            scope,
            shown.criterion(),
            shown.description(),
            shown.tier(),
            sa,
            sb,
            pa,
            pb,
            a == null ? "" : a.detail(),
            b == null ? "" : b.detail(),
            shown.path()));
  }

  /** Caps and prerequisites only: the criteria that hold a block are listed as criteria. */
  private static Map<String, MaturityHold> holds(BlockMaturity b) {
    Map<String, MaturityHold> map = new LinkedHashMap<>();
    for (MaturityHold h : b.heldBy()) {
      if (h.kind() != MaturityHold.Kind.CRITERION) {
        map.putIfAbsent(h.kind() + " " + h.id(), h);
      }
    }
    return map;
  }

  private static List<HoldChange> holdChanges(
      BlockMaturity ca, BlockMaturity cb, BlockMaturity ta, BlockMaturity tb) {
    Map<String, HoldChange> today = holdDiff(Scope.TODAY, holds(ca), holds(cb));
    Map<String, HoldChange> end = holdDiff(Scope.END_OF_PLAN, holds(ta), holds(tb));
    List<HoldChange> changes = new ArrayList<>();
    for (Map.Entry<String, HoldChange> e : today.entrySet()) {
      HoldChange other = end.remove(e.getKey());
      if (other != null && other.lifted() == e.getValue().lifted()) {
        changes.add(new HoldChange(Scope.BOTH, e.getValue().hold(), e.getValue().lifted()));
      } else {
        changes.add(e.getValue());
        if (other != null) {
          changes.add(other);
        }
      }
    }
    changes.addAll(end.values());
    return changes;
  }

  private static Map<String, HoldChange> holdDiff(
      Scope scope, Map<String, MaturityHold> a, Map<String, MaturityHold> b) {
    Map<String, HoldChange> diff = new LinkedHashMap<>();
    a.forEach(
        (k, h) -> {
          if (!b.containsKey(k)) {
            diff.put(k + " lifted", new HoldChange(scope, h, true));
          }
        });
    b.forEach(
        (k, h) -> {
          if (!a.containsKey(k)) {
            diff.put(k + " added", new HoldChange(scope, h, false));
          }
        });
    return diff;
  }

  private static List<String> warnings(Order order, List<ReviewedPlan> revisions) {
    return io.github.crmstrategy.report.internal.RevisionWarnings.trend(
        order, revisions, io.github.crmstrategy.report.internal.ReportTexts.ENGLISH);
  }

  /**
   * This trend with every revision mapped by {@code f} (the same order): the trend of the
   * revisions' texts in another language.
   */
  Trend map(java.util.function.UnaryOperator<ReviewedPlan> f) {
    return new Trend(order, revisions.stream().map(f).toList());
  }
}
