package io.github.crmstrategy.cli;

import io.github.crmstrategy.model.CorporatePlan;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.Horizon;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.Revision;
import io.github.crmstrategy.model.Roadmap;
import io.github.crmstrategy.text.Languages;
import io.github.crmstrategy.text.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A few lines that say what a plan contains: who, when, and how many of each element. */
public final class PlanSummary {
  private PlanSummary() {}

  /**
   * Prints the summary of {@code plan}, one indented {@code Label: value} line per aspect, in the
   * run's chosen language, else the plan's, else the platform's.
   */
  public static void print(PlanDocument plan, PrintWriter out) {
    Locale lang = Languages.choose(CliTexts.explicit(), plan.language());
    Messages m = Messages.of(CliTexts.MESSAGES, lang, PlanSummary.class.getClassLoader());
    String notGiven = m.get("summary.notGiven");
    Optional<CorporatePlan> corporate = plan.corporatePlan();
    Optional<CrmStrategy> crm = plan.crmStrategy();
    line(out, m, "summary.organisation", plan.organization().name());
    line(out, m, "summary.industry", plan.organization().industry().orElse(notGiven));
    line(out, m, "summary.horizon", plan.horizon().map(PlanSummary::horizon).orElse(notGiven));
    line(out, m, "summary.revision", plan.revision().map(r -> revision(r, m)).orElse(notGiven));
    line(
        out,
        m,
        "summary.corporatePlan",
        corporate
            .map(
                c ->
                    String.join(
                        ", ",
                        m.get("summary.goals", "count", c.goals().size()),
                        m.get("summary.strategies", "count", c.strategies().size()),
                        m.get("summary.tasks", "count", c.tasks().size())))
            .orElse(notGiven));
    line(
        out,
        m,
        "summary.crmStrategy",
        crm.map(
                c ->
                    String.join(
                        ", ",
                        m.get("summary.goals", "count", c.goals().size()),
                        m.get("summary.indicators", "count", crmIndicators(c)),
                        m.get(
                            "summary.relationshipStrategies",
                            "count",
                            c.relationshipStrategies().size()),
                        m.get("summary.tasks", "count", c.tasks().size())))
            .orElse(notGiven));
    line(out, m, "summary.crmConcept", plan.crmConcept().map(c -> concept(c, m)).orElse(notGiven));
    line(
        out,
        m,
        "summary.roadmap",
        plan.roadmap()
            .map(Roadmap::milestones)
            .map(ms -> m.get("summary.milestones", "count", ms.size()))
            .orElse(notGiven));
    line(
        out,
        m,
        "summary.currentState",
        m.get(plan.currentState().isPresent() ? "summary.present" : "summary.missing"));
    out.flush();
  }

  private static int crmIndicators(CrmStrategy crm) {
    return crm.goals().stream().map(CustomerGoal::indicators).mapToInt(List::size).sum();
  }

  private static String concept(CrmConcept concept, Messages m) {
    return String.join(
        ", ",
        m.get("summary.capabilities", "count", concept.capabilities().size()),
        m.get("summary.phases", "count", concept.phases().size()),
        m.get("summary.sections", "count", concept.sections().size()));
  }

  private static String horizon(Horizon h) {
    return h.start().map(Object::toString).orElse("?")
        + " .. "
        + h.end().map(Object::toString).orElse("?");
  }

  private static String revision(Revision r, Messages m) {
    List<String> details = new ArrayList<>();
    r.date().ifPresent(d -> details.add(d.toString()));
    r.author().ifPresent(details::add);
    String number =
        r.number().isPresent()
            ? String.valueOf(r.number().getAsInt())
            : m.get("summary.unnumbered");
    return details.isEmpty() ? number : number + " (" + String.join(", ", details) + ")";
  }

  /** A {@code Label: value} line, the label column as wide as the language's labels need. */
  private static void line(PrintWriter out, Messages m, String key, String value) {
    int width =
        m.keys().stream()
            .filter(k -> k.startsWith("summary.") && Character.isUpperCase(m.get(k).charAt(0)))
            .mapToInt(k -> m.get(k).length() + 1)
            .max()
            .orElse(15);
    out.printf("  %-" + Math.max(15, width) + "s %s%n", m.get(key) + ":", value);
  }
}
