package io.github.crmstrategy.rules.baseline;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.rules.FindingKey;

/**
 * An accepted finding: rule id and element path are the key ({@link FindingKey}, which defines how
 * findings are matched); the message is kept for readers only.
 *
 * @param ruleId rule id
 * @param path element path (in the file, its text form)
 * @param message the finding's message when it was accepted (not compared)
 */
public record BaselineEntry(String ruleId, ElementPath path, String message) {
  /** The key findings are matched by. */
  public FindingKey key() {
    return new FindingKey(ruleId, path);
  }
}
