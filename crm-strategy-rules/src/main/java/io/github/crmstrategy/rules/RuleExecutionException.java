package io.github.crmstrategy.rules;

import io.github.crmstrategy.model.ElementPath;
import java.util.Optional;

/**
 * A rule failed while assessing a plan: it threw, or it kept firing until the firing limit stopped
 * it. Thrown by {@link Reviewer#assess} instead of returning a report that would silently miss
 * findings; the host catches it, reports it and carries on (the reviewer stays usable). Only
 * analysts' own rules are expected to fail this way.
 */
public final class RuleExecutionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String ruleName;
  private final String ruleId;

  /** The path's text form, empty when unknown (text keeps the exception serialisable). */
  private final String path;

  /**
   * A failure of rule {@code ruleName} (id {@code ruleId}, may be empty) at {@code path} ({@code
   * null} when unknown).
   */
  public RuleExecutionException(
      String message, String ruleName, String ruleId, ElementPath path, Throwable cause) {
    super(message, cause);
    this.ruleName = ruleName;
    this.ruleId = ruleId == null ? "" : ruleId;
    this.path = path == null ? "" : path.toString();
  }

  /** Name of the Drools rule that failed. */
  public String ruleName() {
    return ruleName;
  }

  /** Its id, if it has one. */
  public Optional<String> ruleId() {
    return ruleId.isEmpty() ? Optional.empty() : Optional.of(ruleId);
  }

  /** Element path of the plan element the rule was looking at, if known. */
  public Optional<ElementPath> path() {
    return path.isEmpty() ? Optional.empty() : Optional.of(ElementPath.parse(path));
  }
}
