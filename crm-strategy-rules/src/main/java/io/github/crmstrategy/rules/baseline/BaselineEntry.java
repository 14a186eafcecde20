package io.github.crmstrategy.rules.baseline;

import io.github.crmstrategy.model.ElementPath;

/**
 * An accepted finding: rule id and element path are the key; the message is kept for readers only.
 *
 * @param ruleId rule id
 * @param path element path (in the file, its text form)
 * @param message the finding's message when it was accepted (not compared)
 */
public record BaselineEntry(String ruleId, ElementPath path, String message) {
  /** The comparison key. */
  public String key() {
    return ruleId + " " + path;
  }
}
