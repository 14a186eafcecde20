package io.github.crmstrategy.rules.facts;

import java.util.List;

/**
 * A unit of the indicator catalogue and the names plans write for it.
 *
 * @param id the unit's id: {@code percent}, {@code points}, a currency code ({@code USD}), {@code
 *     count}, {@code days}...
 * @param dimension what it measures: {@code percent}, {@code score}, {@code money}, {@code count},
 *     {@code time} or {@code ratio}
 * @param names the names plans write, in English and Russian, matched whole and without case
 */
public record UnitSpec(String id, String dimension, List<String> names) {
  /** A unit; absent names are none. */
  public UnitSpec {
    names = names == null ? List.of() : List.copyOf(names);
  }
}
