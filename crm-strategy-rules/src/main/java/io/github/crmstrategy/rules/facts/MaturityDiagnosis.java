package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import java.util.List;

/**
 * One diagnosis of the maturity route that a finding reports, computed from the block scores by
 * {@link Scores} (for example the blocks a cap still holds at the horizon, or the blocks asked to
 * climb faster than a level step takes): one root cause, the blocks it concerns, and its words.
 *
 * @param key what it is about (a cap id, a block id, {@code route})
 * @param path element path of the evidence it rests on, {@code ""} for the whole plan
 * @param message the finding's message
 * @param blocks the building blocks concerned
 */
public record MaturityDiagnosis(String key, ElementPath path, String message, List<String> blocks) {
  /** Copies the list. */
  public MaturityDiagnosis {
    blocks = List.copyOf(blocks);
  }
}
