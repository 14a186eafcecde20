package io.github.crmstrategy.rules.testing;

import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A finding a case expects: the rule, the element path, optionally the severity, and fragments the
 * message must contain; {@link #location()} is where the case file states it.
 *
 * @param rule the rule id
 * @param path the element path, as {@code Finding.path()} prints it
 * @param severity the severity, when the case states one
 * @param message fragments of the message, each contained in it
 * @param location where the expectation is written
 */
public record ExpectedFinding(
    String rule,
    String path,
    Optional<Severity> severity,
    List<String> message,
    SourceLocation location) {
  /** Checks that no component is null and copies the fragments. */
  public ExpectedFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    message = List.copyOf(message);
    Objects.requireNonNull(location, "location");
  }

  /** Whether {@code finding} is this one: same rule and path, the severity, every fragment. */
  public boolean matches(Finding finding) {
    return finding.ruleId().equals(rule)
        && finding.path().toString().equals(path)
        && severity.map(s -> s == finding.severity()).orElse(true)
        && message.stream().allMatch(finding.message()::contains);
  }

  /** One line: {@code RULE at PATH [SEVERITY]: message contains "a", "b"}. */
  public String describe() {
    StringBuilder s = new StringBuilder(rule).append(" at ").append(path);
    severity.ifPresent(v -> s.append(" [").append(v).append(']'));
    if (!message.isEmpty()) {
      s.append(": message contains ")
          .append(message.stream().map(m -> '"' + m + '"').collect(Collectors.joining(", ")));
    }
    return s.toString();
  }
}
