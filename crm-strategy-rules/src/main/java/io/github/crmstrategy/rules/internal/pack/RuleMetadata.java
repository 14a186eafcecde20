package io.github.crmstrategy.rules.internal.pack;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * The metadata every rule of a pack carries: {@code @id}, {@code @title}, {@code @category}, {@code
 * @severity}, {@code @rationale}, {@code @remediation} and optionally {@code @params} (comma separated
 * parameter names), {@code @impact} and {@code @certainty} ({@code high}, {@code medium} or {@code
 * low}, which give the findings' priority) and {@code @analystNote} (advice for the analysts who
 * maintain the rule data, never shown to the client).
 */
public record RuleMetadata(
    String id,
    String title,
    String category,
    String severity,
    String rationale,
    String remediation,
    List<String> params,
    String impact,
    String certainty,
    String analystNote) {

  /**
   * The priority of the rule's findings (see {@link io.github.crmstrategy.rules.Priority}); {@value
   * io.github.crmstrategy.rules.Priority#DEFAULT} when the impact or certainty is not a known grade
   * (the pack's metadata check reports those).
   */
  public int priority() {
    if (!io.github.crmstrategy.rules.Priority.isGrade(impact)
        || !io.github.crmstrategy.rules.Priority.isGrade(certainty)) {
      return io.github.crmstrategy.rules.Priority.DEFAULT;
    }
    return io.github.crmstrategy.rules.Priority.of(impact, certainty);
  }

  /** The metadata of {@code rule} (empty texts for absent keys). */
  public static RuleMetadata of(Rule rule) {
    Map<String, Object> m = rule.getMetaData();
    String params = text(m, "params");
    return new RuleMetadata(
        text(m, "id"),
        text(m, "title"),
        text(m, "category"),
        text(m, "severity"),
        text(m, "rationale"),
        text(m, "remediation"),
        params.isEmpty() ? List.of() : Arrays.stream(params.split(",")).map(String::strip).toList(),
        text(m, "impact"),
        text(m, "certainty"),
        text(m, "analystNote"));
  }

  /**
   * Whether {@code rule} is a mechanism rule that serves the reporting rules of {@code category}
   * (metadata {@code @serves("ALIGNMENT, REALISM")}): it derives the facts they report, such as the
   * gaps of the coverage checks, and must run wherever they run.
   */
  public static boolean serves(Rule rule, String category) {
    String serves = text(rule.getMetaData(), "serves");
    return !serves.isEmpty()
        && Arrays.stream(serves.split(",")).map(String::strip).anyMatch(category::equals);
  }

  /** Whether the rule produces findings (maturity scoring rules do not). */
  public static boolean isReportingRule(Rule rule) {
    return rule.getMetaData().containsKey("id");
  }

  /** The {@code @id} in a rule's metadata (as {@link #of} reads it), empty when it has none. */
  public static String id(Map<String, Object> metaData) {
    return text(metaData, "id");
  }

  private static String text(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      return "";
    }
    String s = v.toString().strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }
}
