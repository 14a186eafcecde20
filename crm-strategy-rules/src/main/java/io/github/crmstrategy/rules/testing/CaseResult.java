package io.github.crmstrategy.rules.testing;

import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What running one {@link RuleCase} gave: passed, failed (with the mismatches, each a diff of
 * expected and found findings) or broken (the case could not run: its plan is missing or invalid,
 * or its change names no element).
 *
 * @param testCase the case
 * @param status the outcome
 * @param mismatches for a failed case, what differs, plan by plan
 * @param problems for a broken case, what stopped it, located
 */
public record CaseResult(
    RuleCase testCase, Status status, List<Mismatch> mismatches, List<CaseProblem> problems) {

  /** The outcome of a case. */
  public enum Status {
    /** Every expectation held. */
    PASSED,
    /** A finding was missing, unexpected or different. */
    FAILED,
    /** The case could not run (located problems). */
    BROKEN
  }

  /**
   * Findings that differ on one plan of a case.
   *
   * @param plan which plan: {@code the base plan}, {@code the broken plan} or {@code the near miss}
   * @param rules the rules whose findings were compared
   * @param at where the case states what this plan must give
   * @param missing findings expected and not found
   * @param unexpected findings found and not expected
   */
  public record Mismatch(
      String plan,
      List<String> rules,
      SourceLocation at,
      List<ExpectedFinding> missing,
      List<Finding> unexpected) {
    /** Checks that no component is null and copies the lists. */
    public Mismatch {
      Objects.requireNonNull(plan, "plan");
      rules = List.copyOf(rules);
      Objects.requireNonNull(at, "at");
      missing = List.copyOf(missing);
      unexpected = List.copyOf(unexpected);
    }

    /**
     * The diff: a heading, then {@code - file:line: expected} for every finding expected and not
     * found and {@code + found} for every finding found and not expected.
     */
    public List<String> diff() {
      List<String> lines = new ArrayList<>();
      lines.add(
          "on "
              + plan
              + " ("
              + at.source()
              + ":"
              + at.line()
              + "), findings of "
              + String.join(", ", rules)
              + " (- expected, + found):");
      for (ExpectedFinding e : missing) {
        lines.add("- " + e.location().source() + ":" + e.location().line() + ": " + e.describe());
      }
      for (Finding f : unexpected) {
        lines.add(
            "+ " + f.ruleId() + " at " + f.path() + " [" + f.severity() + "]: " + f.message());
      }
      return lines;
    }
  }

  /** Checks that no component is null and copies the lists. */
  public CaseResult {
    Objects.requireNonNull(testCase, "testCase");
    Objects.requireNonNull(status, "status");
    mismatches = List.copyOf(mismatches);
    problems = List.copyOf(problems);
  }

  /** Whether the case passed. */
  public boolean passed() {
    return status == Status.PASSED;
  }

  /**
   * The result as a reader sees it: {@code PASS file:line: name}; for a failure {@code FAIL
   * file:line: name} and the diff of every mismatch, indented; for a broken case {@code BROKEN
   * file:line: name} and its located problems.
   */
  public String report() {
    StringBuilder s =
        new StringBuilder(
                switch (status) {
                  case PASSED -> "PASS";
                  case FAILED -> "FAIL";
                  case BROKEN -> "BROKEN";
                })
            .append(' ')
            .append(testCase.where())
            .append(": ")
            .append(testCase.name());
    for (Mismatch m : mismatches) {
      for (String line : m.diff()) {
        s.append("\n  ").append(line);
      }
    }
    for (CaseProblem p : problems) {
      s.append("\n  ").append(p);
    }
    return s.toString();
  }
}
