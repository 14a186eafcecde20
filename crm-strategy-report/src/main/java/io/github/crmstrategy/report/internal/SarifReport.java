package io.github.crmstrategy.report.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockLevels;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.MaturityProfile;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: one run, the rule catalogue as {@code tool.driver.rules}, one result per finding
 * with a logical location (the element path) and, when the plan was read from a document, a
 * physical location (the plan's name as artifact URI, line and column).
 */
public final class SarifReport {
  /** The SARIF schema URI written as {@code $schema}. */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private SarifReport() {}

  /** One run over every plan. */
  public static String render(List<ReviewedPlan> plans, List<RuleDescriptor> rules) {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "crm-strategy");
    if (!plans.isEmpty()) {
      driver.put("version", plans.get(0).report().rulePackVersion());
      driver.putObject("properties").put("rulePack", plans.get(0).report().rulePack());
    }
    ArrayNode ruleArray = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    for (RuleDescriptor rule : rules) {
      index.put(rule.id(), index.size());
      ObjectNode r = ruleArray.addObject();
      r.put("id", rule.id());
      r.put("name", rule.name());
      r.putObject("shortDescription").put("text", rule.title());
      r.putObject("fullDescription").put("text", rule.rationale());
      r.putObject("help").put("text", rule.remediation());
      r.putObject("defaultConfiguration").put("level", level(rule.severity()));
      r.putObject("properties").put("category", rule.category().name());
    }
    ArrayNode artifacts = run.putArray("artifacts");
    Map<String, Integer> artifactIndex = new HashMap<>();
    for (ReviewedPlan plan : plans) {
      if (artifactIndex.putIfAbsent(plan.name(), artifactIndex.size()) == null) {
        ObjectNode artifact = artifacts.addObject();
        artifact.putObject("location").put("uri", plan.name());
        maturity(artifact.putObject("properties"), plan);
      }
    }
    ArrayNode results = run.putArray("results");
    for (ReviewedPlan plan : plans) {
      for (Finding f : plan.report().findings()) {
        ObjectNode result = results.addObject();
        result.put("ruleId", f.ruleId());
        Integer ruleIndex = index.get(f.ruleId());
        if (ruleIndex != null) {
          result.put("ruleIndex", ruleIndex);
        }
        result.put("level", level(f.severity()));
        result.putObject("message").put("text", f.message());
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", plan.name());
        artifact.put("index", artifactIndex.get(plan.name()));
        plan.locate(f.path())
            .ifPresent(
                l -> {
                  ObjectNode region = physical.putObject("region");
                  region.put("startLine", l.line());
                  region.put("startColumn", l.column());
                });
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("fullyQualifiedName", f.path().isRoot() ? "(document)" : f.path().toString());
        logical.put("kind", "element");
        ObjectNode props = result.putObject("properties");
        props.put("category", f.category().name());
        props.put("organization", plan.report().organization());
        if (!f.remediation().isBlank()) {
          props.put("remediation", f.remediation());
        }
      }
    }
    return JsonReport.write(root);
  }

  /**
   * The plan's maturity in the artifact's property bag: today and at the end of the plan, each
   * block's levels side by side with the self-assessment and the peers, and the document's quality.
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
  }

  private static void profile(ObjectNode n, MaturityProfile p) {
    n.put("level", p.level());
    n.put("levelName", p.levelName());
    n.put("score", p.score());
    n.put("explanation", p.explanation());
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
