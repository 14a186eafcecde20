package io.github.crmstrategy.report.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.report.CutShortPlan;
import io.github.crmstrategy.report.InvalidPlan;
import io.github.crmstrategy.report.PlanOutcome;
import io.github.crmstrategy.report.ReportFormat;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockLevels;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.MaturityProfile;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.TopAction;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0: one run, the rule catalogue as {@code tool.driver.rules}, one result per finding
 * with a logical location (the element path) and, when the plan was read from a document, a
 * physical location (the plan's name as artifact URI, line and column). An invalid plan gives one
 * {@code PLAN-INVALID} error result per problem, a plan cut short one {@code ASSESSMENT-CUT-SHORT}
 * error result; both also make the run's invocation unsuccessful, with a notification per plan. The
 * parts are built here; {@link BatchWriter} streams them.
 */
public final class SarifReport {
  /** The SARIF schema URI written as {@code $schema}. */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /**
   * The {@code uriBaseId} of plans named by a relative path: the folder the review ran in, left to
   * the consumer to resolve (GitHub code scanning and the SARIF viewers resolve it to the
   * checkout).
   */
  public static final String SRCROOT = "%SRCROOT%";

  /** Where the tool is described: {@code tool.driver.informationUri}. */
  public static final String INFORMATION_URI = "https://github.com/crmstrategy/crm-strategy";

  private SarifReport() {}

  /**
   * Sets {@code uri} (and {@code uriBaseId}) of an {@code artifactLocation} for the plan named
   * {@code name}: an absolute path as a {@code file:} URI, a relative one as a relative reference
   * (forward slashes, percent-encoded) to {@link #SRCROOT}. SARIF readers reject a relative
   * reference that begins with a slash, which is what a bare absolute path is (SARIF1004).
   */
  static void artifactLocation(ObjectNode location, String name) {
    String uri = uri(name);
    location.put("uri", uri);
    if (!uri.startsWith("file:")) {
      location.put("uriBaseId", SRCROOT);
    }
  }

  /** The SARIF URI of a plan named {@code name}; see {@link #artifactLocation}. */
  static String uri(String name) {
    try {
      Path path = Path.of(name);
      if (path.isAbsolute()) {
        return path.toUri().toASCIIString();
      }
    } catch (InvalidPathException e) {
      // not a file name (a plan given in memory): written as a relative reference below
    }
    String slashed = name.replace('\\', '/');
    int colon = slashed.indexOf(':');
    if (colon >= 0 && (slashed.indexOf('/') < 0 || colon < slashed.indexOf('/'))) {
      slashed = "./" + slashed; // a colon in the first segment would read as a scheme
    }
    try {
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      return slashed;
    }
  }

  /** One run over every plan. */
  public static String render(List<ReviewedPlan> plans, List<RuleDescriptor> rules) {
    StringWriter out = new StringWriter();
    try (BatchWriter batch = new BatchWriter(ReportFormat.SARIF, rules, false, out)) {
      for (ReviewedPlan plan : plans) {
        batch.add(plan);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** {@code tool}: the driver with the rule pack of {@code first} and the rule catalogue. */
  static ObjectNode tool(Optional<AssessmentReport> first, List<RuleDescriptor> rules) {
    ObjectNode tool = JsonReport.MAPPER.createObjectNode();
    ObjectNode driver = tool.putObject("driver");
    driver.put("name", "crm-strategy");
    driver.put("informationUri", INFORMATION_URI);
    first.ifPresent(
        r -> {
          driver.put("version", r.rulePackVersion());
          driver.putObject("properties").put("rulePack", r.rulePack());
        });
    ArrayNode ruleArray = driver.putArray("rules");
    for (RuleDescriptor rule : rules) {
      ObjectNode r = ruleArray.addObject();
      r.put("id", rule.id());
      r.put("name", rule.name());
      r.putObject("shortDescription").put("text", rule.title());
      r.putObject("fullDescription").put("text", rule.rationale());
      r.putObject("help").put("text", rule.remediation());
      ObjectNode configuration = r.putObject("defaultConfiguration");
      configuration.put("level", level(rule.severity()));
      configuration.put("rank", rank(rule.priority()));
      r.putObject("properties").put("category", rule.category().name());
    }
    return tool;
  }

  /** The index of each rule of the catalogue in {@code tool.driver.rules}. */
  static Map<String, Integer> ruleIndex(List<RuleDescriptor> rules) {
    Map<String, Integer> index = new HashMap<>();
    for (RuleDescriptor rule : rules) {
      index.putIfAbsent(rule.id(), index.size());
    }
    return index;
  }

  /**
   * The artifact entry of a plan; a reviewed plan's carries its maturity (see {@link #maturity}).
   */
  static ObjectNode artifact(PlanOutcome outcome) {
    ObjectNode artifact = JsonReport.MAPPER.createObjectNode();
    artifactLocation(artifact.putObject("location"), outcome.name());
    artifact.putArray("roles").add("analysisTarget");
    artifact.put("mimeType", mimeType(outcome.name()));
    if (outcome instanceof ReviewedPlan plan) {
      maturity(artifact.putObject("properties"), plan);
    }
    return artifact;
  }

  /** The results of {@code outcome}, whose artifact is at {@code artifactIndex}. */
  static List<ObjectNode> results(
      PlanOutcome outcome, Map<String, Integer> ruleIndex, int artifactIndex) {
    return results(outcome, ruleIndex, artifactIndex, ReportTexts.ENGLISH);
  }

  /**
   * The results of {@code outcome}, whose artifact is at {@code artifactIndex}; the texts of a plan
   * without a report in the language of {@code t} (a reviewed plan's findings come localised).
   */
  static List<ObjectNode> results(
      PlanOutcome outcome, Map<String, Integer> ruleIndex, int artifactIndex, ReportTexts t) {
    return Outcomes.match(
        outcome,
        plan -> results(plan, ruleIndex, artifactIndex),
        plan -> results(plan, artifactIndex, t),
        plan -> List.of(result(plan, artifactIndex, t)));
  }

  private static List<ObjectNode> results(
      ReviewedPlan plan, Map<String, Integer> ruleIndex, int artifactIndex) {
    List<ObjectNode> results = new ArrayList<>();
    for (Finding f : plan.report().findings()) {
      ObjectNode result = JsonReport.MAPPER.createObjectNode();
      result.put("ruleId", f.ruleId());
      Integer index = ruleIndex.get(f.ruleId());
      if (index != null) {
        result.put("ruleIndex", index);
      }
      result.put("level", level(f.severity()));
      result.putObject("message").put("text", f.message());
      result.put("rank", rank(f.priority()));
      location(result, plan.name(), artifactIndex, plan.locate(f.path()), f.path());
      ObjectNode props = result.putObject("properties");
      props.put("category", f.category().name());
      props.put("priority", f.priority());
      props.put("organization", plan.report().organization());
      if (!f.remediation().isBlank()) {
        props.put("remediation", f.remediation());
      }
      results.add(result);
    }
    return results;
  }

  private static List<ObjectNode> results(InvalidPlan plan, int artifactIndex, ReportTexts t) {
    List<ObjectNode> results = new ArrayList<>();
    for (Problem given : plan.problems()) {
      Problem p = t.problem(given);
      ObjectNode result = JsonReport.MAPPER.createObjectNode();
      result.put("ruleId", Outcomes.INVALID_RULE);
      result.put("level", "error");
      result
          .putObject("message")
          .put("text", t.t("outcome.invalidMessage", "message", p.message()));
      location(result, plan.name(), artifactIndex, plan.locate(p), p.path());
      ObjectNode props = result.putObject("properties");
      props.put("category", "DOCUMENT");
      if (!p.hint().isBlank()) {
        props.put("remediation", p.hint());
      }
      results.add(result);
    }
    return results;
  }

  private static ObjectNode result(CutShortPlan plan, int artifactIndex, ReportTexts t) {
    ObjectNode result = JsonReport.MAPPER.createObjectNode();
    result.put("ruleId", Outcomes.CUT_SHORT_RULE);
    result.put("level", "error");
    result
        .putObject("message")
        .put(
            "text",
            t.t(
                "outcome.cutShortMessage",
                "reason",
                Outcomes.reason(plan.failure(), t),
                "message",
                plan.failure().getMessage()));
    location(
        result,
        plan.name(),
        artifactIndex,
        plan.location(),
        plan.failure().path().orElse(ElementPath.root()));
    ObjectNode props = result.putObject("properties");
    props.put("category", "ASSESSMENT");
    props.put("organization", plan.organization());
    props.put("reason", plan.failure().reason().name());
    return result;
  }

  /** The notification of the run's invocation for a plan that has no report. */
  static ObjectNode notification(PlanOutcome outcome) {
    return notification(outcome, ReportTexts.ENGLISH);
  }

  /** The notification of a plan that has no report, in the language of {@code t}. */
  static ObjectNode notification(PlanOutcome outcome, ReportTexts t) {
    ObjectNode n = JsonReport.MAPPER.createObjectNode();
    n.put("level", "error");
    String text =
        Outcomes.match(
            outcome,
            ReviewedPlan::name,
            p ->
                t.t(
                    "outcome.invalidNotification",
                    "name",
                    p.name(),
                    "status",
                    t.t("outcome.invalid"),
                    "problems",
                    Outcomes.problems(p.problems().size(), t)),
            p ->
                t.t(
                    "outcome.cutShortNotification",
                    "name",
                    p.name(),
                    "message",
                    p.failure().getMessage()));
    n.putObject("message").put("text", text);
    artifactLocation(
        n.putArray("locations")
            .addObject()
            .putObject("physicalLocation")
            .putObject("artifactLocation"),
        outcome.name());
    return n;
  }

  private static void location(
      ObjectNode result,
      String name,
      int artifactIndex,
      Optional<SourceLocation> where,
      ElementPath path) {
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifactLocation(artifact, name);
    artifact.put("index", artifactIndex);
    where.ifPresent(
        l -> {
          ObjectNode region = physical.putObject("region");
          region.put("startLine", l.line());
          region.put("startColumn", l.column());
        });
    ObjectNode logical = location.putArray("logicalLocations").addObject();
    logical.put("fullyQualifiedName", path.isRoot() ? "(document)" : path.toString());
    logical.put("kind", "element");
  }

  /**
   * The plan's maturity in the artifact's property bag: today and at the end of the plan, each
   * block's levels side by side with the self-assessment and the peers, the document's quality, and
   * the top next actions.
   */
  static void maturity(ObjectNode props, ReviewedPlan plan) {
    AssessmentReport r = plan.report();
    props.put("organization", r.organization());
    ObjectNode m = props.putObject("maturity");
    profile(m.putObject("current"), r.maturity().current());
    profile(m.putObject("target"), r.maturity().target());
    ObjectNode blocks = m.putObject("blocks");
    for (BlockLevels l : Formatting.levels(r)) {
      ObjectNode b = blocks.putObject(l.block().id());
      b.put("current", l.current());
      b.put("target", l.target());
      if (l.selfAssessed().isPresent()) {
        b.put("selfAssessed", l.selfAssessed().getAsInt());
      } else {
        b.putNull("selfAssessed");
      }
      ObjectNode peers = b.putObject("peers");
      l.peers().forEach(peers::put);
    }
    props.put("documentQuality", r.documentQuality().score());
    ArrayNode actions = props.putArray("nextActions");
    for (TopAction a : r.nextActions().top()) {
      ObjectNode n = actions.addObject();
      n.put("rank", a.rank());
      n.put("title", a.title());
      n.put("worth", a.worth());
      ArrayNode elements = n.putArray("elements");
      a.elements().forEach(e -> elements.add(e.toString()));
      ArrayNode resolves = n.putArray("resolves");
      a.resolves().forEach(k -> resolves.add(k.toString()));
    }
  }

  private static void profile(ObjectNode n, MaturityProfile p) {
    n.put("level", p.level());
    n.put("levelName", p.levelName());
    n.put("score", p.score());
    n.put("explanation", p.explanation());
  }

  /** The media type of a plan document by its name: JSON, else YAML. */
  private static String mimeType(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
        ? "application/json"
        : "application/yaml";
  }

  /**
   * The SARIF rank of a priority: 100 for priority 1 (act on it first) down to 20 for priority 5,
   * so that tools that sort by rank show the most important findings first.
   */
  public static double rank(int priority) {
    return 100 - 20.0 * (priority - 1);
  }

  /** The SARIF level of a severity: error, warning, note. */
  public static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
