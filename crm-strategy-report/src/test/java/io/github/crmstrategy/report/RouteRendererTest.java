package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.Milestone;
import io.github.crmstrategy.model.Roadmap;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RoutePhase;
import io.github.crmstrategy.rules.RouteProposal;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The roadmap fragment pasted into the plan in place of its roadmap gives a valid plan; the HTML
 * page draws every proposed phase beside the plan's own.
 */
class RouteRendererTest {
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  static List<String> samples() {
    return Samples.names();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void pastingTheFragmentGivesAValidPlanWithTheProposedMilestones(String sample) throws Exception {
    String text = Files.readString(SamplePlans.file(sample));
    LoadedPlan original = PlanDocuments.read(text, sample + ".yaml", DocumentFormat.YAML);
    RouteProposal route = REVIEWER.route(original.plan());
    String pasted = withoutTopLevel(text, "roadmap") + "\n" + RouteRenderer.yaml(route);
    LoadedPlan reread = PlanDocuments.read(pasted, sample + ".yaml", DocumentFormat.YAML);
    List<Milestone> milestones = reread.plan().roadmap().map(Roadmap::milestones).orElse(List.of());
    assertThat(milestones)
        .extracting(Milestone::id)
        .containsExactlyElementsOf(route.phases().stream().map(RoutePhase::id).toList());
    for (int i = 0; i < milestones.size(); i++) {
      assertThat(milestones.get(i).delivers()).isEqualTo(route.phases().get(i).capabilities());
      assertThat(milestones.get(i).due()).isEqualTo(route.phases().get(i).end());
    }
    assertThat(RouteRenderer.text(route).lines()).allMatch(l -> l.length() <= 100);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theHtmlPageDrawsEachProposedPhaseAboveThePlansOwnAndListsTheDifferences(String sample)
      throws Exception {
    LoadedPlan plan =
        PlanDocuments.read(
            Files.readString(SamplePlans.file(sample)), sample + ".yaml", DocumentFormat.YAML);
    RouteProposal route = REVIEWER.route(plan.plan());
    String html = RouteRenderer.html(sample, plan.plan(), route, ReportTheme.defaults());

    long dated =
        route.phases().stream().filter(p -> p.start().isPresent() && p.end().isPresent()).count();
    long ownPhases =
        plan.plan().crmConcept().map(CrmConcept::phases).orElse(List.of()).stream()
            .filter(p -> p.start().isPresent() || p.end().isPresent())
            .count();
    assertThat(count(html, "<rect class=\"proposed\"")).isEqualTo(dated);
    assertThat(count(html, "<rect class=\"phase\"")).isEqualTo(dated == 0 ? 0 : ownPhases);
    assertThat(count(html, "<circle class=\"step\""))
        .isEqualTo(
            dated == 0
                ? 0
                : route.phases().stream()
                    .filter(p -> p.start().isPresent() && p.end().isPresent())
                    .mapToLong(p -> p.levelSteps().size())
                    .sum());
    for (RoutePhase p : route.phases()) {
      assertThat(html).contains("<strong>" + p.id() + "</strong>");
    }
    assertThat(count(html, "<li><span class=\"path\">")).isEqualTo(route.differences().size());
    assertThat(html).doesNotContain("http://", "https://");
  }

  private static long count(String text, String needle) {
    long n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theRouteInRussianPastesAsWellAndSaysEveryDifferenceInRussian(String sample)
      throws Exception {
    String text = Files.readString(SamplePlans.file(sample));
    LoadedPlan original = PlanDocuments.read(text, sample + ".yaml", DocumentFormat.YAML);
    RouteProposal route = REVIEWER.route(original.plan());
    java.util.Locale ru = java.util.Locale.forLanguageTag("ru");
    String yaml = RouteRenderer.yaml(route, ru);
    LoadedPlan reread =
        PlanDocuments.read(
            withoutTopLevel(text, "roadmap") + "\n" + yaml, sample + ".yaml", DocumentFormat.YAML);
    assertThat(reread.plan().roadmap().map(Roadmap::milestones).orElse(List.of()))
        .extracting(Milestone::id)
        .containsExactlyElementsOf(route.phases().stream().map(RoutePhase::id).toList());
    String said = RouteRenderer.text(route, ru);
    assertThat(said.lines()).allMatch(l -> l.length() <= 100);
    assertThat(said)
        .startsWith("Черновик маршрута: ")
        .doesNotContain("The route", "The roadmap", "No milestone", "The target of", "level steps")
        .doesNotContain("Benefits", "Level steps", "Consolidation", " to 20");
    assertThat(yaml).startsWith("# Черновик маршрута для ").contains("roadmap:\n  milestones:\n");
  }

  /** {@code yaml} without the top-level key {@code key} and its indented block. */
  private static String withoutTopLevel(String yaml, String key) {
    StringBuilder out = new StringBuilder();
    boolean skipping = false;
    for (String line : yaml.split("\n", -1)) {
      if (line.startsWith(key + ":")) {
        skipping = true;
        continue;
      }
      if (skipping
          && !line.isEmpty()
          && !Character.isWhitespace(line.charAt(0))
          && !line.startsWith("#")) {
        skipping = false;
      }
      if (!skipping) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }
}
