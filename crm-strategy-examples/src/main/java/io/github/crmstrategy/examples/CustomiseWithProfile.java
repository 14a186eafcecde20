package io.github.crmstrategy.examples;

import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.profile.RuleProfileException;
import io.github.crmstrategy.samples.Samples;

/**
 * Reviews the reference plan with the example analyst workspace's profile: two tightened
 * thresholds, one rule switched off, one DRL rule and one decision table of Acme's own, one
 * suppression. Run with {@code mvn -pl crm-strategy-examples exec:java
 * -Dexec.mainClass=io.github.crmstrategy.examples.CustomiseWithProfile}.
 */
public final class CustomiseWithProfile {
  /** The class-path resource of the example profile. */
  public static final String PROFILE = Samples.WORKSPACE_PROFILE;

  private CustomiseWithProfile() {}

  /** The review of {@code sample} with the example profile. */
  public static AssessmentReport review(String sample) throws Exception {
    Reviewer reviewer = Reviewer.fromProfileResource(PROFILE);
    return reviewer.assess(BundledSample.load(sample).plan());
  }

  /** Prints the findings of Acme's own rules and the suppressed count. */
  public static void main(String[] args) throws Exception {
    try {
      AssessmentReport report = review(args.length > 0 ? args[0] : Samples.NORTHWIND_TELECOM);
      System.out.printf(
          "%s reviewed with profile %s: %d findings, %d suppressed%n",
          report.organization(),
          report.rulePack(),
          report.findings().size(),
          report.suppressedFindings().size());
      for (Finding f : report.findings()) {
        if (f.ruleId().startsWith("ACME-")) {
          System.out.printf("  [%s] %s: %s%n", f.ruleId(), f.path(), f.message());
        }
      }
    } catch (RuleProfileException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }
}
