package io.github.crmstrategy.rules.facts;

import java.util.List;

/**
 * An industry the benchmark tables know ({@code industries.yaml}), with the names plans use for it.
 *
 * @param id the industry's id in the benchmark tables, for example {@code telecommunications}
 * @param names names and synonyms in English and Russian, matched without case
 */
public record Industry(String id, List<String> names) {
  /** An industry; absent names are none. */
  public Industry {
    names = names == null ? List.of() : List.copyOf(names);
  }
}
