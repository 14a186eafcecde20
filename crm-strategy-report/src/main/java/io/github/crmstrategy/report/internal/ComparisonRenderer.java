package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.report.internal.Formatting.code;
import static io.github.crmstrategy.report.internal.Formatting.md;
import static io.github.crmstrategy.text.Numbers.oneDecimal;
import static io.github.crmstrategy.text.Numbers.signedOneDecimal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmstrategy.report.Comparison;
import io.github.crmstrategy.report.Comparison.MaturityChange;
import io.github.crmstrategy.report.Comparison.TargetChange;
import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.report.ReportTheme;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.text.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Renders a {@link Comparison} as text, JSON, Markdown or HTML (the theme's {@code comparison}
 * template).
 */
public final class ComparisonRenderer {
  private ComparisonRenderer() {}

  private static List<MaturityChange> rows(Comparison c) {
    List<MaturityChange> rows = new ArrayList<>(c.blocks());
    rows.add(c.overall());
    return rows;
  }

  static String value(OptionalDouble v) {
    return v.isPresent() ? Numbers.wholeOrDecimal(v.getAsDouble()) : "-";
  }

  static String due(Optional<?> d) {
    return d.map(Object::toString).orElse("-");
  }

  /** Text for a terminal. */
  public static String text(Comparison c, boolean color) {
    TextReport.Style style = new TextReport.Style(color);
    StringBuilder out = new StringBuilder();
    out.append(style.bold("Comparing " + c.older().name() + " -> " + c.newer().name()))
        .append('\n');
    TextReport.line(out, "Organisation:   %s", c.newer().report().organization());
    for (String w : c.warnings()) {
      TextReport.line(out, "Warning:        %s", w);
    }
    out.append('\n');
    TextReport.line(
        out,
        "Document:       quality %s -> %s (%s); this is not maturity",
        oneDecimal(c.documentQuality().oldScore()),
        oneDecimal(c.documentQuality().newScore()),
        signedOneDecimal(c.documentQuality().scoreDelta()));
    out.append('\n');
    TextReport.line(out, "Maturity today (score, level) and at the end of the plan (level):");
    TextReport.line(
        out,
        "  %-20s %7s %7s %7s  %5s %5s  %5s %5s",
        "Building block",
        "Old",
        "New",
        "Change",
        "Old L",
        "New L",
        "Old T",
        "New T");
    for (MaturityChange m : rows(c)) {
      String d = signedOneDecimal(m.scoreDelta());
      String shown = m.scoreDelta() == 0 ? d : style.good(d, m.scoreDelta() > 0);
      TextReport.line(
          out,
          "  %-20s %7s %7s %s  %5d %5d  %5d %5d",
          m.label(),
          oneDecimal(m.oldScore()),
          oneDecimal(m.newScore()),
          pad(shown, d, 7),
          m.oldLevel(),
          m.newLevel(),
          m.oldTargetLevel(),
          m.newTargetLevel());
    }
    section(out, style, "Resolved findings", c.resolved());
    section(out, style, "New findings", c.introduced());
    out.append('\n');
    TextReport.line(out, "Unchanged findings: %d", c.unchanged().size());
    out.append('\n')
        .append(style.bold("Moved targets (" + c.movedTargets().size() + ")"))
        .append('\n');
    for (TargetChange t : c.movedTargets()) {
      TextReport.line(
          out,
          "  %s: %s due %s -> %s due %s",
          t.path(),
          value(t.oldValue()),
          due(t.oldDue()),
          value(t.newValue()),
          due(t.newDue()));
    }
    return Formatting.wrap(out.toString(), TextReport.WIDTH);
  }

  private static String pad(String shown, String plain, int width) {
    return " ".repeat(Math.max(0, width - plain.length())) + shown;
  }

  private static void section(
      StringBuilder out, TextReport.Style style, String title, List<Finding> findings) {
    out.append('\n').append(style.bold(title + " (" + findings.size() + ")")).append('\n');
    findingLines(out, style, "  ", findings);
  }

  /** One line per finding, {@code indent} first: severity, rule, element, message. */
  static void findingLines(
      StringBuilder out, TextReport.Style style, String indent, List<Finding> findings) {
    for (Finding f : findings) {
      TextReport.line(
          out,
          "%s%s [%s] %s: %s",
          indent,
          style.severity(f.severity(), f.severity().name()),
          f.ruleId(),
          Formatting.shownPath(f.path().toString()),
          f.message());
    }
  }

  /** JSON, {@code formatVersion} 2. */
  public static String json(Comparison c) {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("formatVersion", ReportRenderer.JSON_FORMAT_VERSION);
    root.put("kind", "comparison");
    root.set("older", planNode(c.older()));
    root.set("newer", planNode(c.newer()));
    if (!c.warnings().isEmpty()) {
      c.warnings().forEach(root.putArray("warnings")::add);
    }
    ObjectNode quality = root.putObject("documentQuality");
    quality.put("oldScore", c.documentQuality().oldScore());
    quality.put("newScore", c.documentQuality().newScore());
    quality.put("scoreDelta", c.documentQuality().scoreDelta());
    ObjectNode maturity = root.putObject("maturity");
    for (MaturityChange m : rows(c)) {
      ObjectNode n = maturity.putObject(m.label());
      n.put("oldScore", m.oldScore());
      n.put("newScore", m.newScore());
      n.put("scoreDelta", m.scoreDelta());
      n.put("oldLevel", m.oldLevel());
      n.put("newLevel", m.newLevel());
      n.put("oldTargetLevel", m.oldTargetLevel());
      n.put("newTargetLevel", m.newTargetLevel());
    }
    root.set("resolved", JsonReport.MAPPER.valueToTree(c.resolved()));
    root.set("new", JsonReport.MAPPER.valueToTree(c.introduced()));
    root.set("unchanged", JsonReport.MAPPER.valueToTree(c.unchanged()));
    ArrayNode moved = root.putArray("movedTargets");
    for (TargetChange t : c.movedTargets()) {
      ObjectNode n = moved.addObject();
      n.put("path", t.path().toString());
      putValue(n, "oldValue", t.oldValue());
      putValue(n, "newValue", t.newValue());
      n.put("oldDue", t.oldDue().map(Object::toString).orElse(null));
      n.put("newDue", t.newDue().map(Object::toString).orElse(null));
    }
    return JsonReport.write(root);
  }

  /** {@code key}: the value, or null when there is none. */
  static void putValue(ObjectNode n, String key, OptionalDouble v) {
    if (v.isPresent()) {
      n.put(key, v.getAsDouble());
    } else {
      n.putNull(key);
    }
  }

  private static ObjectNode planNode(ReviewedPlan p) {
    ObjectNode n = JsonReport.MAPPER.createObjectNode();
    n.put("plan", p.name());
    n.put("organization", p.report().organization());
    p.plan()
        .revision()
        .flatMap(
            r -> r.number().isPresent() ? Optional.of(r.number().getAsInt()) : Optional.empty())
        .ifPresent(v -> n.put("revision", v));
    p.plan().revision().flatMap(r -> r.date()).ifPresent(d -> n.put("revisionDate", d.toString()));
    return n;
  }

  /** Markdown for pull requests. */
  public static String markdown(Comparison c) {
    StringBuilder out = new StringBuilder();
    out.append("## CRM strategy revisions: ")
        .append(md(c.newer().report().organization()))
        .append("\n\n");
    for (String w : c.warnings()) {
      out.append("> **Warning:** ").append(md(w)).append("\n\n");
    }
    out.append(code(c.older().name()))
        .append(" → ")
        .append(code(c.newer().name()))
        .append(": ")
        .append(c.resolved().size())
        .append(" resolved, ")
        .append(c.introduced().size())
        .append(" new, ")
        .append(c.unchanged().size())
        .append(" unchanged findings; ")
        .append(c.movedTargets().size())
        .append(" moved targets.\n\nDocument quality (not maturity): ")
        .append(oneDecimal(c.documentQuality().oldScore()))
        .append(" → ")
        .append(oneDecimal(c.documentQuality().newScore()))
        .append(" (")
        .append(signedOneDecimal(c.documentQuality().scoreDelta()))
        .append(").\n\n### Maturity\n\n");
    out.append(
        "Today's score and level, and the level at the end of each revision's plan.\n\n"
            + "| Building block | Old | New | Change | Old level | New level | Old target | New target |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (MaturityChange m : rows(c)) {
      out.append("| ")
          .append(m.block().isPresent() ? m.label() : "**overall**")
          .append(" | ")
          .append(oneDecimal(m.oldScore()))
          .append(" | ")
          .append(oneDecimal(m.newScore()))
          .append(" | ")
          .append(signedOneDecimal(m.scoreDelta()))
          .append(" | ")
          .append(m.oldLevel())
          .append(" | ")
          .append(m.newLevel())
          .append(" | ")
          .append(m.oldTargetLevel())
          .append(" | ")
          .append(m.newTargetLevel())
          .append(" |\n");
    }
    mdFindings(out, "Resolved findings", c.resolved());
    mdFindings(out, "New findings", c.introduced());
    out.append("\n### Moved targets\n\n");
    if (c.movedTargets().isEmpty()) {
      out.append("None.\n");
    } else {
      out.append(
          "| Indicator | Old target | Old due | New target | New due |\n|---|---:|---|---:|---|\n");
      for (TargetChange t : c.movedTargets()) {
        out.append("| ")
            .append(code(t.path().toString()))
            .append(" | ")
            .append(value(t.oldValue()))
            .append(" | ")
            .append(due(t.oldDue()))
            .append(" | ")
            .append(value(t.newValue()))
            .append(" | ")
            .append(due(t.newDue()))
            .append(" |\n");
      }
    }
    return Formatting.wrap(out.toString(), TextReport.WIDTH);
  }

  private static void mdFindings(StringBuilder out, String title, List<Finding> findings) {
    out.append("\n### ").append(title).append(" (").append(findings.size()).append(")\n\n");
    mdFindingList(out, findings);
  }

  /** The findings as a Markdown list, or "None.". */
  static void mdFindingList(StringBuilder out, List<Finding> findings) {
    if (findings.isEmpty()) {
      out.append("None.\n");
      return;
    }
    for (Finding f : findings) {
      out.append("- ")
          .append(f.severity().name())
          .append(" **")
          .append(f.ruleId())
          .append("** ")
          .append(code(f.path().toString()))
          .append(": ")
          .append(md(f.message()))
          .append('\n');
    }
  }

  /** A self-contained HTML page, from the theme's {@code comparison} template. */
  public static String html(Comparison c, ReportTheme theme) {
    return theme.render("comparison", htmlModel(c, theme));
  }

  /** The model the {@code comparison} template reads. */
  static Map<String, Object> htmlModel(Comparison c, ReportTheme theme) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("organization", c.newer().report().organization());
    m.put("olderName", c.older().name());
    m.put("newerName", c.newer().name());
    m.put("warnings", c.warnings());
    m.put("css", theme.css());
    m.put("logo", theme.logo().orElse(null));
    m.put("brandName", theme.label("brand.name", "logo"));
    List<Map<String, Object>> cards = new ArrayList<>();
    cards.add(card("", signedOneDecimal(c.overall().scoreDelta()), "maturity change today"));
    cards.add(
        card("", signedOneDecimal(c.documentQuality().scoreDelta()), "document quality change"));
    cards.add(card("", String.valueOf(c.resolved().size()), "resolved"));
    cards.add(card("error", String.valueOf(c.introduced().size()), "new"));
    cards.add(card("", String.valueOf(c.unchanged().size()), "unchanged"));
    cards.add(card("info", String.valueOf(c.movedTargets().size()), "moved targets"));
    m.put("cards", cards);
    List<Map<String, Object>> maturity = new ArrayList<>();
    for (MaturityChange mc : rows(c)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("label", mc.label());
      row.put("name", mc.block().map(b -> HtmlReport.blockName(theme, b)).orElse("Overall"));
      row.put("oldScore", oneDecimal(mc.oldScore()));
      row.put("newScore", oneDecimal(mc.newScore()));
      row.put("change", signedOneDecimal(mc.scoreDelta()));
      row.put("trend", mc.scoreDelta() > 0 ? "up" : mc.scoreDelta() < 0 ? "down" : "");
      row.put("oldLevel", mc.oldLevel());
      row.put("newLevel", mc.newLevel());
      row.put("oldTargetLevel", mc.oldTargetLevel());
      row.put("newTargetLevel", mc.newTargetLevel());
      maturity.add(row);
    }
    m.put("maturity", maturity);
    m.put(
        "findingTables",
        List.of(
            findingTable("resolved", "h2", "Resolved findings", c.resolved()),
            findingTable("new", "h2", "New findings", c.introduced()),
            findingTable("unchanged", "h2", "Unchanged findings", c.unchanged())));
    m.put("movedTargets", movedTargets(c));
    return m;
  }

  /** The moved targets of {@code c} as rows of the templates. */
  static List<Map<String, Object>> movedTargets(Comparison c) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TargetChange t : c.movedTargets()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("path", t.path().toString());
      row.put("oldValue", value(t.oldValue()));
      row.put("oldDue", due(t.oldDue()));
      row.put("newValue", value(t.newValue()));
      row.put("newDue", due(t.newDue()));
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Object> card(String kind, String value, String label) {
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("kind", kind);
    card.put("value", value);
    card.put("label", label);
    return card;
  }

  /** The model of the {@code revision-findings} partial. */
  static Map<String, Object> findingTable(
      String id, String heading, String title, List<Finding> findings) {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("id", id);
    table.put("heading", heading);
    table.put("title", title);
    table.put("count", findings.size());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("severity", f.severity().name());
      row.put("ruleId", f.ruleId());
      row.put("element", Formatting.shownPath(f.path().toString()));
      row.put("message", f.message());
      rows.add(row);
    }
    table.put("findings", rows);
    return table;
  }
}
