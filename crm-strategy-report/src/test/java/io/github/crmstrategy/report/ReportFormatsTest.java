package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.samples.Samples;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON report against its schema, SARIF against the SARIF 2.1.0 schema, HTML structure. */
class ReportFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<String> samples() {
    return Samples.names();
  }

  private static JsonSchema schema(String resource, SpecVersion.VersionFlag version)
      throws Exception {
    try (InputStream in = ReportFormatsTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return JsonSchemaFactory.getInstance(version).getSchema(in);
    }
  }

  private static String render(ReportFormat format, ReviewedPlan plan) {
    return ReportRenderer.of(format).withRules(SampleReports.REVIEWER.rules()).render(plan);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void jsonReportOfEverySampleMatchesTheShippedSchema(String sample) throws Exception {
    JsonSchema schema =
        schema(ReportRenderer.JSON_SCHEMA_RESOURCE, SpecVersion.VersionFlag.V202012);
    JsonNode report = JSON.readTree(render(ReportFormat.JSON, SampleReports.reviewed(sample)));

    Set<ValidationMessage> errors = schema.validate(report);

    assertThat(errors).isEmpty();
    assertThat(report.path("formatVersion").asInt()).isEqualTo(ReportRenderer.JSON_FORMAT_VERSION);
    assertThat(report.path("plan").asText()).isEqualTo(sample + ".yaml");
    // Today and the end of the plan side by side, with the self-assessment, the peers and the
    // document's quality under its own name.
    JsonNode maturity = report.path("maturity");
    // a plan that declares Russian is reported in Russian (energy-retailer-ru)
    boolean russian =
        SampleReports.reviewed(sample)
            .plan()
            .language()
            .filter(l -> l.startsWith("ru"))
            .isPresent();
    for (String scope : List.of("current", "target")) {
      JsonNode profile = maturity.path(scope);
      assertThat(profile.path("level").asInt()).isBetween(1, 5);
      assertThat(profile.path("explanation").asText())
          .startsWith(russian ? "Общий уровень " : "Overall level ");
      assertThat(profile.path("blocks").path("information").path("evidence").isArray()).isTrue();
    }
    assertThat(maturity.path("blocks").path("information").has("selfAssessed")).isTrue();
    assertThat(maturity.path("blocks").path("information").path("peers").isObject()).isTrue();
    assertThat(report.path("documentQuality").path("score").isNumber()).isTrue();
  }

  @Test
  void jsonReportOfSeveralPlansIsAnArrayMatchingTheSchema() throws Exception {
    JsonSchema schema =
        schema(ReportRenderer.JSON_SCHEMA_RESOURCE, SpecVersion.VersionFlag.V202012);
    List<ReviewedPlan> plans = Samples.names().stream().map(SampleReports::reviewed).toList();
    JsonNode reports = JSON.readTree(ReportRenderer.of(ReportFormat.JSON).render(plans));

    assertThat(schema.validate(reports)).isEmpty();
    assertThat(reports.isArray()).isTrue();
    assertThat(reports).hasSize(plans.size());
  }

  @Test
  void schemaRejectsAReportWithoutFormatVersion() throws Exception {
    JsonSchema schema =
        schema(ReportRenderer.JSON_SCHEMA_RESOURCE, SpecVersion.VersionFlag.V202012);
    var report =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            JSON.readTree(
                render(ReportFormat.JSON, SampleReports.reviewed(Samples.NORTHWIND_TELECOM)));
    report.remove("formatVersion");

    assertThat(schema.validate(report)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sarifOfEverySampleMatchesTheSarifSchema(String sample) throws Exception {
    JsonSchema schema = schema("/json/sarif-schema-2.1.0.json", SpecVersion.VersionFlag.V7);
    ReviewedPlan plan = SampleReports.reviewed(sample);
    JsonNode sarif = JSON.readTree(render(ReportFormat.SARIF, plan));

    assertThat(schema.validate(sarif)).isEmpty();
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.path("runs").get(0);
    JsonNode artifactMaturity = run.path("artifacts").get(0).path("properties").path("maturity");
    assertThat(artifactMaturity.path("current").path("level").asInt())
        .isEqualTo(plan.report().maturity().current().level());
    assertThat(artifactMaturity.path("target").path("level").asInt())
        .isEqualTo(plan.report().maturity().target().level());
    assertThat(artifactMaturity.path("blocks").path("vision").has("peers")).isTrue();
    // The catalogue in the plan's own language (the Russian sample declares language: ru).
    List<RuleDescriptor> rules =
        io.github.crmstrategy.report.internal.ReportTexts.forPlan(java.util.Optional.empty(), plan)
            .localize(SampleReports.REVIEWER.rules());
    JsonNode driverRules = run.path("tool").path("driver").path("rules");
    assertThat(driverRules).hasSize(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      JsonNode r = driverRules.get(i);
      assertThat(r.path("id").asText()).isEqualTo(rules.get(i).id());
      assertThat(r.path("fullDescription").path("text").asText())
          .isEqualTo(rules.get(i).rationale());
      assertThat(r.path("help").path("text").asText()).isEqualTo(rules.get(i).remediation());
      assertThat(r.path("defaultConfiguration").path("level").asText())
          .isIn("error", "warning", "note");
    }
    JsonNode results = run.path("results");
    List<Finding> findings = plan.report().findings();
    assertThat(results).hasSize(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      JsonNode result = results.get(i);
      assertThat(result.path("ruleId").asText()).isEqualTo(f.ruleId());
      assertThat(driverRules.get(result.path("ruleIndex").asInt()).path("id").asText())
          .isEqualTo(f.ruleId());
      JsonNode location = result.path("locations").get(0);
      assertThat(location.path("logicalLocations").get(0).path("fullyQualifiedName").asText())
          .isEqualTo(f.path().isRoot() ? "(document)" : f.path().toString());
      JsonNode physical = location.path("physicalLocation");
      assertThat(physical.path("artifactLocation").path("uri").asText())
          .isEqualTo(sample + ".yaml");
      SourceLocation where = plan.locate(f.path()).orElseThrow();
      assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(where.line());
      assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(where.column());
    }
  }

  @Test
  void htmlOfARussianPlanIsInRussianAndItsFiltersStillMatchTheRows() {
    ReviewedPlan plan = SampleReports.reviewed("energy-retailer-ru");
    Document doc = Jsoup.parse(render(ReportFormat.HTML, plan));
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("ru");
    assertThat(doc.title()).isEqualTo("Экспертиза стратегии CRM: ЭнергоСбыт Поволжья");
    assertThat(doc.select("svg#radar > text:not(.tick)").eachText())
        .contains("Клиентский опыт", "Организационное взаимодействие");
    assertThat(doc.select("section#summary .exec p strong").eachText())
        .startsWith("Сегодня.", "Цель плана.", "Приводит ли маршрут к цели?");
    // The filters show Russian names but filter by the constants the rows carry.
    assertThat(doc.select("#f-sev option[value=ERROR]").text()).isEqualTo("ОШИБКА");
    assertThat(doc.select("#f-cat option[value=ALIGNMENT]").text()).isEqualTo("согласованность");
    Set<String> severities = new HashSet<>();
    doc.select("tr.finding").forEach(r -> severities.add(r.attr("data-severity")));
    assertThat(severities).isSubsetOf("ERROR", "WARNING", "INFO").isNotEmpty();
    assertThat(doc.select("#f-sev option[value]").eachAttr("value")).containsAll(severities);
    // Every text a reader reads comes from the Russian labels: no English heading is left.
    assertThat(doc.select("h2").eachText())
        .allSatisfy(h -> assertThat(h).containsPattern("\\p{IsCyrillic}"));
    assertThat(doc.select("th").eachText())
        .allSatisfy(h -> assertThat(h).doesNotContainPattern("^[A-Za-z ]+$"));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void htmlIsSelfContainedWithRadarFilterableFindingsAndResolvingLinks(String sample) {
    ReviewedPlan plan = SampleReports.reviewed(sample);
    Document doc =
        Jsoup.parse(
            ReportRenderer.of(ReportFormat.HTML)
                .withRules(SampleReports.REVIEWER.rules())
                .withLocale(java.util.Locale.ENGLISH)
                .render(plan));

    // Radar: five grid rings, and the series today, at the end of the plan and each peer.
    assertThat(doc.select("svg#radar polygon.grid")).hasSize(5);
    int peers = plan.plan().currentState().map(s -> s.peers().size()).orElse(0);
    assertThat(doc.select("svg#radar polygon.series"))
        .hasSize(2 + peers)
        .allSatisfy(p -> assertThat(p.attr("points").split(" ")).hasSize(8));
    assertThat(doc.select("svg#radar polygon.series.current")).hasSize(1);
    assertThat(doc.select("svg#radar polygon.series.target")).hasSize(1);
    assertThat(doc.select(".legend > span")).hasSize(2 + peers);
    // Every block explains its level.
    assertThat(doc.select("section#criteria details")).hasSize(8);

    // Findings table: one row per finding, with the filter controls.
    assertThat(doc.select("table#findings tr.finding")).hasSize(plan.report().findings().size());
    // Grouped by element: one group per element named, each a filter button.
    long elements = plan.report().findings().stream().map(Finding::path).distinct().count();
    assertThat(doc.select("table#findings tr.group")).hasSize((int) elements);
    assertThat(doc.select("#element-chips button[data-element]")).hasSize((int) elements);
    // Radar axes carry the blocks' names, not their ids.
    assertThat(doc.select("svg#radar > text:not(.tick)").eachText())
        .contains("Customer experience", "Information")
        .doesNotContain("customerExperience");
    // The executive summary: today, the aim, the route and at most three problems.
    assertThat(doc.select("section#summary .exec p strong").eachText())
        .startsWith("Today.", "Where it aims.", "Does the route get there?");
    assertThat(doc.select("#top-problems li").size())
        .isEqualTo(
            Math.min(
                3,
                (int) plan.report().findings().stream().map(Finding::ruleId).distinct().count()));
    // The timeline, with a date row per dated element.
    assertThat(doc.select("section#timeline")).hasSize(1);
    // No empty table header (axe-core: empty-table-header).
    assertThat(doc.select("th")).allSatisfy(th -> assertThat(th.text()).isNotBlank());
    assertThat(doc.select("#f-sev, #f-cat, #f-text")).hasSize(3);
    assertThat(doc.select("section#summary")).hasSize(1);

    // Every in-page link resolves to an anchor; each finding links to its element.
    Set<String> ids = new HashSet<>();
    doc.select("[id]").forEach(e -> assertThat(ids.add(e.id())).as("unique id " + e.id()).isTrue());
    for (Element a : doc.select("a[href]")) {
      assertThat(a.attr("href")).startsWith("#");
      assertThat(ids).contains(a.attr("href").substring(1));
    }
    for (Element group : doc.select("tr.group")) {
      assertThat(group.selectFirst(".loc").text()).startsWith(sample + ".yaml:");
    }

    // Nothing is fetched from elsewhere.
    assertThat(doc.select("[src]")).isEmpty();
    assertThat(doc.select("link")).isEmpty();
    assertThat(doc.select("[href]")).allSatisfy(e -> assertThat(e.attr("href")).startsWith("#"));
    assertThat(doc.html()).doesNotContain("http://", "https://", "@import", "url(");
  }
}
