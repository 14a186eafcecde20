package io.github.crmstrategy.rules.baseline;

/**
 * An accepted finding: rule id and element path are the key; the message is kept for readers only.
 *
 * @param ruleId rule id
 * @param path element path
 * @param message the finding's message when it was accepted (not compared)
 */
public record BaselineEntry(String ruleId, String path, String message) {
  /** The comparison key. */
  public String key() {
    return ruleId + " " + path;
  }
}
