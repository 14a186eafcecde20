package io.github.crmstrategy.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.ElementPath;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One thing a rule found in a plan, located by element path, with why it matters and what to do.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public interface Finding {
  /**
   * The order findings are reported in: severity, then priority (most important first), category,
   * rule id, path, message. Independent of the order of lists in the document.
   */
  Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparingInt(Finding::priority)
          .thenComparing(Finding::category)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::path)
          .thenComparing(Finding::message);

  /** Stable id of the rule, never reused (for example {@code ALIGN-001}). */
  String ruleId();

  /** Name of the Drools rule that produced the finding. */
  String ruleName();

  /** What the finding is about. */
  Category category();

  /** How much it matters. */
  Severity severity();

  /**
   * How much the finding matters within its severity, from 1 (act on it first) to 5 (least
   * pressing): the rule's impact on the strategy's success combined with how certain its diagnosis
   * is (see {@link Priority}). {@value Priority#DEFAULT} when not given (reports of format version
   * 1 had none).
   */
  @Value.Default
  default int priority() {
    return Priority.DEFAULT;
  }

  /**
   * Element path of the plan element, for example {@code crmStrategy.goals[CG1].indicators[CLV]}
   * (without list positions; in JSON its text form).
   */
  ElementPath path();

  /** What is wrong, naming the element and the numbers involved. */
  String message();

  /** Why it matters, citing its source. */
  String rationale();

  /** What to do about it. */
  String remediation();

  /** The values the rule looked at, by name, in the order the rule gave them. */
  Map<String, String> evidence();

  /**
   * The parts of the message that are texts or lists rather than single values, by name (a {@link
   * io.github.crmstrategy.text.Wording}, a list of them, a number): with {@link #evidence()}, what
   * a report needs to say the message in another language. Empty for most rules, whose evidence
   * names every value of the message. Not written to JSON.
   */
  @JsonIgnore
  Map<String, Object> arguments();

  /**
   * The findings folded into this one whose messages it mentions ({@code "... Also: ..."}), in the
   * order it mentions them, so that a report can say them in another language too. Their rule ids
   * and paths are also in the evidence, under {@code folded}. Not written to JSON.
   */
  @JsonIgnore
  List<Finding> mentions();

  /** A builder for {@link Finding}. */
  static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }
}
