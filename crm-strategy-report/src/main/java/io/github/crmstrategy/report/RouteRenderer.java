package io.github.crmstrategy.report;

import io.github.crmstrategy.report.internal.JsonReport;
import io.github.crmstrategy.rules.RouteDifference;
import io.github.crmstrategy.rules.RoutePhase;
import io.github.crmstrategy.rules.RouteProposal;
import io.github.crmstrategy.rules.RouteStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a draft route ({@link RouteProposal}): as a YAML {@code roadmap:} fragment to paste into
 * the plan in place of its roadmap (one milestone per phase, its level steps and indicator targets
 * as comments), as text, and as JSON ({@code formatVersion}, {@code plan} and the proposal).
 */
public final class RouteRenderer {
  private RouteRenderer() {}

  /**
   * The {@code roadmap:} fragment of {@code route}: comments with the fit and the differences, then
   * one milestone per phase ({@code id}, {@code name}, {@code due}, {@code delivers}). Pasted in
   * place of the plan's {@code roadmap:}, it gives a valid plan.
   */
  public static String yaml(RouteProposal route) {
    StringBuilder out = new StringBuilder();
    out.append("# Draft route for ").append(oneLine(route.organization())).append('\n');
    for (String l : wrapLines(route.fit(), 96)) {
      out.append("# ").append(l).append('\n');
    }
    if (!route.differences().isEmpty()) {
      out.append("# Where the plan's roadmap differs:\n");
      for (RouteDifference d : route.differences()) {
        List<String> lines = wrapLines(d.text(), 92);
        for (int i = 0; i < lines.size(); i++) {
          out.append(i == 0 ? "#   - " : "#     ").append(lines.get(i)).append('\n');
        }
      }
    }
    out.append("roadmap:\n  milestones:\n");
    for (RoutePhase p : route.phases()) {
      List<String> notes = new ArrayList<>();
      if (!p.levelSteps().isEmpty()) {
        notes.add("level steps: " + steps(p.levelSteps()));
      }
      if (!p.indicators().isEmpty()) {
        notes.add("indicator targets due: " + String.join(", ", p.indicators()));
      }
      if (!p.withinHorizon()) {
        notes.add("after the end of the horizon");
      }
      for (String n : notes) {
        for (String l : wrapLines(n, 92)) {
          out.append("    # ").append(l).append('\n');
        }
      }
      out.append("    - id: ").append(quote(p.id())).append('\n');
      out.append("      name: ").append(quote(p.name())).append('\n');
      p.end().ifPresent(d -> out.append("      due: ").append(d).append('\n'));
      out.append("      delivers: [")
          .append(String.join(", ", p.capabilities().stream().map(RouteRenderer::quote).toList()))
          .append("]\n");
    }
    return out.toString();
  }

  /** The route as text: the fit, each phase with its dates and contents, the differences. */
  public static String text(RouteProposal route) {
    StringBuilder out = new StringBuilder();
    out.append("Draft route: ").append(route.organization()).append('\n');
    for (String l : wrapLines(route.fit(), 98)) {
      out.append(l).append('\n');
    }
    for (RoutePhase p : route.phases()) {
      out.append('\n')
          .append(p.id())
          .append("  ")
          .append(p.start().map(Object::toString).orElse("?"))
          .append(" to ")
          .append(p.end().map(Object::toString).orElse("?"))
          .append(p.withinHorizon() ? "" : "  (after the horizon)")
          .append('\n');
      out.append("    ").append(p.name()).append('\n');
      if (!p.capabilities().isEmpty()) {
        out.append("    delivers: ").append(String.join(", ", p.capabilities())).append('\n');
      }
      if (!p.levelSteps().isEmpty()) {
        for (String l : wrapLines("level steps: " + steps(p.levelSteps()), 94)) {
          out.append("    ").append(l).append('\n');
        }
      }
      if (!p.indicators().isEmpty()) {
        out.append("    indicator targets: ")
            .append(String.join(", ", p.indicators()))
            .append('\n');
      }
    }
    if (!route.differences().isEmpty()) {
      out.append("\nWhere the plan's roadmap differs:\n");
      for (RouteDifference d : route.differences()) {
        List<String> lines = wrapLines(d.text(), 94);
        for (int i = 0; i < lines.size(); i++) {
          out.append(i == 0 ? "  - " : "    ").append(lines.get(i)).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** The route as a JSON object: {@code formatVersion}, {@code plan} and the proposal's keys. */
  public static String json(String plan, RouteProposal route) {
    var root = JsonReport.MAPPER.createObjectNode();
    root.put("formatVersion", ReportRenderer.JSON_FORMAT_VERSION);
    root.put("plan", plan);
    root.setAll(
        (com.fasterxml.jackson.databind.node.ObjectNode) JsonReport.MAPPER.valueToTree(route));
    return JsonReport.write(root);
  }

  private static String steps(List<RouteStep> steps) {
    return String.join(", ", steps.stream().map(s -> s.block().id() + " " + s.level()).toList());
  }

  /** A YAML double-quoted scalar. */
  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : oneLine(s).toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "").strip();
  }

  private static List<String> wrapLines(String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : oneLine(text).split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }
}
