package io.github.crmstrategy.rules.facts;

import java.util.List;

/**
 * A row of the indicator catalogue ({@code indicator-catalogue.yaml}): what the review knows about
 * the nature of an indicator kind.
 *
 * @param id the kind as plans write it, for example {@code churnRate}
 * @param names synonyms in English and Russian a plan may write as its kind, or that an indicator's
 *     name contains when it has no kind
 * @param dimension the unit it is naturally measured in: {@code percent}, {@code score}, {@code
 *     money}, {@code count}, {@code time}, {@code ratio}
 * @param direction its natural direction: {@code increase}, {@code decrease} or {@code any}
 * @param low lowest valid value, {@code null} when unbounded
 * @param high highest valid value, {@code null} when unbounded
 * @param growth how its change is judged: {@code points} (points a year), {@code compound} (percent
 *     a year) or {@code steps} (whole units a year)
 * @param vanity whether it is a vanity metric (attention or activity, not value)
 * @param lagging whether it is an outcome that moves late (revenue, CLV)
 * @param customer whether a goal measured by it depends on customers
 * @param source where its range and nature come from, when stated
 */
public record IndicatorKind(
    String id,
    List<String> names,
    String dimension,
    String direction,
    Double low,
    Double high,
    String growth,
    boolean vanity,
    boolean lagging,
    boolean customer,
    String source) {

  /** A row; absent lists and texts are empty, an absent growth model is {@code compound}. */
  public IndicatorKind {
    names = names == null ? List.of() : List.copyOf(names);
    dimension = dimension == null ? "" : dimension;
    direction = direction == null || direction.isBlank() ? "any" : direction;
    growth = growth == null || growth.isBlank() ? "compound" : growth;
    source = source == null ? "" : source;
  }
}
