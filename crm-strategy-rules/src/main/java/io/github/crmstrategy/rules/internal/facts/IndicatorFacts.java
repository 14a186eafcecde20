package io.github.crmstrategy.rules.internal.facts;

import com.google.common.collect.ImmutableSet;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.IndicatorKinds;
import io.github.crmstrategy.model.MeasuredGoal;
import io.github.crmstrategy.model.Observation;
import io.github.crmstrategy.rules.facts.Checks;
import io.github.crmstrategy.rules.facts.Fmt;
import io.github.crmstrategy.rules.facts.IndicatorFact;
import io.github.crmstrategy.rules.facts.IndicatorKind;
import io.github.crmstrategy.rules.facts.Scope;
import io.github.crmstrategy.rules.facts.Texts;
import io.github.crmstrategy.text.Wording;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The facts of key indicators, corporate and CRM alike, with the numbers the realism rules need
 * derived once here: what the indicator catalogue knows about the kind and the unit (through {@link
 * Semantics}), the growth model, the yearly change its target needs and the yearly change its
 * history showed, and whether its values are on one scale.
 */
final class IndicatorFacts {
  /** Days in an average year, for yearly rates. */
  private static final double DAYS_PER_YEAR = 365.25;

  /** Shortest span (in years) over which a yearly rate is computed. */
  private static final double MIN_YEARS = 0.25;

  /** Units and kinds known without a catalogue, so that extraction works on empty semantics. */
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
  static IndicatorFact of(
      Indicator indicator, MeasuredGoal goal, ElementPath path, Scope scope, Semantics semantics) {
    return of(
        indicator,
        goal.id(),
        goal.statement().orElse(""),
        path.parent().orElseThrow(),
        path,
        scope,
        semantics);
  }

  /** The fact of indicator {@code ind} at {@code path}, without a catalogue (for tests). */
  static IndicatorFact of(
      Indicator ind, String goalId, ElementPath goalPath, ElementPath path, Scope scope) {
    return of(ind, goalId, "", goalPath, path, scope, Semantics.empty());
  }

  /** The fact of indicator {@code ind} at {@code path}, of the goal at {@code goalPath}. */
  static IndicatorFact of(
      Indicator ind,
      String goalId,
      String goalStatement,
      ElementPath goalPath,
      ElementPath path,
      Scope scope,
      Semantics semantics) {
    String kindText = ind.kind().map(String::strip).orElse("");
    Optional<IndicatorKind> known = semantics.kind(kindText, ind.name().orElse(""));
    String kind = known.map(IndicatorKind::id).orElse(kindText);
    String unit = ind.unit().map(u -> u.strip().toLowerCase(Locale.ROOT)).orElse("");
    Semantics.Unit parsed = semantics.unit(unit);
    String dimension = parsed.dimension();
    if (PERCENT_UNITS.contains(unit)) {
      dimension = "percent";
    } else if (POINT_UNITS.contains(unit) && dimension.isEmpty()) {
      dimension = "score";
    }
    if (unit.isEmpty()) {
      dimension =
          known.map(IndicatorKind::dimension).orElse(PERCENT_KINDS.contains(kind) ? "percent" : "");
    }
    boolean percent = dimension.equals("percent");
    double baseline = ind.baseline().map(b -> b.value()).orElse(0.0);
    LocalDate baselineDate = ind.baseline().flatMap(b -> b.asOf()).orElse(null);
    double target = ind.target().map(t -> t.value()).orElse(0.0);
    LocalDate due = ind.target().flatMap(t -> t.due()).orElse(null);

    String growth = growth(known, dimension, kind, ind, semantics);
    boolean points = !growth.equals("compound");

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
    String direction = ind.direction().map(Object::toString).orElse("");
    String effective = direction;
    if (effective.isEmpty() && ind.baseline().isPresent() && ind.target().isPresent()) {
      effective = target > baseline ? "increase" : target < baseline ? "decrease" : "";
    }
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;
    boolean hasRange = false;
    boolean kindBoundsUnit =
        known.isPresent()
            && (known.get().dimension().equals(dimension)
                || (unit.isEmpty() && !dimension.isEmpty()));
    if (kindBoundsUnit && (known.get().low() != null || known.get().high() != null)) {
      hasRange = true;
      low = known.get().low() == null ? low : known.get().low();
      high = known.get().high() == null ? high : known.get().high();
    } else if (percent) {
      hasRange = true;
      low = 0;
      high = 100;
    }
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
        direction,
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
        ind.history().stream().mapToDouble(Observation::value).max().orElse(0),
        kindText,
        dimension,
        parsed.id().isEmpty() && percent ? "percent" : parsed.id(),
        parsed.scale(),
        growth,
        known.map(IndicatorKind::vanity).orElse(false),
        known.map(IndicatorKind::lagging).orElse(false),
        known.map(IndicatorKind::direction).orElse(""),
        effective,
        statementDirection(goalStatement, known, semantics),
        goalStatement,
        hasRange,
        low,
        high,
        scaleMismatch(ind, dimension),
        scaleMismatchWording(ind, dimension));
  }

  /**
   * The growth model: the kind's; a percentage or score changes by points; a count from a small
   * base (up to {@link Semantics#SMALL_COUNT_PARAM}) by steps.
   */
  private static String growth(
      Optional<IndicatorKind> known,
      String dimension,
      String kind,
      Indicator ind,
      Semantics semantics) {
    if (dimension.equals("percent") || dimension.equals("score")) {
      return "points";
    }
    if (IndicatorKinds.NET_PROMOTER_SCORE.equals(kind)) {
      return "points";
    }
    String g = known.map(IndicatorKind::growth).orElse("compound");
    if (g.equals("points") && !dimension.isEmpty() && !dimension.equals("other")) {
      // a points kind measured in money or counts changes by a rate like any amount
      g = "compound";
    }
    if (dimension.equals("count")
        && semantics.smallCount() > 0
        && ind.baseline().isPresent()
        && ind.baseline().get().value() <= semantics.smallCount()) {
      return "steps";
    }
    return g;
  }

  /**
   * The direction the goal's statement asks of this indicator: the statement names the kind and
   * exactly one of the directions increase and decrease.
   */
  private static String statementDirection(
      String statement, Optional<IndicatorKind> kind, Semantics semantics) {
    if (statement.isBlank() || kind.isEmpty()) {
      return "";
    }
    if (!semantics.mentionsKind(statement, kind.get())) {
      return "";
    }
    List<String> dirs = semantics.concepts(statement, "direction");
    return dirs.size() == 1 ? dirs.get(0) : "";
  }

  /**
   * When the indicator's values lie on different scales (a factor of about a thousand, a million or
   * a billion apart; for a percentage also a hundred, a fraction beside a percentage), which
   * values, in words; else empty.
   */
  static String scaleMismatch(Indicator ind, String dimension) {
    Mismatch m = mismatch(ind, dimension);
    if (m == null) {
      return "";
    }
    return Texts.list(m.odd())
        + (m.odd().size() == 1 ? " is" : " are")
        + " about "
        + m.times()
        + " times "
        + (m.factor() > 0 ? "larger" : "smaller")
        + " than "
        + Texts.list(m.usual())
        + (Math.abs(m.factor()) == 2
            ? ": a fraction beside a percentage"
            : ": values in " + scaleWord(Math.abs(m.factor())) + " beside values in units");
  }

  /** {@link #scaleMismatch} in words any language can say, or {@code null} without a mismatch. */
  static Wording scaleMismatchWording(Indicator ind, String dimension) {
    Mismatch m = mismatch(ind, dimension);
    if (m == null) {
      return null;
    }
    long power = Math.abs(m.factor());
    return Wording.of(
        "scaleMismatch",
        "odd",
        m.oddWordings(),
        "oddCount",
        m.odd().size(),
        "times",
        m.times(),
        "larger",
        m.factor() > 0,
        "usual",
        m.usualWordings(),
        "fraction",
        power == 2,
        "scale",
        power == 2 ? "" : scaleWord(power));
  }

  /** Values on different scales: the odd ones, the usual ones, and the power of ten between. */
  private record Mismatch(
      List<String> odd,
      List<Wording> oddWordings,
      List<String> usual,
      List<Wording> usualWordings,
      long factor,
      long times) {}

  private static Mismatch mismatch(Indicator ind, String dimension) {
    List<String> names = new ArrayList<>();
    List<Wording> words = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    ind.baseline()
        .ifPresent(
            b -> {
              names.add("baseline " + Fmt.num(b.value()));
              words.add(Checks.value("baseline", b.value()));
              values.add(b.value());
            });
    for (Observation o :
        ind.history().stream().sorted(Comparator.comparing(Observation::asOf)).toList()) {
      names.add("history " + Fmt.num(o.value()) + " (" + o.asOf() + ")");
      words.add(Checks.value("history", o.value()).with("date", o.asOf().toString()));
      values.add(o.value());
    }
    ind.target()
        .ifPresent(
            t -> {
              names.add("target " + Fmt.num(t.value()));
              words.add(Checks.value("target", t.value()));
              values.add(t.value());
            });
    ind.benchmark()
        .ifPresent(
            b -> {
              b.peerMedian()
                  .ifPresent(
                      v -> {
                        names.add("benchmark peer median " + Fmt.num(v));
                        words.add(Checks.value("peerMedian", v));
                        values.add(v);
                      });
              b.topQuartile()
                  .ifPresent(
                      v -> {
                        names.add("benchmark top quartile " + Fmt.num(v));
                        words.add(Checks.value("topQuartile", v));
                        values.add(v);
                      });
            });
    if (values.size() < 2 || dimension.equals("score")) {
      return null;
    }
    for (double v : values) {
      if (v <= 0) {
        return null;
      }
    }
    // The magnitude most values share: the median of the logarithms.
    List<Double> logs = values.stream().map(Math::log10).sorted().toList();
    double median = logs.get((logs.size() - 1) / 2);
    List<String> odd = new ArrayList<>();
    List<Wording> oddWords = new ArrayList<>();
    List<String> usual = new ArrayList<>();
    List<Wording> usualWords = new ArrayList<>();
    long factor = 0;
    for (int i = 0; i < values.size(); i++) {
      double off = Math.log10(values.get(i)) - median;
      long k = factorOf(off, dimension.equals("percent"));
      if (k != 0) {
        odd.add(names.get(i));
        oddWords.add(words.get(i));
        factor = k;
      } else {
        usual.add(names.get(i));
        usualWords.add(words.get(i));
      }
    }
    if (odd.isEmpty() || usual.isEmpty()) {
      return null;
    }
    long times = (long) Math.pow(10, Math.abs(factor));
    return new Mismatch(odd, oddWords, usual, usualWords, factor, times);
  }

  /** The power of ten a value is off by (2 only for percentages), or 0 when it is not off. */
  private static long factorOf(double off, boolean percent) {
    for (int k : percent ? new int[] {2, 3, 6, 9} : new int[] {3, 6, 9}) {
      if (Math.abs(Math.abs(off) - k) < 0.3) {
        return off > 0 ? k : -k;
      }
    }
    return 0;
  }

  private static String scaleWord(long power) {
    return power == 3 ? "thousands" : power == 6 ? "millions" : "billions";
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
