package io.github.crmstrategy.rules.testing;

import io.github.crmstrategy.document.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule case, as a case file writes it (see docs/rules-customisation.md, "Testing your rules").
 *
 * @param file the case file
 * @param location where the case starts in it
 * @param rule the rule the case tests; its findings on the broken plan must be exactly {@code
 *     expect} (with the findings of any other rule an expectation names)
 * @param title what the case shows, when given
 * @param base the plan: a bundled sample's name, a plan file relative to the case file, or the name
 *     of a plan in the {@code plans/} folder beside the case file or in the workspace
 * @param baseFires whether the rule may report the base plan too (else it must be silent there)
 * @param breaks the change that breaks the rule ({@code remove}, {@code set}, {@code add} by
 *     element path); empty: the base plan itself is the plan of the case
 * @param expect the findings expected on the broken plan
 * @param silent rules that must report nothing on the broken plan
 * @param nearMiss a change that comes close to breaking the rule but must not be reported
 * @param nearMissSilent rules that must report nothing on the near miss either
 * @param keys where each key of the case is written
 */
public record RuleCase(
    Path file,
    SourceLocation location,
    String rule,
    Optional<String> title,
    String base,
    boolean baseFires,
    Optional<Map<String, Object>> breaks,
    List<ExpectedFinding> expect,
    List<String> silent,
    Optional<Map<String, Object>> nearMiss,
    List<String> nearMissSilent,
    Map<String, SourceLocation> keys) {
  /** Checks that no component is null and copies the lists. */
  public RuleCase {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(breaks, "breaks");
    expect = List.copyOf(expect);
    silent = List.copyOf(silent);
    Objects.requireNonNull(nearMiss, "nearMiss");
    nearMissSilent = List.copyOf(nearMissSilent);
    keys = Map.copyOf(keys);
  }

  /** {@code RULE: title}, or the rule id alone. */
  public String name() {
    return rule + title.map(t -> ": " + t).orElse("");
  }

  /** Where {@code key} is written, or the start of the case when it is not. */
  public SourceLocation at(String key) {
    return keys.getOrDefault(key, location);
  }

  /** {@code file:line} of the case, the form editors jump to. */
  public String where() {
    return location.source() + ":" + location.line();
  }
}
