package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.report.internal.Formatting.anchor;
import static io.github.crmstrategy.report.internal.Formatting.html;
import static io.github.crmstrategy.text.Numbers.oneDecimal;

import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The HTML report: one self-contained page (inline CSS, SVG and a few lines of inline script; no
 * external resources) with a summary, the radar chart of the eight blocks, the filterable findings
 * table and the plan elements the findings name, each with its file, line and column.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** Colours of the radar series: evidenced, self-assessed, then peers. */
  private static final String[] PEER_COLOURS = {"#2e7d32", "#6a1b9a", "#00838f", "#795548"};

  static final String CSS =
      """
      :root{--fg:#1d2330;--muted:#5b6478;--line:#d9dee8;--bg:#f6f7fb;--card:#fff;\
      --err:#c62828;--warn:#b26a00;--info:#1565c0;--ev:#1565c0;--self:#ef6c00}
      *{box-sizing:border-box}
      body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
      color:var(--fg);background:var(--bg)}
      main{max-width:1180px;margin:0 auto;padding:24px}
      h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px}
      .sub{color:var(--muted);margin:0 0 16px}
      .cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
      .card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px;\
      min-width:140px}
      .card .v{font-size:26px;font-weight:600}.card .l{color:var(--muted);font-size:12px;\
      text-transform:uppercase;letter-spacing:.04em}
      .card.error .v{color:var(--err)}.card.warning .v{color:var(--warn)}\
      .card.info .v{color:var(--info)}
      .panel{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:16px}
      .grid2{display:grid;grid-template-columns:minmax(320px,520px) 1fr;gap:16px;align-items:start}
      @media (max-width:900px){.grid2{grid-template-columns:1fr}}
      table{border-collapse:collapse;width:100%}
      th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
      th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
      .sev{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;\
      color:#fff}
      .sev.ERROR{background:var(--err)}.sev.WARNING{background:var(--warn)}\
      .sev.INFO{background:var(--info)}
      .path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;\
      word-break:break-all}
      .rem{color:var(--muted);font-size:12px;margin-top:2px}
      .filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:0 0 10px}
      .filters select,.filters input{font:inherit;padding:4px 6px;border:1px solid var(--line);\
      border-radius:6px;background:#fff}
      .filters input{min-width:260px}
      svg text{font:12px system-ui,sans-serif;fill:var(--fg)}
      .grid{fill:none;stroke:#cfd5e2;stroke-width:1}.axis{stroke:#cfd5e2}
      .series{stroke-width:2;fill-opacity:.12}
      .legend{display:flex;flex-wrap:wrap;gap:12px;margin-top:8px;font-size:12px}
      .legend span.sw{display:inline-block;width:14px;height:4px;margin-right:6px;vertical-align:middle}
      ul.elements{list-style:none;padding:0;margin:0}
      ul.elements li{padding:4px 8px;border-bottom:1px solid var(--line)}
      ul.elements li:target{background:#fff3c4}
      .loc{color:var(--muted);font-size:12px;margin-left:8px}
      .rule,.nowrap{white-space:nowrap}
      .up{color:#2e7d32}.down{color:var(--err)}
      """;

  static final String FILTER_SCRIPT =
      """
      (function(){
        var s=document.getElementById('f-sev'),c=document.getElementById('f-cat'),
            t=document.getElementById('f-text'),n=document.getElementById('f-count');
        if(!s){return;}
        function apply(){
          var q=t.value.toLowerCase(),k=0;
          document.querySelectorAll('#findings tbody tr').forEach(function(r){
            var ok=(!s.value||r.dataset.severity===s.value)&&(!c.value||r.dataset.category===c.value)
              &&(!q||r.textContent.toLowerCase().indexOf(q)>=0);
            r.hidden=!ok;if(ok){k++;}
          });
          n.textContent=k;
        }
        [s,c,t].forEach(function(e){e.addEventListener('input',apply);e.addEventListener('change',apply);});
        apply();
      })();
      """;

  /** A page with {@code title} and {@code body}, styles and script inline. */
  static String page(String title, String body) {
    return page(title, body, true);
  }

  /** A page with {@code title} and {@code body}, styles inline, the findings filter if asked. */
  static String page(String title, String body, boolean filter) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + html(title)
        + "</title>\n<style>\n"
        + CSS
        + "</style>\n</head>\n<body>\n<main>\n"
        + body
        + "</main>\n"
        + (filter ? "<script>\n" + FILTER_SCRIPT + "</script>\n" : "")
        + "</body>\n</html>\n";
  }

  /** The page for one plan. */
  public static String render(ReviewedPlan plan, List<RuleDescriptor> rules) {
    AssessmentReport r = plan.report();
    StringBuilder b = new StringBuilder();
    b.append("<header>\n<h1>CRM strategy review: ")
        .append(html(r.organization()))
        .append("</h1>\n<p class=\"sub\">Plan <span class=\"path\">")
        .append(html(plan.name()))
        .append("</span>")
        .append(revision(plan))
        .append(" · rule pack ")
        .append(html(r.rulePack() + " " + r.rulePackVersion()))
        .append("</p>\n</header>\n");
    summary(b, plan);
    b.append("<section id=\"maturity\">\n<h2>Maturity of the eight building blocks</h2>\n");
    b.append("<div class=\"grid2\">\n<div class=\"panel\">\n");
    radar(b, plan);
    b.append("</div>\n<div class=\"panel\">\n");
    maturityTable(b, plan);
    b.append("</div>\n</div>\n</section>\n");
    findings(b, plan, rules);
    elements(b, plan);
    return page("CRM strategy review: " + r.organization(), b.toString());
  }

  private static String revision(ReviewedPlan plan) {
    return plan.plan()
        .revision()
        .map(
            rev -> {
              List<String> parts = new ArrayList<>();
              rev.number().ifPresent(n -> parts.add("revision " + n));
              rev.date().ifPresent(d -> parts.add(d.toString()));
              return parts.isEmpty() ? "" : " · " + html(String.join(", ", parts));
            })
        .orElse("");
  }

  private static void summary(StringBuilder b, ReviewedPlan plan) {
    AssessmentReport r = plan.report();
    b.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
    card(b, "", oneDecimal(r.maturity().score()) + "<small>/100</small>", "CRM maturity score");
    card(
        b,
        "",
        r.maturity().level() + " <small>" + html(r.maturity().levelName()) + "</small>",
        "Maturity level");
    for (Severity s : Severity.values()) {
      card(
          b,
          Formatting.lower(s),
          String.valueOf(Formatting.count(r, s)),
          s == Severity.INFO
              ? "info"
              : Formatting.lower(s) + (Formatting.count(r, s) == 1 ? "" : "s"));
    }
    b.append("</div>\n<div class=\"panel\">\n<ul>\n");
    b.append("<li>Findings by category: ");
    List<String> cats = new ArrayList<>();
    for (Category c : Category.values()) {
      cats.add(
          html(c.name().toLowerCase(Locale.ROOT)) + " " + r.countsByCategory().getOrDefault(c, 0));
    }
    b.append(String.join(", ", cats)).append(".</li>\n");
    List<BlockMaturity> blocks = new ArrayList<>(Formatting.blocks(r));
    blocks.sort(Comparator.comparingDouble(BlockMaturity::score));
    if (!blocks.isEmpty()) {
      b.append("<li>Weakest blocks: ");
      List<String> weakest = new ArrayList<>();
      for (BlockMaturity m : blocks.subList(0, Math.min(3, blocks.size()))) {
        weakest.add(
            "<strong>"
                + m.block().id()
                + "</strong> "
                + oneDecimal(m.score())
                + " (level "
                + m.level()
                + ")");
      }
      b.append(String.join(", ", weakest)).append(".</li>\n");
    }
    List<String> over = new ArrayList<>();
    for (BlockMaturity m : Formatting.blocks(r)) {
      if (m.selfAssessedLevel().isPresent() && m.selfAssessedLevel().getAsInt() > m.level()) {
        over.add(
            m.block().id()
                + " ("
                + m.selfAssessedLevel().getAsInt()
                + " claimed, "
                + m.level()
                + " evidenced)");
      }
    }
    if (!over.isEmpty()) {
      b.append("<li>Self-assessment above the evidence: ")
          .append(html(String.join(", ", over)))
          .append(".</li>\n");
    }
    r.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .limit(5)
        .forEach(
            f ->
                b.append("<li><span class=\"sev ERROR\">ERROR</span> ")
                    .append(html(f.message()))
                    .append(" <a class=\"path\" href=\"#")
                    .append(anchor(f.path().toString()))
                    .append("\">")
                    .append(html(Formatting.shownPath(f.path().toString())))
                    .append("</a></li>\n"));
    b.append("</ul>\n</div>\n</section>\n");
  }

  private static void card(StringBuilder b, String kind, String value, String label) {
    b.append("<div class=\"card ")
        .append(kind)
        .append("\"><div class=\"v\">")
        .append(value)
        .append("</div><div class=\"l\">")
        .append(html(label))
        .append("</div></div>\n");
  }

  /** Radar of levels 1..5 per block: evidenced, self-assessed (when present), each peer. */
  static void radar(StringBuilder b, ReviewedPlan plan) {
    AssessmentReport r = plan.report();
    Map<String, Map<BuildingBlock, Integer>> series = new LinkedHashMap<>();
    Map<String, String> colours = new LinkedHashMap<>();
    Map<String, String> classes = new LinkedHashMap<>();
    Map<BuildingBlock, Integer> evidenced = new LinkedHashMap<>();
    Map<BuildingBlock, Integer> self = new LinkedHashMap<>();
    for (BlockMaturity m : Formatting.blocks(r)) {
      evidenced.put(m.block(), m.level());
      m.selfAssessedLevel().ifPresent(l -> self.put(m.block(), l));
    }
    series.put("Evidenced", evidenced);
    colours.put("Evidenced", "var(--ev)");
    classes.put("Evidenced", "evidenced");
    if (!self.isEmpty()) {
      series.put("Self-assessed", self);
      colours.put("Self-assessed", "var(--self)");
      classes.put("Self-assessed", "self");
    }
    int i = 0;
    for (Map.Entry<String, Map<BuildingBlock, Integer>> peer :
        Formatting.peerLevels(plan).entrySet()) {
      String name = "Peer: " + peer.getKey();
      series.put(name, peer.getValue());
      colours.put(name, PEER_COLOURS[i++ % PEER_COLOURS.length]);
      classes.put(name, "peer");
    }
    double cx = 280;
    double cy = 200;
    double radius = 140;
    BuildingBlock[] axes = BuildingBlock.values();
    b.append(
        "<svg id=\"radar\" viewBox=\"0 0 560 400\" width=\"100%\" role=\"img\" "
            + "aria-label=\"Maturity level per building block\">\n");
    for (int level = 1; level <= 5; level++) {
      b.append("<polygon class=\"grid\" points=\"");
      for (int a = 0; a < axes.length; a++) {
        point(b, cx, cy, radius * level / 5, a, axes.length);
      }
      b.append("\"/>\n");
    }
    for (int a = 0; a < axes.length; a++) {
      double[] p = xy(cx, cy, radius, a, axes.length);
      b.append(
          String.format(
              Locale.ROOT,
              "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n",
              cx,
              cy,
              p[0],
              p[1]));
      double[] t = xy(cx, cy, radius + (a == 0 ? 26 : 18), a, axes.length);
      String alignment = Math.abs(t[0] - cx) < 1 ? "middle" : t[0] > cx ? "start" : "end";
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" dominant-baseline=\"middle\">%s</text>%n",
              t[0],
              t[1],
              alignment,
              html(axes[a].id())));
    }
    for (int level = 1; level <= 5; level++) {
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#8a93a6\">%d</text>%n",
              cx + 3,
              cy - radius * level / 5 - 2,
              level));
    }
    for (Map.Entry<String, Map<BuildingBlock, Integer>> s : series.entrySet()) {
      String colour = colours.get(s.getKey());
      String cls = classes.get(s.getKey());
      b.append("<polygon class=\"series ")
          .append(cls)
          .append("\" data-series=\"")
          .append(html(s.getKey()))
          .append("\" style=\"stroke:")
          .append(colour)
          .append(";fill:")
          .append(colour)
          .append(cls.equals("evidenced") ? "" : ";stroke-dasharray:6 4")
          .append("\" points=\"");
      for (int a = 0; a < axes.length; a++) {
        int level = s.getValue().getOrDefault(axes[a], 0);
        point(b, cx, cy, radius * Math.max(0, Math.min(5, level)) / 5, a, axes.length);
      }
      b.append("\"><title>").append(html(s.getKey())).append("</title></polygon>\n");
    }
    b.append("</svg>\n<div class=\"legend\">\n");
    for (String name : series.keySet()) {
      b.append("<span><span class=\"sw\" style=\"background:")
          .append(colours.get(name))
          .append("\"></span>")
          .append(html(name))
          .append("</span>\n");
    }
    b.append("</div>\n");
  }

  private static double[] xy(double cx, double cy, double r, int a, int n) {
    double angle = -Math.PI / 2 + 2 * Math.PI * a / n;
    return new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
  }

  private static void point(StringBuilder b, double cx, double cy, double r, int a, int n) {
    double[] p = xy(cx, cy, r, a, n);
    b.append(String.format(Locale.ROOT, "%s%.1f,%.1f", a == 0 ? "" : " ", p[0], p[1]));
  }

  private static void maturityTable(StringBuilder b, ReviewedPlan plan) {
    AssessmentReport r = plan.report();
    Map<String, Map<BuildingBlock, Integer>> peers = Formatting.peerLevels(plan);
    b.append(
        "<table class=\"maturity\">\n<thead><tr><th>Building block</th>"
            + "<th class=\"num\">Score</th><th>Level</th><th class=\"num\">Self-assessed</th>");
    for (String peer : peers.keySet()) {
      b.append("<th class=\"num\">").append(html(peer)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (BlockMaturity m : Formatting.blocks(r)) {
      b.append("<tr><td>")
          .append(m.block().id())
          .append("</td><td class=\"num\">")
          .append(oneDecimal(m.score()))
          .append("</td><td class=\"nowrap\">")
          .append(m.level())
          .append(' ')
          .append(html(m.levelName()))
          .append("</td><td class=\"num\">")
          .append(
              m.selfAssessedLevel().isPresent()
                  ? String.valueOf(m.selfAssessedLevel().getAsInt())
                  : "–")
          .append("</td>");
      for (Map<BuildingBlock, Integer> levels : peers.values()) {
        Integer l = levels.get(m.block());
        b.append("<td class=\"num\">").append(l == null ? "–" : l).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("<tr><th>overall</th><th class=\"num\">")
        .append(oneDecimal(r.maturity().score()))
        .append("</th><th class=\"nowrap\">")
        .append(r.maturity().level())
        .append(' ')
        .append(html(r.maturity().levelName()))
        .append("</th><th></th>");
    peers.keySet().forEach(p -> b.append("<th></th>"));
    b.append("</tr>\n</tbody>\n</table>\n");
  }

  private static void findings(StringBuilder b, ReviewedPlan plan, List<RuleDescriptor> rules) {
    AssessmentReport r = plan.report();
    b.append("<section id=\"findings-section\">\n<h2>Findings</h2>\n");
    b.append(
        "<div class=\"filters\">\n<label>Severity <select id=\"f-sev\"><option value=\"\">all</option>");
    for (Severity s : Severity.values()) {
      b.append("<option>").append(s.name()).append("</option>");
    }
    b.append(
        "</select></label>\n<label>Category <select id=\"f-cat\"><option value=\"\">all</option>");
    for (Category c : Category.values()) {
      b.append("<option>").append(c.name()).append("</option>");
    }
    b.append(
            "</select></label>\n<input id=\"f-text\" type=\"search\" placeholder=\"Filter by text, rule or element\">\n"
                + "<span><span id=\"f-count\">")
        .append(r.findings().size())
        .append("</span> of ")
        .append(r.findings().size())
        .append(" shown</span>\n</div>\n<div class=\"panel\">\n");
    b.append(
        "<table id=\"findings\">\n<thead><tr><th>Severity</th><th>Category</th><th>Rule</th>"
            + "<th>Element</th><th>Finding</th></tr></thead>\n<tbody>\n");
    for (Finding f : r.findings()) {
      String title =
          Formatting.rule(rules, f.ruleId()).map(RuleDescriptor::title).orElse(f.ruleName());
      b.append("<tr data-severity=\"")
          .append(f.severity().name())
          .append("\" data-category=\"")
          .append(f.category().name())
          .append("\"><td><span class=\"sev ")
          .append(f.severity().name())
          .append("\">")
          .append(f.severity().name())
          .append("</span></td><td>")
          .append(f.category().name().toLowerCase(Locale.ROOT))
          .append("</td><td class=\"rule\" title=\"")
          .append(html(title))
          .append("\">")
          .append(html(f.ruleId()))
          .append("</td><td><a class=\"path\" href=\"#")
          .append(anchor(f.path().toString()))
          .append("\">")
          .append(html(Formatting.shownPath(f.path().toString())))
          .append("</a></td><td>")
          .append(html(f.message()));
      if (!f.remediation().isBlank()) {
        b.append("<div class=\"rem\">").append(html(f.remediation())).append("</div>");
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static void elements(StringBuilder b, ReviewedPlan plan) {
    TreeSet<ElementPath> paths = new TreeSet<>();
    plan.report().findings().forEach(f -> paths.add(f.path()));
    b.append(
        "<section id=\"elements\">\n<h2>Plan elements named by the findings</h2>\n<div class=\"panel\">\n<ul class=\"elements\">\n");
    for (ElementPath path : paths) {
      long n = plan.report().findings().stream().filter(f -> f.path().equals(path)).count();
      Optional<SourceLocation> where = plan.locate(path);
      b.append("<li id=\"")
          .append(anchor(path.toString()))
          .append("\"><span class=\"path\">")
          .append(html(Formatting.shownPath(path.toString())))
          .append("</span><span class=\"loc\">")
          .append(where.map(l -> html(l.toString())).orElse("location unknown"))
          .append(" · ")
          .append(n)
          .append(n == 1 ? " finding" : " findings")
          .append("</span></li>\n");
    }
    b.append("</ul>\n</div>\n</section>\n");
  }
}
