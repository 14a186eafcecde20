package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import java.util.List;
import java.util.Map;

/**
 * One diagnosis of the maturity route that a finding reports, computed from the block scores by
 * {@link Scores} (for example the blocks a cap still holds at the horizon, or the blocks asked to
 * climb faster than a level step takes): one root cause, the blocks it concerns, and its words.
 *
 * @param key what it is about (a cap id, a block id, {@code route})
 * @param path element path of the evidence it rests on, {@code ""} for the whole plan
 * @param message the finding's message
 * @param blocks the building blocks concerned
 * @param arguments the parts of the message by name, for its translations (passed to the {@link
 *     FindingSink} with the message)
 */
public record MaturityDiagnosis(
    String key,
    ElementPath path,
    String message,
    List<String> blocks,
    Map<String, Object> arguments) {
  /** Copies the list and the arguments. */
  public MaturityDiagnosis {
    blocks = List.copyOf(blocks);
    arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
  }

  /** A diagnosis without arguments: its message reads in English in every language. */
  public MaturityDiagnosis(String key, ElementPath path, String message, List<String> blocks) {
    this(key, path, message, blocks, Map.of());
  }
}
