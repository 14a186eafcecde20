package io.github.crmstrategy.rules.profile;

import io.github.crmstrategy.rules.FindingKey;
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
   * Whether this suppression covers the finding with {@code key}: the rule ids are equal and the
   * key's path matches {@link #path()} (see {@link FindingKey} for how findings are matched).
   */
  default boolean matches(FindingKey key) {
    return ruleId().equals(key.ruleId()) && globMatches(path(), key.path().toString());
  }

  /**
   * Whether {@code text} matches the path pattern {@code glob}, in time proportional to their
   * lengths' product whatever the pattern (a regular expression of many {@code **} backtracks
   * exponentially on a path that does not match: a hostile profile could stall an assessment).
   */
  static boolean globMatches(String glob, String text) {
    int n = text.length();
    // matched[j]: the pattern read so far matches text[0, j).
    boolean[] matched = new boolean[n + 1];
    matched[0] = true;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      boolean[] next = new boolean[n + 1];
      if (c == '*') {
        boolean any = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
        if (any) {
          i++;
        }
        boolean carry = false;
        for (int j = 0; j <= n; j++) {
          // A star extends a match over any character (but '.' for a single star).
          carry = matched[j] || (carry && j > 0 && (any || text.charAt(j - 1) != '.'));
          next[j] = carry;
        }
      } else {
        for (int j = 1; j <= n; j++) {
          next[j] = matched[j - 1] && text.charAt(j - 1) == c;
        }
      }
      matched = next;
    }
    return matched[n];
  }

  /**
   * The path pattern as a regular expression, for display and for hosts that match paths
   * themselves; {@link #matches} does not use it.
   */
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
