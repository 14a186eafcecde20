package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import java.time.LocalDate;

/**
 * A key indicator of a goal, with the numbers the realism rules need already derived.
 *
 * <p>Changes are measured in the indicator's own terms: for percentages ({@code percent} is true)
 * in percentage points per year; for money, counts and other amounts as compound growth in percent
 * per year. A positive change is an increase.
 *
 * @param id indicator id
 * @param path element path, e.g. {@code crmStrategy.goals[CG1].indicators[CLV]}
 * @param goalId id of the goal it measures
 * @param goalPath element path of that goal
 * @param scope corporate or CRM
 * @param name indicator name, empty when absent
 * @param kind indicator kind ({@code retentionRate}...), empty when absent
 * @param unit unit, empty when absent
 * @param percent whether the indicator is a percentage (unit {@code percent} or {@code %}, or a
 *     percentage kind without a unit): its values must lie in 0..100
 * @param changeInPoints whether changes are measured in points per year (percentages, scores such
 *     as NPS) rather than compound percent per year
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
    double historyMax) {}
