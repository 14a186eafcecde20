package host;

import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.report.ReportFormat;
import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.profile.RuleProfile;
import io.github.crmstrategy.rules.profile.RuleSetting;
import io.github.crmstrategy.samples.Samples;
import java.util.List;

/** Reviews a sample plan and renders the report as a host would. */
public final class Host {
  private Host() {}

  /** Reviews the reference plan with the default pack and with an in-memory profile. */
  public static void main(String[] args) throws Exception {
    LoadedPlan loaded =
        PlanDocuments.read(
            Samples.content(Samples.NORTHWIND_TELECOM),
            Samples.source(Samples.NORTHWIND_TELECOM),
            DocumentFormat.YAML);
    Reviewer reviewer = Reviewer.withDefaultRules();
    AssessmentReport report = reviewer.assess(loaded.plan());
    for (Finding finding : report.findings()) {
      System.out.println(finding.ruleId() + " " + finding.path() + " " + finding.message());
    }
    List<RuleDescriptor> rules = reviewer.rules();
    String html =
        ReportRenderer.of(ReportFormat.HTML)
            .withRules(rules)
            .render(ReviewedPlan.of("northwind-telecom.yaml", loaded, report));
    System.out.println(html.length());
    Reviewer tuned =
        Reviewer.fromProfile(
            RuleProfile.builder().name("host").putRule("REAL-003", RuleSetting.disabled()).build());
    System.out.println(tuned.assess(loaded.plan()).findings().size());
  }
}
