package io.github.crmstrategy.rules.internal.engine;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.facts.FindingSink;
import io.github.crmstrategy.rules.internal.pack.RuleMetadata;
import io.github.crmstrategy.text.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/** The {@code findings} global of one assessment: turns rule reports into findings. Not shared. */
final class CollectingSink implements FindingSink {
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Severity> severities;
  private final Function<Rule, RuleMetadata> metadata;
  private final Guard guard;

  CollectingSink() {
    this(Map.of(), RuleMetadata::of, null);
  }

  /**
   * A sink that reports the rules in {@code severities} with the severity given there and reads
   * each rule's metadata through {@code metadata} (the engine's precomputed table: parsing the
   * metadata again for every finding showed in profiles); once {@code guard} (may be null) has
   * tripped, a rule that reports is stopped.
   */
  CollectingSink(
      Map<String, Severity> severities, Function<Rule, RuleMetadata> metadata, Guard guard) {
    this.severities = severities;
    this.metadata = metadata;
    this.guard = guard;
  }

  @Override
  public void report(RuleContext kcontext, ElementPath path, String message, Object... evidence) {
    report(kcontext, path, message, Map.of(), evidence);
  }

  @Override
  public void report(
      RuleContext kcontext,
      ElementPath path,
      String message,
      Map<String, ?> arguments,
      Object... evidence) {
    if (guard != null) {
      guard.check();
    }
    Rule rule = kcontext.getRule();
    RuleMetadata meta = metadata.apply(rule);
    Map<String, String> ev = new LinkedHashMap<>();
    for (int i = 0; i + 1 < evidence.length; i += 2) {
      ev.put(String.valueOf(evidence[i]), format(evidence[i + 1]));
    }
    findings.add(
        Finding.builder()
            .ruleId(meta.id())
            .ruleName(rule.getName())
            .category(Category.valueOf(meta.category()))
            .severity(severities.getOrDefault(meta.id(), Severity.valueOf(meta.severity())))
            .priority(meta.priority())
            // A finding outlives the walk that gave the fact its path: keep the text, not
            // positions.
            .path(path.withoutPositions())
            .message(message)
            .rationale(meta.rationale())
            .remediation(meta.remediation())
            .evidence(ev)
            .arguments(arguments)
            .build());
  }

  private static String format(Object value) {
    if (value instanceof Double || value instanceof Float) {
      return Numbers.upToTwoDecimals(((Number) value).doubleValue());
    }
    return String.valueOf(value);
  }

  List<Finding> findings() {
    return findings;
  }
}
