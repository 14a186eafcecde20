package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.rules.RuleExecutionException;
import io.github.crmstrategy.rules.RuleExecutionException.Reason;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A batch names every plan, in every format: the reviewed ones with their reports, an invalid one
 * with its located problems, one cut short with the reason; one plan alone gives exactly its own
 * report, so that the golden files are those of the single reports.
 */
class BatchReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static InvalidPlan invalid() {
    String broken =
        "formatVersion: 1\norganization:\n  colour: x\ncorporatePlan:\n  goals: [{id: G1, perspective: custmer}]\n";
    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () -> PlanDocuments.read(broken, "/tmp/somewhere/broken.yaml", DocumentFormat.YAML));
    return InvalidPlan.of("plans/broken.yaml", e);
  }

  private static CutShortPlan cutShort() throws Exception {
    LoadedPlan loaded = SamplePlans.load(Samples.TRAVEL_COMPANY);
    RuleExecutionException e =
        new RuleExecutionException(
            Reason.TIME_BUDGET,
            "Rule \"Spins\" (ACME-102) was still running when the time budget of 30 s ran out",
            "Spins",
            "ACME-102",
            ElementPath.parse("crmStrategy.goals[CG1]"),
            null);
    return CutShortPlan.of("plans/looping.yaml", loaded, e);
  }

  static List<PlanOutcome> batch() throws Exception {
    return List.of(
        SampleReports.reviewed(Samples.NORTHWIND_TELECOM),
        invalid(),
        cutShort(),
        SampleReports.reviewed(Samples.WEAK_PLAN));
  }

  static String write(ReportFormat format, List<PlanOutcome> outcomes) throws Exception {
    StringWriter out = new StringWriter();
    try (ReportBatch batch =
        ReportRenderer.of(format).withRules(SampleReports.REVIEWER.rules()).batch(out)) {
      for (PlanOutcome o : outcomes) {
        batch.add(o);
      }
    }
    return out.toString();
  }

  private static JsonSchema schema(String resource, SpecVersion.VersionFlag version)
      throws Exception {
    try (InputStream in = BatchReportsTest.class.getResourceAsStream(resource)) {
      return JsonSchemaFactory.getInstance(version).getSchema(in);
    }
  }

  @Test
  void jsonNamesEveryPlanWithTheProblemsOrTheReasonAndMatchesTheSchema() throws Exception {
    JsonNode entries = JSON.readTree(write(ReportFormat.JSON, batch()));

    assertThat(
            schema(ReportRenderer.JSON_SCHEMA_RESOURCE, SpecVersion.VersionFlag.V202012)
                .validate(entries))
        .isEmpty();
    assertThat(entries).hasSize(4);
    assertThat(entries.findValuesAsText("plan"))
        .containsExactly(
            "northwind-telecom.yaml", "plans/broken.yaml", "plans/looping.yaml", "weak-plan.yaml");
    JsonNode invalid = entries.get(1);
    assertThat(invalid.path("status").asText()).isEqualTo("invalid");
    assertThat(invalid.path("problems").findValuesAsText("message"))
        .containsExactly(
            "missing required key 'name' of an organization",
            "unknown key 'colour'",
            "'custmer' is not a valid perspective; did you mean 'customer'?");
    assertThat(invalid.path("problems").get(1).path("location").toString())
        .isEqualTo("{\"uri\":\"plans/broken.yaml\",\"line\":3,\"column\":3}");
    JsonNode cut = entries.get(2).path("cutShort");
    assertThat(entries.get(2).path("status").asText()).isEqualTo("cutShort");
    assertThat(cut.path("reason").asText()).isEqualTo("TIME_BUDGET");
    assertThat(cut.path("ruleId").asText()).isEqualTo("ACME-102");
    assertThat(cut.path("location").path("uri").asText()).isEqualTo("plans/looping.yaml");
    assertThat(entries.get(3).path("findings").size()).isPositive();
  }

  @Test
  void sarifReportsTheProblemsAsErrorsAtTheirLineAndTheRunAsIncomplete() throws Exception {
    JsonNode sarif = JSON.readTree(write(ReportFormat.SARIF, batch()));

    assertThat(schema("/json/sarif-schema-2.1.0.json", SpecVersion.VersionFlag.V7).validate(sarif))
        .isEmpty();
    JsonNode run = sarif.path("runs").get(0);
    assertThat(run.path("artifacts").findValuesAsText("uri"))
        .containsExactly(
            "northwind-telecom.yaml", "plans/broken.yaml", "plans/looping.yaml", "weak-plan.yaml");
    List<JsonNode> invalid = new ArrayList<>();
    run.path("results")
        .forEach(
            r -> {
              if (r.path("ruleId").asText().equals("PLAN-INVALID")) {
                invalid.add(r);
              }
            });
    assertThat(invalid).hasSize(3);
    JsonNode first = invalid.get(1).path("locations").get(0).path("physicalLocation");
    assertThat(first.path("artifactLocation").path("uri").asText()).isEqualTo("plans/broken.yaml");
    assertThat(first.path("region").path("startLine").asInt()).isEqualTo(3);
    assertThat(invalid.get(1).path("level").asText()).isEqualTo("error");
    assertThat(run.path("results").findValuesAsText("ruleId")).contains("ASSESSMENT-CUT-SHORT");
    assertThat(run.path("tool").path("driver").path("version").asText()).isNotEmpty();
    JsonNode invocation = run.path("invocations").get(0);
    assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.path("toolExecutionNotifications")).hasSize(2);
  }

  @Test
  void markdownAndTextNameEveryPlanInTheSummaryAndGiveEachItsSection() throws Exception {
    String md = write(ReportFormat.MARKDOWN, batch());
    String text = write(ReportFormat.TEXT, batch());

    assertThat(md)
        .startsWith("# CRM strategy reviews\n")
        .contains("| `plans/broken.yaml` | – | – | **INVALID** | – | – | – |")
        .contains("| `plans/looping.yaml` | Meridian Travel | – | **CUT SHORT** | – | – | – |")
        .contains("## Invalid plan: `plans/broken.yaml`")
        .contains("| 3:3 | `organization.colour` | unknown key 'colour' |")
        .contains("## Assessment cut short: Meridian Travel")
        .contains("| Rule | Spins (ACME-102) |");
    assertThat(md.indexOf("## CRM strategy review: Northwind Telecom"))
        .isLessThan(md.indexOf("## Invalid plan"));
    String summary = text.substring(text.lastIndexOf("Summary\n"));
    assertThat(summary.lines().skip(2))
        .hasSize(4)
        .anySatisfy(l -> assertThat(l).contains("plans/broken.yaml").contains("INVALID"))
        .anySatisfy(l -> assertThat(l).contains("plans/looping.yaml").contains("CUT SHORT"));
    assertThat(text)
        .contains("plans/broken.yaml\nINVALID, 3 problems (not assessed)\n")
        .contains("  plans/broken.yaml:3:3: organization.colour: unknown key 'colour'")
        .contains("CUT SHORT (time budget): Rule \"Spins\" (ACME-102) was still running");
  }

  static String write(ReportFormat format, List<PlanOutcome> outcomes, String lang)
      throws Exception {
    StringWriter out = new StringWriter();
    try (ReportBatch batch =
        ReportRenderer.of(format)
            .withRules(SampleReports.REVIEWER.rules())
            .withLocale(java.util.Locale.forLanguageTag(lang))
            .batch(out)) {
      for (PlanOutcome o : outcomes) {
        batch.add(o);
      }
    }
    return out.toString();
  }

  /**
   * A host that writes one page per plan (the command line's folder of HTML pages) gets the very
   * table a text batch ends with, in the renderer's language.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "ru"})
  void theSummaryOfPagesIsTheTableATextBatchEndsWith(String lang) throws Exception {
    List<PlanOutcome> outcomes = batch();
    BatchSummary summary =
        ReportRenderer.of(ReportFormat.HTML)
            .withLocale(java.util.Locale.forLanguageTag(lang))
            .summary();
    outcomes.forEach(summary::add);
    String text = write(ReportFormat.TEXT, outcomes, lang);
    String heading = lang.equals("en") ? "Summary\n" : "Сводка\n";
    assertThat(summary.text())
        .startsWith(heading)
        .isEqualTo(text.substring(text.lastIndexOf(heading)));
    assertThat(summary.text().lines().skip(2)).hasSize(outcomes.size());
  }

  @Test
  void aBatchInRussianSaysItsOwnWordsAndThoseOfPlansWithoutAReportInRussian() throws Exception {
    String md = write(ReportFormat.MARKDOWN, batch(), "ru");
    assertThat(md)
        .startsWith("# Экспертиза стратегий CRM\n")
        .contains("| План | Организация | Зрелость сегодня |")
        .contains("| `plans/broken.yaml` | – | – | **НЕКОРРЕКТНЫЙ ДОКУМЕНТ** | – | – | – |")
        .contains("| `plans/looping.yaml` | Meridian Travel | – | **ОЦЕНКА ПРЕРВАНА** |")
        .contains("## Некорректный документ плана: `plans/broken.yaml`")
        .contains("| Строка | Элемент | Проблема | Как исправить |")
        .contains("| 3:3 | `organization.colour` | неизвестный ключ 'colour' |")
        .contains("## Оценка прервана: Meridian Travel")
        .contains("| Правило | Spins (ACME-102) |")
        .contains("## Экспертиза стратегии CRM: Northwind Telecom");
    String text = write(ReportFormat.TEXT, batch(), "ru");
    String summary = text.substring(text.lastIndexOf("Сводка\n"));
    assertThat(summary.lines().skip(1).findFirst().orElseThrow())
        .contains("План", "Зрелость", "Уровень сегодня", "Конец плана", "Ошибки");
    assertThat(summary.lines().skip(2))
        .hasSize(4)
        .anySatisfy(l -> assertThat(l).contains("plans/broken.yaml", "НЕКОРРЕКТНЫЙ ДОКУМЕНТ"))
        .anySatisfy(l -> assertThat(l).contains("plans/looping.yaml", "ОЦЕНКА ПРЕРВАНА"))
        .anySatisfy(l -> assertThat(l).contains("Управляемый"));
    assertThat(text)
        .contains("plans/broken.yaml\nНЕКОРРЕКТНЫЙ ДОКУМЕНТ, 3 проблемы (план не оценивался)\n")
        .contains(
            "  plans/broken.yaml:3:3: organization.colour: неизвестный ключ 'colour' (как"
                + " исправить: ")
        .contains("ОЦЕНКА ПРЕРВАНА (превышен лимит времени): Rule \"Spins\"")
        .contains("Замечания не приводятся: они были бы неполными.");
    JsonNode sarif = JSON.readTree(write(ReportFormat.SARIF, batch(), "ru"));
    JsonNode run = sarif.path("runs").get(0);
    assertThat(run.path("invocations").get(0).path("toolExecutionNotifications").toString())
        .contains("НЕКОРРЕКТНЫЙ ДОКУМЕНТ, 3 проблемы", "оценка прервана");
    assertThat(run.path("results").toString())
        .contains("Документ плана некорректен, план не оценивался: ")
        .contains("Оценка прервана (превышен лимит времени)");
    String junit = write(ReportFormat.JUNIT, batch(), "ru");
    assertThat(junit)
        .contains("PLAN-INVALID документ плана некорректен, план не оценивался")
        .contains("Что сделать: ")
        .contains("value=\"2 Управляемый, ");
    assertThat(write(ReportFormat.GITHUB, batch(), "ru"))
        .contains("Документ плана некорректен, план не оценивался: ");
    // The page of a plan without a report says so in the language.
    assertThat(write(ReportFormat.HTML, List.of(invalid()), "ru"))
        .contains("<html lang=\"ru\">", "<h1>Некорректный документ плана</h1>");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void aBatchOfOnePlanIsThatPlansOwnReport(ReportFormat format) throws Exception {
    ReportRenderer renderer = ReportRenderer.of(format).withRules(SampleReports.REVIEWER.rules());
    for (String sample : Samples.names()) {
      ReviewedPlan plan = SampleReports.reviewed(sample);
      assertThat(write(format, List.of(plan))).isEqualTo(renderer.render(plan));
    }
    assertThat(write(format, List.of(invalid()))).isEqualTo(renderer.render(invalid()));
  }

  @Test
  void severalReviewedPlansRenderAsBefore() throws Exception {
    List<ReviewedPlan> plans = Samples.names().stream().map(SampleReports::reviewed).toList();
    var array = JSON.createArrayNode();
    for (ReviewedPlan p : plans) {
      array.add(JSON.readTree(ReportRenderer.of(ReportFormat.JSON).render(p)));
    }
    assertThat(JSON.readTree(ReportRenderer.of(ReportFormat.JSON).render(plans))).isEqualTo(array);
    String md = ReportRenderer.of(ReportFormat.MARKDOWN).render(plans);
    for (ReviewedPlan p : plans) {
      assertThat(md).contains("\n" + ReportRenderer.of(ReportFormat.MARKDOWN).render(p));
    }
  }

  @Test
  void jsonEntriesAreWrittenAsTheyComeNotAtTheEnd() throws Exception {
    StringWriter out = new StringWriter();
    ReportBatch batch = ReportRenderer.of(ReportFormat.JSON).batch(out);
    batch.add(SampleReports.reviewed(Samples.NORTHWIND_TELECOM));
    assertThat(out.toString()).as("one plan is held: it may be the only one").isEmpty();
    batch.add(SampleReports.reviewed(Samples.WEAK_PLAN));
    assertThat(out.toString()).startsWith("[ {").contains("Harbor Street Outfitters");
    batch.close();
    assertThat(JSON.readTree(out.toString())).hasSize(2);
  }
}
