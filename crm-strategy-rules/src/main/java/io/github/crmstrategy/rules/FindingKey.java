package io.github.crmstrategy.rules;

import io.github.crmstrategy.model.ElementPath;
import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of a finding across assessments, revisions and profiles: the id of the rule that
 * reported it and the element path it points at.
 *
 * <p><b>The matching rule</b>, the one place it is defined: two findings are the same finding when
 * their keys are equal, that is when they have the same rule id and the same element path. The
 * message, severity, evidence and the line of the element in the document are not compared: a
 * finding keeps its identity when a rule's wording changes, when a profile raises its severity or
 * when the document is reformatted, and because element paths key list elements by id (or name),
 * when lists are reordered. Every user of findings across assessments matches them this way:
 *
 * <ul>
 *   <li>baselines ({@code Baseline.compare}): a finding is existing when the baseline has an entry
 *       with its key, new otherwise; entries whose key no finding has are resolved;
 *   <li>the comparison of revisions ({@code Comparison} in crm-strategy-report): findings of the
 *       two revisions with equal keys are unchanged (several findings with one key are paired, same
 *       message first);
 *   <li>suppressions ({@code Suppression.matches}): the rule id must be equal, the path is matched
 *       against the suppression's pattern instead of compared.
 * </ul>
 *
 * <p>Keys are ordered by rule id, then path.
 *
 * @param ruleId the rule id, for example {@code REAL-003}
 * @param path the element path, for example {@code crmStrategy.goals[CG1]}; the root for the
 *     document
 */
public record FindingKey(String ruleId, ElementPath path) implements Comparable<FindingKey> {
  private static final Comparator<FindingKey> ORDER =
      Comparator.comparing(FindingKey::ruleId).thenComparing(FindingKey::path);

  /** Checks that no component is null. */
  public FindingKey {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(path, "path");
  }

  /** The key of {@code finding}. */
  public static FindingKey of(Finding finding) {
    return new FindingKey(finding.ruleId(), finding.path());
  }

  @Override
  public int compareTo(FindingKey other) {
    return ORDER.compare(this, other);
  }

  /** {@code RULE-ID path}, for example {@code REAL-003 crmStrategy.goals[CG1]}. */
  @Override
  public String toString() {
    return ruleId + " " + path;
  }
}
