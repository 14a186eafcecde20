package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.model.ElementPath;
import java.util.Comparator;

/**
 * A realism finding as the hand-written floor produces it: what the oracle compares with the Drools
 * findings.
 *
 * @param ruleId REAL-xxx
 * @param path element path
 * @param severity ERROR, WARNING or INFO
 * @param message the message, as the DRL rule words it
 */
public record RealismFinding(String ruleId, ElementPath path, String severity, String message) {
  /** Sort order for comparisons: rule id, path, severity, message. */
  public static final Comparator<RealismFinding> ORDER =
      Comparator.comparing(RealismFinding::ruleId)
          .thenComparing(RealismFinding::path)
          .thenComparing(RealismFinding::severity)
          .thenComparing(RealismFinding::message);
}
