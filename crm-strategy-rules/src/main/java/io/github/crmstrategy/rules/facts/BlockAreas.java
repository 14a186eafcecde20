package io.github.crmstrategy.rules.facts;

import java.util.List;

/**
 * The CRM areas (the vocabulary of {@code covers} on systems, data, practices and capabilities)
 * whose assets evidence a building block, from data/maturity-model.yaml; {@code *} stands for every
 * area.
 *
 * @param block building block id
 * @param areas CRM area names, or {@code *}
 */
public record BlockAreas(String block, List<String> areas) {
  /** Copies the list. */
  public BlockAreas {
    areas = List.copyOf(areas);
  }
}
