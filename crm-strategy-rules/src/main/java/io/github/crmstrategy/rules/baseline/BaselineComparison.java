package io.github.crmstrategy.rules.baseline;

import io.github.crmstrategy.rules.Finding;
import java.util.List;

/**
 * An assessment compared with a baseline, by rule id and element path ({@link
 * io.github.crmstrategy.rules.FindingKey}).
 *
 * @param newFindings findings the baseline does not accept
 * @param existingFindings findings the baseline accepts
 * @param resolved baseline entries no finding matches any more
 */
public record BaselineComparison(
    List<Finding> newFindings, List<Finding> existingFindings, List<BaselineEntry> resolved) {
  public BaselineComparison {
    newFindings = List.copyOf(newFindings);
    existingFindings = List.copyOf(existingFindings);
    resolved = List.copyOf(resolved);
  }
}
