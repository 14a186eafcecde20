package io.github.crmstrategy.junit;

import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.testing.CaseResult;
import io.github.crmstrategy.rules.testing.RuleCase;
import io.github.crmstrategy.rules.testing.RuleCaseException;
import io.github.crmstrategy.rules.testing.RuleCases;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Every rule case of a workspace as a JUnit 5 dynamic test: a container per case file, a test per
 * case, each with its file and line as test source (IDEs jump to it). A failing case fails with the
 * diff of expected ({@code -}) and found ({@code +}) findings, and with both sides as the
 * assertion's expected and actual values (IDEs show them side by side); a broken one with its
 * located problems.
 *
 * <pre>{@code
 * class AcmeRulesTest {
 *   @TestFactory
 *   Stream<DynamicNode> acmeCases() {
 *     return RuleCaseTests.of(Path.of("src/test/acme-workspace"));
 *   }
 * }
 * }</pre>
 */
public final class RuleCaseTests {
  private RuleCaseTests() {}

  /**
   * The cases of {@code workspace} (its {@code profile.yaml}, else the built-in rules, and its
   * {@code cases/} folder).
   *
   * @throws AssertionFailedError when the profile or a case file is broken (every located problem)
   */
  public static Stream<DynamicNode> of(Path workspace) {
    try {
      return of(RuleCases.load(workspace));
    } catch (RuleCaseException e) {
      throw new AssertionFailedError(
          "the rule cases of " + workspace + " are broken:\n" + e.getMessage());
    }
  }

  /**
   * The cases of {@code workspace}, run with {@code reviewer} (one the host built or shares).
   *
   * @throws AssertionFailedError when a case file is broken (every located problem)
   */
  public static Stream<DynamicNode> of(Reviewer reviewer, Path workspace) {
    try {
      return of(RuleCases.load(reviewer, workspace));
    } catch (RuleCaseException e) {
      throw new AssertionFailedError(
          "the rule cases of " + workspace + " are broken:\n" + e.getMessage());
    }
  }

  /** The loaded {@code cases}, a container per case file. */
  public static Stream<DynamicNode> of(RuleCases cases) {
    Map<Path, List<RuleCase>> byFile = new LinkedHashMap<>();
    for (RuleCase c : cases.cases()) {
      byFile.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(c);
    }
    return byFile.entrySet().stream()
        .map(
            e ->
                DynamicContainer.dynamicContainer(
                    String.valueOf(e.getKey().getFileName()),
                    e.getKey().toUri(),
                    e.getValue().stream().map(c -> test(cases, c))));
  }

  /** {@code testCase} as a dynamic test run by {@code cases}' reviewer. */
  public static DynamicTest test(RuleCases cases, RuleCase testCase) {
    URI source =
        URI.create(
            testCase.file().toAbsolutePath().toUri() + "?line=" + testCase.location().line());
    return DynamicTest.dynamicTest(
        testCase.location().line() + ": " + testCase.name(), source, () -> check(cases, testCase));
  }

  /**
   * Runs {@code testCase} and fails when it does not pass.
   *
   * @throws AssertionFailedError with the case's report; for a failure, the expected and found
   *     findings as its expected and actual values
   */
  public static void check(RuleCases cases, RuleCase testCase) {
    CaseResult r = cases.run(testCase);
    if (r.passed()) {
      return;
    }
    if (r.status() == CaseResult.Status.BROKEN) {
      throw new AssertionFailedError(r.report());
    }
    String expected =
        r.mismatches().stream()
            .flatMap(m -> m.diff().stream().skip(1).filter(l -> l.startsWith("-")))
            .collect(Collectors.joining("\n"));
    String actual =
        r.mismatches().stream()
            .flatMap(m -> m.diff().stream().skip(1).filter(l -> l.startsWith("+")))
            .collect(Collectors.joining("\n"));
    throw new AssertionFailedError(r.report(), expected, actual);
  }
}
