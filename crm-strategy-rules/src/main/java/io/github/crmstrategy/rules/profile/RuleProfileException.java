package io.github.crmstrategy.rules.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A profile that cannot be used: every problem found, each located ({@code file:line:column:
 * message}). Nothing is built from a profile with problems.
 */
public final class RuleProfileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<ProfileProblem> problems;

  /** An exception listing {@code problems} (at least one). */
  public RuleProfileException(List<ProfileProblem> problems) {
    super(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in the rule profile:\n"
            + problems.stream().map(ProfileProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in the order found. */
  public List<ProfileProblem> problems() {
    return problems;
  }
}
