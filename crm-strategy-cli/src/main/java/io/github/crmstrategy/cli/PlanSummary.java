package io.github.crmstrategy.cli;

import io.github.crmstrategy.model.CorporatePlan;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.Horizon;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.Revision;
import io.github.crmstrategy.model.Roadmap;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A few lines that say what a plan contains: who, when, and how many of each element. */
public final class PlanSummary {
  private static final String NOT_GIVEN = "not given";

  private PlanSummary() {}

  /** Prints the summary of {@code plan}, one indented {@code Label: value} line per aspect. */
  public static void print(PlanDocument plan, PrintWriter out) {
    Optional<CorporatePlan> corporate = plan.corporatePlan();
    Optional<CrmStrategy> crm = plan.crmStrategy();
    line(out, "Organisation", plan.organization().name());
    line(out, "Industry", plan.organization().industry().orElse(NOT_GIVEN));
    line(out, "Horizon", plan.horizon().map(PlanSummary::horizon).orElse(NOT_GIVEN));
    line(out, "Revision", plan.revision().map(PlanSummary::revision).orElse(NOT_GIVEN));
    line(
        out,
        "Corporate plan",
        corporate
            .map(
                c ->
                    String.join(
                        ", ",
                        count(c.goals().size(), "goal"),
                        count(c.strategies().size(), "strategy", "strategies"),
                        count(c.tasks().size(), "task")))
            .orElse(NOT_GIVEN));
    line(
        out,
        "CRM strategy",
        crm.map(
                c ->
                    String.join(
                        ", ",
                        count(c.goals().size(), "goal"),
                        count(crmIndicators(c), "indicator"),
                        count(
                            c.relationshipStrategies().size(),
                            "relationship strategy",
                            "relationship strategies"),
                        count(c.tasks().size(), "task")))
            .orElse(NOT_GIVEN));
    line(out, "CRM concept", plan.crmConcept().map(PlanSummary::concept).orElse(NOT_GIVEN));
    line(
        out,
        "Roadmap",
        plan.roadmap()
            .map(Roadmap::milestones)
            .map(m -> count(m.size(), "milestone"))
            .orElse(NOT_GIVEN));
    line(out, "Current state", plan.currentState().isPresent() ? "present" : "missing");
    out.flush();
  }

  private static int crmIndicators(CrmStrategy crm) {
    return crm.goals().stream().map(CustomerGoal::indicators).mapToInt(List::size).sum();
  }

  private static String concept(CrmConcept concept) {
    return String.join(
        ", ",
        count(concept.capabilities().size(), "capability", "capabilities"),
        count(concept.phases().size(), "phase"),
        count(concept.sections().size(), "section"));
  }

  private static String horizon(Horizon h) {
    return h.start().map(Object::toString).orElse("?")
        + " .. "
        + h.end().map(Object::toString).orElse("?");
  }

  private static String revision(Revision r) {
    List<String> details = new ArrayList<>();
    r.date().ifPresent(d -> details.add(d.toString()));
    r.author().ifPresent(details::add);
    String number = r.number().isPresent() ? String.valueOf(r.number().getAsInt()) : "unnumbered";
    return details.isEmpty() ? number : number + " (" + String.join(", ", details) + ")";
  }

  private static String count(int n, String singular) {
    return count(n, singular, singular + "s");
  }

  private static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  private static void line(PrintWriter out, String label, String value) {
    out.printf("  %-15s %s%n", label + ":", value);
  }
}
