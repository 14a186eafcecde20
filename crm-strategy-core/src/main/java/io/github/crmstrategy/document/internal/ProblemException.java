package io.github.crmstrategy.document.internal;

import io.github.crmstrategy.document.Problem;

/** Carries a located problem out of the parsing internals. */
public final class ProblemException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  ProblemException(Problem problem) {
    super(problem.toString(), null, false, false);
    this.problem = problem;
  }

  /** The problem. */
  public Problem problem() {
    return problem;
  }
}
