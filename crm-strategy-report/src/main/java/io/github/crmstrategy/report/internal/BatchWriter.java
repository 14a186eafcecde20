package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.report.internal.Formatting.code;
import static io.github.crmstrategy.report.internal.Formatting.md;
import static io.github.crmstrategy.text.Numbers.oneDecimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmstrategy.report.PlanOutcome;
import io.github.crmstrategy.report.ReportFormat;
import io.github.crmstrategy.report.ReportTheme;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.RuleDescriptor;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the reports of a batch of plans as they come, so that the memory it needs does not grow
 * with the number of plans: text and JSON entries are written at once, SARIF results as each plan
 * comes (the run's artifacts at the end), Markdown sections to a temporary file behind the summary
 * table that heads them, JUnit test suites and GitHub annotations as each plan comes. Only what the
 * summary needs (a row per plan) and the names of the plans are kept. One plan gives exactly the
 * report of that plan alone (a JSON object, not an array); that first entry is held until a second
 * one arrives.
 *
 * <p>Every outcome is written: an invalid plan with its located problems, a plan cut short with the
 * reason, in every format.
 */
public final class BatchWriter implements Closeable {
  /** Entries a SARIF run holds back while it waits for the rule pack of a reviewed plan. */
  private static final int MAX_HELD = 100;

  private final ReportFormat format;
  private final List<RuleDescriptor> rules;
  private final Optional<Locale> locale;
  private final boolean color;
  private final Writer out;
  private final ReportTheme theme;

  private int count;
  private final List<PlanOutcome> held = new ArrayList<>();
  private boolean streaming;

  /** A row per plan and the plans' languages: the summary table and the batch's own words. */
  private final SummaryTable summary;

  private JsonGenerator json;

  private final Map<String, Integer> ruleIndex;

  /** The run's artifacts by plan name, in order of first appearance (their index). */
  private final Map<String, ObjectNode> artifacts = new LinkedHashMap<>();

  private final Map<String, Integer> artifactIndexes = new java.util.HashMap<>();
  private final List<ObjectNode> notifications = new ArrayList<>();

  private Path spool;
  private Writer spoolWriter;

  /** A batch in {@code format} written to {@code out}, which is not closed. */
  public BatchWriter(ReportFormat format, List<RuleDescriptor> rules, boolean color, Writer out) {
    this(format, rules, color, ReportTheme.defaults(), out, Optional.empty());
  }

  /**
   * A batch in {@code format} written to {@code out}, whose HTML pages come from {@code theme},
   * each plan in {@code locale}'s language, or in its own declared language when empty.
   */
  public BatchWriter(
      ReportFormat format,
      List<RuleDescriptor> rules,
      boolean color,
      ReportTheme theme,
      Writer out,
      Optional<Locale> locale) {
    this.theme = theme;
    this.locale = locale;
    this.format = format;
    this.rules = List.copyOf(rules);
    this.color = color;
    this.out = out;
    this.ruleIndex = format == ReportFormat.SARIF ? SarifReport.ruleIndex(rules) : Map.of();
    this.summary = new SummaryTable(locale);
  }

  /** Writes (or, for the first entry, holds) the report of {@code outcome}. */
  public void add(PlanOutcome given) throws IOException {
    PlanOutcome outcome =
        given instanceof ReviewedPlan p ? ReportTexts.forPlan(locale, p).localize(p) : given;
    count++;
    summary.add(outcome);
    switch (format) {
      case TEXT -> {
        if (count > 1) {
          out.write("\n");
        }
        out.write(text(outcome));
        out.flush();
      }
      case HTML -> {
        if (count > 1) {
          throw new UnsupportedOperationException("HTML renders one plan per page");
        }
        held.add(outcome);
      }
      case JSON -> {
        if (!streaming && count == 1) {
          held.add(outcome);
          return;
        }
        if (!streaming) {
          json = generator();
          json.writeStartArray();
          writeTree(jsonTree(held.remove(0)));
          streaming = true;
        }
        writeTree(jsonTree(outcome));
      }
      case MARKDOWN -> {
        if (!streaming && count == 1) {
          held.add(outcome);
          return;
        }
        if (!streaming) {
          spool = Files.createTempFile("crm-strategy-batch-", ".md");
          spool.toFile().deleteOnExit();
          spoolWriter = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
          spoolWriter.write("\n" + markdown(held.remove(0)));
          streaming = true;
        }
        spoolWriter.write("\n" + markdown(outcome));
      }
      case SARIF -> sarif(outcome);
      case JUNIT -> {
        if (count == 1) {
          out.write(JunitReport.head());
        }
        out.write(JunitReport.suite(outcome, rulesFor(outcome), texts(outcome)));
        out.flush();
      }
      case GITHUB -> {
        out.write(GithubAnnotations.render(outcome, texts(outcome)));
        out.flush();
      }
    }
  }

  /** Finishes the document: the single report, or the end of the array, run or summary. */
  @Override
  public void close() throws IOException {
    try {
      switch (format) {
        case TEXT -> {
          if (count > 1) {
            out.write("\n" + summary.text());
          }
        }
        case HTML -> {
          if (!held.isEmpty()) {
            out.write(html(held.get(0)));
          }
        }
        case JSON -> {
          if (streaming) {
            json.writeEndArray();
            json.flush();
            out.write("\n");
          } else if (held.isEmpty()) {
            out.write(JsonReport.write(JsonReport.MAPPER.createArrayNode()));
          } else {
            out.write(JsonReport.write(jsonTree(held.get(0))));
          }
        }
        case MARKDOWN -> closeMarkdown();
        case SARIF -> closeSarif();
        case JUNIT -> {
          if (count == 0) {
            out.write(JunitReport.head());
          }
          out.write(JunitReport.tail());
        }
        case GITHUB -> {
          // one line per finding, nothing to close
        }
      }
      out.flush();
    } finally {
      if (spoolWriter != null) {
        spoolWriter.close();
      }
      if (spool != null) {
        Files.deleteIfExists(spool);
      }
    }
  }

  // text

  private String text(PlanOutcome outcome) {
    return Outcomes.match(
        outcome,
        p -> {
          ReportTexts t = ReportTexts.forPlan(locale, p);
          return TextReport.render(p, t.localize(rules), color, t);
        },
        p -> Outcomes.text(p, color, texts(p)),
        p -> Outcomes.text(p, color, texts(p)));
  }

  /** The texts of {@code outcome}: the chosen language, else the plan's, else the platform's. */
  private ReportTexts texts(PlanOutcome outcome) {
    return Outcomes.texts(locale, outcome);
  }

  /** The texts of the batch's own words (the summary, the Markdown head). */
  private ReportTexts batchTexts() {
    return summary.texts();
  }

  // JSON

  private ObjectNode jsonTree(PlanOutcome outcome) {
    return Outcomes.match(
        outcome, JsonReport::tree, p -> Outcomes.json(p, texts(p)), Outcomes::json);
  }

  private JsonGenerator generator() throws IOException {
    JsonGenerator g = JsonReport.MAPPER.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  private void writeTree(ObjectNode node) throws IOException {
    JsonReport.MAPPER.writeTree(json, node);
    json.flush();
  }

  // Markdown

  private String markdown(PlanOutcome outcome) {
    return Outcomes.match(
        outcome,
        p -> {
          ReportTexts t = ReportTexts.forPlan(locale, p);
          return MarkdownReport.render(p, t.localize(rules), t);
        },
        p -> Outcomes.markdown(p, texts(p)),
        p -> Outcomes.markdown(p, texts(p)));
  }

  private void closeMarkdown() throws IOException {
    if (!streaming && held.size() == 1) {
      out.write(markdown(held.get(0)));
      return;
    }
    ReportTexts t = batchTexts();
    StringBuilder head = new StringBuilder("# ").append(t.t("md.batchTitle")).append("\n\n");
    head.append(t.t("md.batchTable")).append('\n');
    head.append("|---|---|---:|---|---|---:|---:|---:|\n");
    out.write(head.toString());
    for (SummaryTable.Row r : summary.rows()) {
      StringBuilder line = new StringBuilder("| ").append(code(r.name())).append(" | ");
      if (!r.status().isEmpty()) {
        line.append(r.organization().isEmpty() ? "–" : md(r.organization()))
            .append(" | – | **")
            .append(t.t(r.status()))
            .append("** | – | – | – | – |\n");
      } else {
        line.append(md(r.organization()))
            .append(" | ")
            .append(oneDecimal(r.score()))
            .append(" | ")
            .append(r.level())
            .append(' ')
            .append(md(t.levelName(r.levelName())))
            .append(" | ")
            .append(r.targetLevel())
            .append(' ')
            .append(md(t.levelName(r.targetName())))
            .append(" | ")
            .append(r.errors())
            .append(" | ")
            .append(r.warnings())
            .append(" | ")
            .append(r.infos())
            .append(" |\n");
      }
      out.write(line.toString());
    }
    if (spoolWriter != null) {
      spoolWriter.close();
      spoolWriter = null;
      try (BufferedReader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
        in.transferTo(out);
      }
    }
  }

  // HTML

  private String html(PlanOutcome outcome) {
    return Outcomes.match(
        outcome,
        p ->
            HtmlReport.render(
                p, rulesFor(p), theme, Optional.empty(), ReportTexts.forPlan(locale, p)),
        p -> Outcomes.page(p, texts(p)),
        p -> Outcomes.page(p, texts(p)));
  }

  // SARIF

  /**
   * One SARIF entry: held until the first reviewed plan gives the rule pack for the tool (or the
   * batch has {@link #MAX_HELD} entries, or a second one when the first was reviewed); then the run
   * is opened and every result written as it comes.
   */
  private void sarif(PlanOutcome outcome) throws IOException {
    if (!(outcome instanceof ReviewedPlan)) {
      notifications.add(SarifReport.notification(outcome, texts(outcome)));
    }
    if (!streaming) {
      held.add(outcome);
      boolean reviewed = held.stream().anyMatch(ReviewedPlan.class::isInstance);
      if (held.size() < 2 || (!reviewed && held.size() < MAX_HELD)) {
        return;
      }
      openRun();
      for (PlanOutcome o : held) {
        writeResults(o);
      }
      held.clear();
      return;
    }
    writeResults(outcome);
  }

  private void openRun() throws IOException {
    json = generator();
    json.writeStartObject();
    json.writeStringField("$schema", SarifReport.SCHEMA);
    json.writeStringField("version", "2.1.0");
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    json.writeFieldName("tool");
    JsonReport.MAPPER.writeTree(json, SarifReport.tool(firstReport(), rulesFor(firstOutcome())));
    json.writeArrayFieldStart("results");
    streaming = true;
  }

  /** The rule catalogue in the language of {@code outcome}'s report. */
  private List<RuleDescriptor> rulesFor(PlanOutcome outcome) {
    return outcome instanceof ReviewedPlan p
        ? ReportTexts.forPlan(locale, p).localize(rules)
        : rules;
  }

  /** The first plan of the batch that was reviewed, or null. */
  private PlanOutcome firstOutcome() {
    return held.stream().filter(ReviewedPlan.class::isInstance).findFirst().orElse(null);
  }

  private Optional<AssessmentReport> firstReport() {
    return held.stream()
        .filter(ReviewedPlan.class::isInstance)
        .map(p -> ((ReviewedPlan) p).report())
        .findFirst();
  }

  private int artifactIndex(PlanOutcome outcome) {
    return artifactIndexes.computeIfAbsent(
        outcome.name(),
        n -> {
          artifacts.put(n, SarifReport.artifact(outcome));
          return artifacts.size() - 1;
        });
  }

  private void writeResults(PlanOutcome outcome) throws IOException {
    for (ObjectNode result :
        SarifReport.results(outcome, ruleIndex, artifactIndex(outcome), texts(outcome))) {
      JsonReport.MAPPER.writeTree(json, result);
    }
    json.flush();
  }

  private void closeSarif() throws IOException {
    if (!streaming) {
      // One plan (or several not yet written): the run as one tree, artifacts before results.
      ObjectNode root = JsonReport.MAPPER.createObjectNode();
      root.put("$schema", SarifReport.SCHEMA);
      root.put("version", "2.1.0");
      ObjectNode run = root.putArray("runs").addObject();
      run.set("tool", SarifReport.tool(firstReport(), rulesFor(firstOutcome())));
      List<ObjectNode> results = new ArrayList<>();
      for (PlanOutcome o : held) {
        results.addAll(SarifReport.results(o, ruleIndex, artifactIndex(o), texts(o)));
      }
      ArrayNode artifactArray = run.putArray("artifacts");
      artifactArray.addAll(artifacts.values());
      run.putArray("results").addAll(results);
      invocations(run);
      out.write(JsonReport.write(root));
      return;
    }
    json.writeEndArray(); // results
    json.writeArrayFieldStart("artifacts");
    for (ObjectNode artifact : artifacts.values()) {
      JsonReport.MAPPER.writeTree(json, artifact);
    }
    json.writeEndArray();
    if (!notifications.isEmpty()) {
      ObjectNode holder = JsonReport.MAPPER.createObjectNode();
      invocations(holder);
      json.writeFieldName("invocations");
      JsonReport.MAPPER.writeTree(json, holder.get("invocations"));
    }
    json.writeEndObject(); // run
    json.writeEndArray(); // runs
    json.writeEndObject();
    json.flush();
    out.write("\n");
  }

  /** The run's invocation, unsuccessful, when a plan has no report. */
  private void invocations(ObjectNode run) {
    if (notifications.isEmpty()) {
      return;
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", false);
    ArrayNode list = invocation.putArray("toolExecutionNotifications");
    notifications.forEach(list::add);
  }
}
