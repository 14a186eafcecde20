package io.github.crmstrategy.report.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmstrategy.document.JacksonMappers;
import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.Finding;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON report: {@code formatVersion}, {@code plan}, the assessment report, locations. */
public final class JsonReport {
  /**
   * The report output mapper ({@link JacksonMappers#reportOutput()}): JDK 8 types, pretty-printed,
   * map keys sorted only where the model sorts.
   */
  public static final ObjectMapper MAPPER = JacksonMappers.reportOutput();

  private JsonReport() {}

  /** The report of one plan as a JSON object. */
  public static ObjectNode tree(ReviewedPlan plan) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("formatVersion", ReportRenderer.JSON_FORMAT_VERSION);
    root.put("plan", plan.name());
    ObjectNode report = MAPPER.valueToTree(plan.report());
    ArrayNode findings = (ArrayNode) report.get("findings");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = plan.report().findings().get(i);
      ObjectNode node = (ObjectNode) findings.get(i);
      plan.locate(f.path())
          .ifPresent(
              l -> {
                ObjectNode location = node.putObject("location");
                location.put("uri", l.source());
                location.put("line", l.line());
                location.put("column", l.column());
              });
    }
    root.setAll(report);
    return root;
  }

  /** One plan: an object. */
  public static String render(ReviewedPlan plan) {
    return write(tree(plan));
  }

  /** Several plans: an array of report objects. */
  public static String renderAll(List<ReviewedPlan> plans) {
    ArrayNode array = MAPPER.createArrayNode();
    plans.forEach(p -> array.add(tree(p)));
    return write(array);
  }

  /** Pretty-printed JSON with a final line break. */
  public static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
