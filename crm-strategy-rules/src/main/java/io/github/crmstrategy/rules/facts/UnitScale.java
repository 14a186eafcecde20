package io.github.crmstrategy.rules.facts;

import java.util.List;

/**
 * A scale word of the indicator catalogue: thousands, millions... written before or after a unit
 * ({@code тыс. руб.}, {@code USD m}).
 *
 * @param factor what one unit of the scale is worth in plain units, for example {@code 1000}
 * @param names the words plans write for it, matched whole and without case
 */
public record UnitScale(double factor, List<String> names) {
  /** A scale; absent names are none. */
  public UnitScale {
    names = names == null ? List.of() : List.copyOf(names);
  }
}
