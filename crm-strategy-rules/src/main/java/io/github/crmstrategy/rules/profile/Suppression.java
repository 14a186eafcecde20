package io.github.crmstrategy.rules.profile;

import io.github.crmstrategy.model.ElementPath;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Findings accepted on purpose: those of rule {@link #ruleId()} at element paths matching {@link
 * #path()}, with the reason. Suppressed findings are counted in the report ({@code
 * AssessmentReport.suppressedFindings()}), never dropped silently.
 *
 * <p>In the path pattern {@code *} matches any characters except {@code .}, {@code **} matches any
 * characters; for example {@code crmStrategy.goals[*].indicators[NPS]} or {@code roadmap.**}.
 */
@Value.Immutable
public interface Suppression {
  /** Rule id. */
  String ruleId();

  /** Element path pattern. */
  String path();

  /** Why the findings are accepted (mandatory). */
  String justification();

  /**
   * Whether a finding of rule {@code findingRuleId} at {@code findingPath} is suppressed: the rule
   * ids are equal and the path's text form matches {@link #path()}.
   */
  default boolean matches(String findingRuleId, ElementPath findingPath) {
    return ruleId().equals(findingRuleId) && pattern().matcher(findingPath.toString()).matches();
  }

  /** The path pattern as a regular expression. */
  @Value.Lazy
  default Pattern pattern() {
    StringBuilder re = new StringBuilder();
    String p = path();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '*') {
        if (i + 1 < p.length() && p.charAt(i + 1) == '*') {
          re.append(".*");
          i++;
        } else {
          re.append("[^.]*");
        }
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }

  /** A builder. */
  static ImmutableSuppression.Builder builder() {
    return ImmutableSuppression.builder();
  }
}
