package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Where rules report findings: the DRL global {@code findings}. A rule's consequence calls {@code
 * findings.report(kcontext, path, message, "key", value, ...)}; the rule id, category, severity,
 * rationale and remediation come from the rule's metadata ({@code @id}, {@code @category}, {@code
 * @severity}, {@code @rationale}, {@code @remediation}), so every finding names the rule that produced
 * it.
 *
 * <p>The path is either the {@link ElementPath} of a fact ({@code $i.path()}, or a {@code $path :
 * path} binding), or its text form for a path written in the rule ({@code "crmStrategy.vision"},
 * {@code ""} for the whole plan). The two are overloads that differ in the path's static type, so
 * the call compiles the same way in the executable model and in the classic engine (DRL
 * consequences are Java in both); a path whose type is neither (an {@code Object}) does not
 * compile: call {@code toString()} on it or parse it with {@link ElementPath#parse}.
 *
 * <p>A message with parts that are texts or lists (the blocks a diagnosis names, the indicators a
 * relation binds) passes them as {@code arguments} too, so that a report can say the message in
 * another language ({@link io.github.crmstrategy.rules.Finding#arguments()}); single values belong
 * in the evidence, which a translation reads by name as well.
 */
public interface FindingSink {
  /**
   * Reports a finding of the firing rule.
   *
   * @param kcontext the rule context ({@code kcontext} in a DRL consequence)
   * @param path element path of the plan element the finding is about
   * @param message what is wrong, naming the element and the numbers involved
   * @param evidence alternating names and values of what the rule looked at
   */
  void report(RuleContext kcontext, ElementPath path, String message, Object... evidence);

  /**
   * Reports a finding of the firing rule at a path given in its text form: the same as {@code
   * report(kcontext, ElementPath.parse(path), message, evidence)}.
   *
   * @param kcontext the rule context ({@code kcontext} in a DRL consequence)
   * @param path element path in its text form, for example {@code "crmStrategy.governance"}
   * @param message what is wrong, naming the element and the numbers involved
   * @param evidence alternating names and values of what the rule looked at
   */
  default void report(RuleContext kcontext, String path, String message, Object... evidence) {
    report(kcontext, ElementPath.parse(path), message, evidence);
  }

  /**
   * Reports a finding of the firing rule with the parts of its message that are not single values
   * ({@link io.github.crmstrategy.text.Wording}s, lists, numbers), by name. A sink that keeps no
   * arguments reports the finding without them.
   *
   * @param kcontext the rule context ({@code kcontext} in a DRL consequence)
   * @param path element path of the plan element the finding is about
   * @param message what is wrong, naming the element and the numbers involved
   * @param arguments the parts of the message, by name, for its translations
   * @param evidence alternating names and values of what the rule looked at
   */
  default void report(
      RuleContext kcontext,
      ElementPath path,
      String message,
      Map<String, ?> arguments,
      Object... evidence) {
    report(kcontext, path, message, evidence);
  }

  /**
   * {@link #report(RuleContext, ElementPath, String, Map, Object...)} at a path given in its text
   * form.
   *
   * @param kcontext the rule context ({@code kcontext} in a DRL consequence)
   * @param path element path in its text form
   * @param message what is wrong, naming the element and the numbers involved
   * @param arguments the parts of the message, by name, for its translations
   * @param evidence alternating names and values of what the rule looked at
   */
  default void report(
      RuleContext kcontext,
      String path,
      String message,
      Map<String, ?> arguments,
      Object... evidence) {
    report(kcontext, ElementPath.parse(path), message, arguments, evidence);
  }
}
