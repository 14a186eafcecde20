package io.github.crmstrategy.rules.facts;

import java.util.List;
import java.util.Map;

/**
 * A relation between indicator kinds ({@code indicator-relations.yaml}), checked by {@link
 * Relations} on the plan's baselines and on its targets.
 *
 * @param id relation id
 * @param rule id of the rule that reports a broken relation; empty: the generic rule REAL-030
 * @param formula {@code LEFT OP RIGHT}, OP one of {@code = <= >= < >}, sides arithmetic over
 *     numbers, kind ids and {@code {parameter}} names
 * @param tolerance how far the sides may be apart (in the formula's terms, or percent of the right
 *     side when {@code relative})
 * @param toleranceParam name of the parameter holding the tolerance; empty: {@code tolerance}
 * @param relative whether the tolerance is a percentage of the right side
 * @param on what is checked: {@code baselines}, {@code targets}, or both (the default)
 * @param sameUnit kinds that must share a unit for the relation to apply
 * @param units the unit id a kind must have for the relation to apply, by kind
 * @param explanation why the relation holds, in words
 * @param source where the relation comes from
 */
public record IndicatorRelation(
    String id,
    String rule,
    String formula,
    double tolerance,
    String toleranceParam,
    boolean relative,
    List<String> on,
    List<String> sameUnit,
    Map<String, String> units,
    String explanation,
    String source) {

  /** A relation; absent texts are empty, absent lists none, {@code on} both. */
  public IndicatorRelation {
    rule = rule == null ? "" : rule;
    toleranceParam = toleranceParam == null ? "" : toleranceParam;
    on = on == null || on.isEmpty() ? List.of("baselines", "targets") : List.copyOf(on);
    sameUnit = sameUnit == null ? List.of() : List.copyOf(sameUnit);
    units = units == null ? Map.of() : Map.copyOf(units);
    explanation = explanation == null ? "" : explanation;
    source = source == null ? "" : source;
  }
}
