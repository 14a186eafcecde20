package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Wording;
import java.time.LocalDate;

/**
 * A key indicator of a goal, with the numbers the realism rules need already derived and what the
 * indicator catalogue knows about its kind and unit.
 *
 * <p>Changes are measured in the indicator's own terms, by the growth model of its kind ({@code
 * growth}): for percentages and scores in points per year; for small counts ({@code steps}) in
 * units per year; for money, counts and other amounts as compound growth in percent per year. A
 * positive change is an increase.
 *
 * @param id indicator id
 * @param path element path, e.g. {@code crmStrategy.goals[CG1].indicators[CLV]}
 * @param goalId id of the goal it measures
 * @param goalPath element path of that goal
 * @param scope corporate or CRM
 * @param name indicator name, empty when absent
 * @param kind indicator kind: the catalogue's id when the plan's kind (or, without one, its name)
 *     is a kind or synonym of the catalogue ({@code отток} is {@code churnRate}), else the kind as
 *     written; empty when absent
 * @param unit unit as written, in lower case; empty when absent
 * @param percent whether the indicator is a percentage (a percent unit, or a percentage kind
 *     without a unit)
 * @param changeInPoints whether changes are measured in points (or units) per year rather than
 *     compound percent per year
 * @param direction {@code increase}, {@code decrease}, {@code maintain}, or empty when absent
 * @param hasBaseline whether a baseline is given
 * @param baseline baseline value (0 when absent)
 * @param baselineDate baseline date, {@code null} when absent
 * @param hasTarget whether a target is given
 * @param target target value (0 when absent)
 * @param targetDue target due date, {@code null} when absent
 * @param historyCount number of history entries
 * @param hasTrend whether a historical yearly change could be computed (history plus baseline
 *     spanning at least a month)
 * @param historicalYearlyChange the yearly change the indicator showed over its history
 * @param hasRequiredChange whether the yearly change the target needs could be computed
 * @param requiredYearlyChange the yearly change needed from baseline to target by its due date
 * @param yearsToTarget years from the baseline date to the target due date (0 when unknown)
 * @param hasBenchmark whether a benchmark is given
 * @param hasPeerMedian whether the benchmark gives a peer median
 * @param peerMedian benchmark peer median (0 when absent)
 * @param hasTopQuartile whether the benchmark gives a top quartile
 * @param topQuartile benchmark top quartile (0 when absent)
 * @param historyMin lowest history value (0 when there is no history)
 * @param historyMax highest history value (0 when there is no history)
 * @param kindText the kind as the plan writes it, empty when absent
 * @param dimension what its unit measures: {@code percent}, {@code score}, {@code money}, {@code
 *     count}, {@code time}, {@code ratio}, {@code other} (a unit the catalogue does not know), or
 *     empty without a unit or kind
 * @param unitId the unit's catalogue id ({@code percent}, a currency code, {@code days}...), the
 *     unit as written when the catalogue does not know it, empty when absent
 * @param unitScale what one unit is worth in plain units: 1000 for {@code тыс. руб.}, else 1
 * @param growth how its change is judged: {@code points}, {@code compound} or {@code steps}
 * @param vanity whether its kind is a vanity metric (downloads, followers, page views, reach)
 * @param lagging whether its kind is an outcome that moves late (revenue, CLV)
 * @param naturalDirection its kind's natural direction: {@code increase}, {@code decrease}, {@code
 *     any}, or empty for a kind the catalogue does not know
 * @param effectiveDirection the stated direction, else the one its target implies against the
 *     baseline; empty when neither is known
 * @param statementDirection the direction its goal's statement asks of it (the statement names the
 *     kind and one of increase or decrease), empty otherwise
 * @param goalStatement the statement of its goal, empty when absent
 * @param hasRange whether the kind (or, for a percentage, 0..100) bounds its values
 * @param rangeLow lowest valid value ({@code -Infinity} when unbounded below)
 * @param rangeHigh highest valid value ({@code Infinity} when unbounded above)
 * @param scaleMismatch when its values (baseline, history, target, benchmark) are on different
 *     scales (units beside thousands, a fraction beside a percentage): which, in words; else empty
 * @param scaleMismatchWording {@code scaleMismatch} in words any language can say; {@code null}
 *     when there is no mismatch
 */
public record IndicatorFact(
    String id,
    ElementPath path,
    String goalId,
    ElementPath goalPath,
    Scope scope,
    String name,
    String kind,
    String unit,
    boolean percent,
    boolean changeInPoints,
    String direction,
    boolean hasBaseline,
    double baseline,
    LocalDate baselineDate,
    boolean hasTarget,
    double target,
    LocalDate targetDue,
    int historyCount,
    boolean hasTrend,
    double historicalYearlyChange,
    boolean hasRequiredChange,
    double requiredYearlyChange,
    double yearsToTarget,
    boolean hasBenchmark,
    boolean hasPeerMedian,
    double peerMedian,
    boolean hasTopQuartile,
    double topQuartile,
    double historyMin,
    double historyMax,
    String kindText,
    String dimension,
    String unitId,
    double unitScale,
    String growth,
    boolean vanity,
    boolean lagging,
    String naturalDirection,
    String effectiveDirection,
    String statementDirection,
    String goalStatement,
    boolean hasRange,
    double rangeLow,
    double rangeHigh,
    String scaleMismatch,
    Wording scaleMismatchWording) {
  /** An indicator fact without the wording of its scale mismatch. */
  public IndicatorFact(
      String id,
      ElementPath path,
      String goalId,
      ElementPath goalPath,
      Scope scope,
      String name,
      String kind,
      String unit,
      boolean percent,
      boolean changeInPoints,
      String direction,
      boolean hasBaseline,
      double baseline,
      LocalDate baselineDate,
      boolean hasTarget,
      double target,
      LocalDate targetDue,
      int historyCount,
      boolean hasTrend,
      double historicalYearlyChange,
      boolean hasRequiredChange,
      double requiredYearlyChange,
      double yearsToTarget,
      boolean hasBenchmark,
      boolean hasPeerMedian,
      double peerMedian,
      boolean hasTopQuartile,
      double topQuartile,
      double historyMin,
      double historyMax,
      String kindText,
      String dimension,
      String unitId,
      double unitScale,
      String growth,
      boolean vanity,
      boolean lagging,
      String naturalDirection,
      String effectiveDirection,
      String statementDirection,
      String goalStatement,
      boolean hasRange,
      double rangeLow,
      double rangeHigh,
      String scaleMismatch) {
    this(
        id,
        path,
        goalId,
        goalPath,
        scope,
        name,
        kind,
        unit,
        percent,
        changeInPoints,
        direction,
        hasBaseline,
        baseline,
        baselineDate,
        hasTarget,
        target,
        targetDue,
        historyCount,
        hasTrend,
        historicalYearlyChange,
        hasRequiredChange,
        requiredYearlyChange,
        yearsToTarget,
        hasBenchmark,
        hasPeerMedian,
        peerMedian,
        hasTopQuartile,
        topQuartile,
        historyMin,
        historyMax,
        kindText,
        dimension,
        unitId,
        unitScale,
        growth,
        vanity,
        lagging,
        naturalDirection,
        effectiveDirection,
        statementDirection,
        goalStatement,
        hasRange,
        rangeLow,
        rangeHigh,
        scaleMismatch,
        null);
  }

  /** The valid range as text: {@code 0..100}, {@code 0 or more}, {@code at most 5}. */
  public String rangeText() {
    if (Double.isInfinite(rangeLow) && Double.isInfinite(rangeHigh)) {
      return "any value";
    }
    if (Double.isInfinite(rangeHigh)) {
      return Fmt.num(rangeLow) + " or more";
    }
    if (Double.isInfinite(rangeLow)) {
      return "at most " + Fmt.num(rangeHigh);
    }
    return Fmt.num(rangeLow) + ".." + Fmt.num(rangeHigh);
  }
}
