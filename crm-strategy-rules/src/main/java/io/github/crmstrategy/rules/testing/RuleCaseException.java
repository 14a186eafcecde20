package io.github.crmstrategy.rules.testing;

import java.util.List;
import java.util.stream.Collectors;

/** Case files (or the workspace they belong to) that cannot be read: every located problem. */
public final class RuleCaseException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The problems; a list of its own, never empty. */
  private final transient List<CaseProblem> problems;

  /** An exception for {@code problems} (at least one). */
  public RuleCaseException(List<CaseProblem> problems) {
    super(problems.stream().map(CaseProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rule case exception needs a problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in the order of the files and lines. */
  public List<CaseProblem> problems() {
    return problems;
  }
}
