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

  /** Text for a terminal in the language of {@code t}. */
  public static String text(Comparison c, boolean color, ReportTexts t) {
    TextReport.Style style = new TextReport.Style(color);
    StringBuilder out = new StringBuilder();
    out.append(
            style.bold(t.t("compare.title", "older", c.older().name(), "newer", c.newer().name())))
        .append('\n');
    TextReport.line(out, "%s%s", head(t, "label.organisation"), c.newer().report().organization());
    for (String w : RevisionWarnings.comparison(c.older(), c.newer(), t)) {
      TextReport.line(out, "%s%s", head(t, "revisions.warning"), w);
    }
    out.append('\n');
    TextReport.line(
        out,
        "%s%s",
        head(t, "label.document"),
        t.t(
            "compare.document",
            "old",
            oneDecimal(c.documentQuality().oldScore()),
            "new",
            oneDecimal(c.documentQuality().newScore()),
            "delta",
            signedOneDecimal(c.documentQuality().scoreDelta())));
    out.append('\n');
    TextReport.line(out, "%s", t.t("compare.maturityIntro"));
    List<MaturityChange> rows = rows(c);
    String[] heads = {
      t.t("revisions.colBlock"),
      t.t("compare.colOld"),
      t.t("compare.colNew"),
      t.t("compare.colChange"),
      t.t("compare.colOldLevel"),
      t.t("compare.colNewLevel"),
      t.t("compare.colOldTarget"),
      t.t("compare.colNewTarget")
    };
    int[] w = {20, 7, 7, 7, 5, 5, 5, 5};
    for (MaturityChange m : rows) {
      w[0] = Math.max(w[0], name(t, m).length());
    }
    for (int i = 1; i < w.length; i++) {
      w[i] = Math.max(w[i], heads[i].length());
    }
    String headFormat =
        "  %-" + w[0] + "s %" + w[1] + "s %" + w[2] + "s %" + w[3] + "s  %" + w[4] + "s %" + w[5]
            + "s  %" + w[6] + "s %" + w[7] + "s";
    String rowFormat =
        "  %-" + w[0] + "s %" + w[1] + "s %" + w[2] + "s %s  %" + w[4] + "d %" + w[5] + "d  %"
            + w[6] + "d %" + w[7] + "d";
    TextReport.line(out, headFormat, (Object[]) heads);
    for (MaturityChange m : rows) {
      String d = t.decimal(signedOneDecimal(m.scoreDelta()));
      String shown = m.scoreDelta() == 0 ? d : style.good(d, m.scoreDelta() > 0);
      TextReport.line(
          out,
          rowFormat,
          name(t, m),
          t.decimal(oneDecimal(m.oldScore())),
          t.decimal(oneDecimal(m.newScore())),
          pad(shown, d, w[3]),
          m.oldLevel(),
          m.newLevel(),
          m.oldTargetLevel(),
          m.newTargetLevel());
    }
    section(out, style, t, t.t("compare.resolved"), c.resolved());
    section(out, style, t, t.t("compare.new"), c.introduced());
    out.append('\n');
    TextReport.line(out, "%s", t.t("compare.unchangedCount", "count", c.unchanged().size()));
    out.append('\n')
        .append(style.bold(t.t("compare.movedTargets") + " (" + c.movedTargets().size() + ")"))
        .append('\n');
    for (TargetChange m : c.movedTargets()) {
      TextReport.line(out, "  %s: %s", m.path(), targetMove(t, m));
    }
    return Formatting.wrap(out.toString(), TextReport.WIDTH);
  }

  /** {@code 150 due 2026-12-31 -> 90 due 2026-12-31}. */
  static String targetMove(ReportTexts t, TargetChange m) {
    return t.t(
        "revisions.targetMove",
        "old",
        value(t, m.oldValue()),
        "oldDue",
        due(m.oldDue()),
        "new",
        value(t, m.newValue()),
        "newDue",
        due(m.newDue()));
  }

  /** A value of a target in the language ({@code -} for none). */
  static String value(ReportTexts t, OptionalDouble v) {
    return t.decimal(value(v));
  }

  /** The first column of the text report, {@code label} and a colon, 16 columns wide. */
  static String head(ReportTexts t, String key) {
    return String.format(java.util.Locale.ROOT, "%-16s", t.t(key) + ":");
  }

  /** A block's name in the text and Markdown forms: its id in English, its name in Russian. */
  private static String name(ReportTexts t, MaturityChange m) {
    return m.block().map(t::block).orElseGet(() -> t.t("revisions.overall"));
  }

  private static String pad(String shown, String plain, int width) {
    return " ".repeat(Math.max(0, width - plain.length())) + shown;
  }

  private static void section(
      StringBuilder out,
      TextReport.Style style,
      ReportTexts t,
      String title,
      List<Finding> findings) {
    out.append('\n').append(style.bold(title + " (" + findings.size() + ")")).append('\n');
    findingLines(out, style, t, "  ", findings);
  }

  /** One line per finding, {@code indent} first: severity, rule, element, message. */
  static void findingLines(
      StringBuilder out,
      TextReport.Style style,
      ReportTexts t,
      String indent,
      List<Finding> findings) {
    for (Finding f : findings) {
      TextReport.line(
          out,
          "%s%s [%s] %s: %s",
          indent,
          style.severity(f.severity(), t.severityTag(f.severity())),
          f.ruleId(),
          t.shownPath(f.path().toString()),
          f.message());
    }
  }

  /** JSON, {@code formatVersion} 2: the keys of every language, the texts of {@code t}'s. */
  public static String json(Comparison c, ReportTexts texts) {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("formatVersion", ReportRenderer.JSON_FORMAT_VERSION);
    root.put("kind", "comparison");
    root.set("older", planNode(c.older()));
    root.set("newer", planNode(c.newer()));
    List<String> warnings = RevisionWarnings.comparison(c.older(), c.newer(), texts);
    if (!warnings.isEmpty()) {
      warnings.forEach(root.putArray("warnings")::add);
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

  /** Markdown for pull requests in the language of {@code t}. */
  public static String markdown(Comparison c, ReportTexts t) {
    StringBuilder out = new StringBuilder();
    out.append("## ")
        .append(t.t("compare.mdTitle", "organization", md(c.newer().report().organization())))
        .append("\n\n");
    for (String w : RevisionWarnings.comparison(c.older(), c.newer(), t)) {
      out.append("> **")
          .append(t.t("revisions.warning"))
          .append(":** ")
          .append(md(w))
          .append("\n\n");
    }
    out.append(
            t.t(
                "compare.mdSummary",
                "older",
                code(c.older().name()),
                "newer",
                code(c.newer().name()),
                "resolved",
                c.resolved().size(),
                "new",
                c.introduced().size(),
                "unchanged",
                c.unchanged().size(),
                "moved",
                c.movedTargets().size()))
        .append("\n\n")
        .append(
            t.t(
                "compare.mdQuality",
                "old",
                oneDecimal(c.documentQuality().oldScore()),
                "new",
                oneDecimal(c.documentQuality().newScore()),
                "delta",
                signedOneDecimal(c.documentQuality().scoreDelta())))
        .append("\n\n### ")
        .append(t.t("compare.maturity"))
        .append("\n\n");
    out.append(t.t("compare.mdMaturityIntro"))
        .append("\n\n| ")
        .append(
            String.join(
                " | ",
                t.t("revisions.colBlock"),
                t.t("compare.colOld"),
                t.t("compare.colNew"),
                t.t("compare.colChange"),
                t.t("compare.mdOldLevel"),
                t.t("compare.mdNewLevel"),
                t.t("compare.mdOldTarget"),
                t.t("compare.mdNewTarget")))
        .append(" |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (MaturityChange m : rows(c)) {
      out.append("| ")
          .append(m.block().isPresent() ? name(t, m) : "**" + t.t("revisions.overall") + "**")
          .append(" | ")
          .append(t.decimal(oneDecimal(m.oldScore())))
          .append(" | ")
          .append(t.decimal(oneDecimal(m.newScore())))
          .append(" | ")
          .append(t.decimal(signedOneDecimal(m.scoreDelta())))
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
    mdFindings(out, t, t.t("compare.resolved"), c.resolved());
    mdFindings(out, t, t.t("compare.new"), c.introduced());
    out.append("\n### ").append(t.t("compare.movedTargets")).append("\n\n");
    if (c.movedTargets().isEmpty()) {
      out.append(t.t("revisions.none")).append('\n');
    } else {
      mdMovedTargets(out, t, c.movedTargets());
    }
    return Formatting.wrap(out.toString(), TextReport.WIDTH);
  }

  /** The table of moved targets in Markdown. */
  static void mdMovedTargets(StringBuilder out, ReportTexts t, List<TargetChange> moved) {
    out.append("| ")
        .append(
            String.join(
                " | ",
                t.t("revisions.colIndicator"),
                t.t("revisions.colOldTarget"),
                t.t("revisions.colOldDue"),
                t.t("revisions.colNewTarget"),
                t.t("revisions.colNewDue")))
        .append(" |\n|---|---:|---|---:|---|\n");
    for (TargetChange m : moved) {
      out.append("| ")
          .append(code(m.path().toString()))
          .append(" | ")
          .append(value(t, m.oldValue()))
          .append(" | ")
          .append(due(m.oldDue()))
          .append(" | ")
          .append(value(t, m.newValue()))
          .append(" | ")
          .append(due(m.newDue()))
          .append(" |\n");
    }
  }

  private static void mdFindings(
      StringBuilder out, ReportTexts t, String title, List<Finding> findings) {
    out.append("\n### ").append(title).append(" (").append(findings.size()).append(")\n\n");
    mdFindingList(out, t, findings);
  }

  /** The findings as a Markdown list, or "None.". */
  static void mdFindingList(StringBuilder out, ReportTexts t, List<Finding> findings) {
    if (findings.isEmpty()) {
      out.append(t.t("revisions.none")).append('\n');
      return;
    }
    for (Finding f : findings) {
      out.append("- ")
          .append(t.severityTag(f.severity()))
          .append(" **")
          .append(f.ruleId())
          .append("** ")
          .append(mdPath(t, f.path().toString()))
          .append(": ")
          .append(md(f.message()))
          .append('\n');
    }
  }

  /** An element path as Markdown code; the document itself in italics. */
  static String mdPath(ReportTexts t, String path) {
    return path.isEmpty() ? "*" + t.shownPath(path) + "*" : code(path);
  }

  /** A self-contained HTML page in the language of {@code t}. */
  public static String html(Comparison c, ReportTheme theme, ReportTexts t) {
    return theme.render("comparison", htmlModel(c, theme, new HtmlTexts(theme, t)));
  }

  /** The model the {@code comparison} template reads. */
  static Map<String, Object> htmlModel(Comparison c, ReportTheme theme, HtmlTexts h) {
    ReportTexts t = h.report();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("language", h.locale().getLanguage());
    m.put("text", h.templateTexts());
    m.put("organization", c.newer().report().organization());
    m.put("title", h.l("text.cmpTitle", "organization", c.newer().report().organization()));
    m.put("olderName", c.older().name());
    m.put("newerName", c.newer().name());
    m.put("warnings", RevisionWarnings.comparison(c.older(), c.newer(), t));
    m.put("css", theme.css());
    m.put("logo", theme.logo().orElse(null));
    m.put("brandName", theme.label("brand.name", "logo"));
    List<Map<String, Object>> cards = new ArrayList<>();
    cards.add(
        card(
            "",
            t.decimal(signedOneDecimal(c.overall().scoreDelta())),
            h.l("text.cmpCardMaturity")));
    cards.add(
        card(
            "",
            t.decimal(signedOneDecimal(c.documentQuality().scoreDelta())),
            h.l("text.cmpCardQuality")));
    cards.add(
        card(
            "",
            String.valueOf(c.resolved().size()),
            h.l("text.cmpCardResolved", "count", c.resolved().size())));
    cards.add(
        card(
            "error",
            String.valueOf(c.introduced().size()),
            h.l("text.cmpCardNew", "count", c.introduced().size())));
    cards.add(
        card(
            "",
            String.valueOf(c.unchanged().size()),
            h.l("text.cmpCardUnchanged", "count", c.unchanged().size())));
    cards.add(
        card(
            "info",
            String.valueOf(c.movedTargets().size()),
            h.l("text.cmpCardMoved", "count", c.movedTargets().size())));
    m.put("cards", cards);
    List<Map<String, Object>> maturity = new ArrayList<>();
    for (MaturityChange mc : rows(c)) {
      Map<String, Object> row = new LinkedHashMap<>();
      String name = mc.block().map(h::block).orElseGet(() -> h.l("text.overall"));
      // English pages show the block ids, as the English text and Markdown do.
      row.put("label", t.english() ? mc.label() : name);
      row.put("name", name);
      row.put("oldScore", t.decimal(oneDecimal(mc.oldScore())));
      row.put("newScore", t.decimal(oneDecimal(mc.newScore())));
      row.put("change", t.decimal(signedOneDecimal(mc.scoreDelta())));
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
            findingTable("resolved", "h2", h.l("text.cmpResolved"), c.resolved(), t),
            findingTable("new", "h2", h.l("text.cmpNew"), c.introduced(), t),
            findingTable("unchanged", "h2", h.l("text.cmpUnchanged"), c.unchanged(), t)));
    m.put("movedTargets", movedTargets(c, t));
    return m;
  }

  /** The moved targets of {@code c} as rows of the templates. */
  static List<Map<String, Object>> movedTargets(Comparison c, ReportTexts texts) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TargetChange t : c.movedTargets()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("path", t.path().toString());
      row.put("oldValue", value(texts, t.oldValue()));
      row.put("oldDue", due(t.oldDue()));
      row.put("newValue", value(texts, t.newValue()));
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
      String id, String heading, String title, List<Finding> findings, ReportTexts t) {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("id", id);
    table.put("heading", heading);
    table.put("title", title);
    table.put("count", findings.size());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("severity", f.severity().name());
      row.put("severityTag", t.severityTag(f.severity()));
      row.put("ruleId", f.ruleId());
      row.put("element", t.shownPath(f.path().toString()));
      row.put("message", f.message());
      rows.add(row);
    }
    table.put("findings", rows);
    return table;
  }
}
