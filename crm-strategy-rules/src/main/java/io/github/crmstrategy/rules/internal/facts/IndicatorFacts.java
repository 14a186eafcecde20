package io.github.crmstrategy.rules.internal.facts;

import com.google.common.collect.ImmutableSet;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.IndicatorKinds;
import io.github.crmstrategy.model.MeasuredGoal;
import io.github.crmstrategy.model.Observation;
import io.github.crmstrategy.rules.facts.IndicatorFact;
import io.github.crmstrategy.rules.facts.Scope;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The facts of key indicators, corporate and CRM alike, with the numbers the realism rules need
 * derived once here: whether the indicator is a percentage or a score, the yearly change its target
 * needs and the yearly change its history showed.
 */
final class IndicatorFacts {
  /** Days in an average year, for yearly rates. */
  private static final double DAYS_PER_YEAR = 365.25;

  /** Shortest span (in years) over which a yearly rate is computed. */
  private static final double MIN_YEARS = 0.25;

  private static final ImmutableSet<String> PERCENT_UNITS = ImmutableSet.of("percent", "%", "pct");
  private static final ImmutableSet<String> POINT_UNITS = ImmutableSet.of("points", "pts", "score");
  private static final ImmutableSet<String> PERCENT_KINDS =
      ImmutableSet.of(
          IndicatorKinds.RETENTION_RATE,
          IndicatorKinds.CHURN_RATE,
          IndicatorKinds.RETURNING_CUSTOMER_RATIO,
          IndicatorKinds.REPEAT_PURCHASE_RATE,
          IndicatorKinds.CONVERSION_RATE);

  private IndicatorFacts() {}

  /** The fact of {@code indicator} at {@code path}, a key indicator of {@code goal}. */
  static IndicatorFact of(Indicator indicator, MeasuredGoal goal, ElementPath path, Scope scope) {
    return of(indicator, goal.id(), path.parent().orElseThrow(), path, scope);
  }

  /** The fact of indicator {@code ind} at {@code path}, of the goal at {@code goalPath}. */
  static IndicatorFact of(
      Indicator ind, String goalId, ElementPath goalPath, ElementPath path, Scope scope) {
    String kind = ind.kind().map(String::strip).orElse("");
    String unit = ind.unit().map(u -> u.strip().toLowerCase(Locale.ROOT)).orElse("");
    boolean percent =
        PERCENT_UNITS.contains(unit) || (unit.isEmpty() && PERCENT_KINDS.contains(kind));
    boolean points =
        percent || POINT_UNITS.contains(unit) || IndicatorKinds.NET_PROMOTER_SCORE.equals(kind);
    double baseline = ind.baseline().map(b -> b.value()).orElse(0.0);
    LocalDate baselineDate = ind.baseline().flatMap(b -> b.asOf()).orElse(null);
    double target = ind.target().map(t -> t.value()).orElse(0.0);
    LocalDate due = ind.target().flatMap(t -> t.due()).orElse(null);

    double years = baselineDate != null && due != null ? years(baselineDate, due) : 0;
    Double required =
        ind.baseline().isPresent() && ind.target().isPresent() && years >= MIN_YEARS
            ? yearlyChange(baseline, target, years, points)
            : null;

    // Trend: from the earliest observation to the latest (the baseline counts as one).
    List<Observation> points0 = new ArrayList<>(ind.history());
    if (baselineDate != null) {
      points0.add(Observation.builder().asOf(baselineDate).value(baseline).build());
    }
    Double trend = null;
    if (points0.size() >= 2) {
      Observation first = points0.stream().min(Comparator.comparing(Observation::asOf)).get();
      Observation last = points0.stream().max(Comparator.comparing(Observation::asOf)).get();
      double span = years(first.asOf(), last.asOf());
      if (span >= MIN_YEARS) {
        trend = yearlyChange(first.value(), last.value(), span, points);
      }
    }
    var bench = ind.benchmark();
    return new IndicatorFact(
        ind.id(),
        path,
        goalId,
        goalPath,
        scope,
        ind.name().orElse(""),
        kind,
        unit,
        percent,
        points,
        ind.direction().map(Object::toString).orElse(""),
        ind.baseline().isPresent(),
        baseline,
        baselineDate,
        ind.target().isPresent(),
        target,
        due,
        ind.history().size(),
        trend != null,
        trend == null ? 0 : trend,
        required != null,
        required == null ? 0 : required,
        years,
        bench.isPresent(),
        bench.map(b -> b.peerMedian().isPresent()).orElse(false),
        bench.map(b -> b.peerMedian().orElse(0)).orElse(0.0),
        bench.map(b -> b.topQuartile().isPresent()).orElse(false),
        bench.map(b -> b.topQuartile().orElse(0)).orElse(0.0),
        ind.history().stream().mapToDouble(Observation::value).min().orElse(0),
        ind.history().stream().mapToDouble(Observation::value).max().orElse(0));
  }

  /**
   * The yearly change from {@code from} to {@code to} over {@code years}: points per year, or
   * compound percent per year (null when a compound rate is undefined because a value is not
   * positive, or when the rate is beyond what a number can hold: a target many orders of magnitude
   * above a baseline near zero says nothing a rule could weigh, and "Infinity% a year" helps no
   * reader).
   */
  static Double yearlyChange(double from, double to, double years, boolean points) {
    double change;
    if (points) {
      change = (to - from) / years;
    } else if (from <= 0 || to <= 0) {
      return null;
    } else {
      change = (Math.pow(to / from, 1 / years) - 1) * 100;
    }
    return Double.isFinite(change) ? change : null;
  }

  static double years(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / DAYS_PER_YEAR;
  }
}
