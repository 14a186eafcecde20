package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.report.internal.Formatting.anchor;
import static io.github.crmstrategy.report.internal.Formatting.html;
import static io.github.crmstrategy.text.Numbers.oneDecimal;

import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockLevels;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.MaturityEvidence;
import io.github.crmstrategy.rules.MaturityHold;
import io.github.crmstrategy.rules.MaturityProfile;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import java.util.ArrayList;
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

  /** Colours of the peer series of the radar (today and the end of the plan have their own). */
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
      details.panel{margin:8px 0}details.panel summary{cursor:pointer}
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
    criteria(b, plan);
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
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    card(
        b,
        "",
        today.level() + " <small>" + html(today.levelName()) + "</small>",
        "CRM maturity today");
    card(
        b,
        "",
        target.level() + " <small>" + html(target.levelName()) + "</small>",
        "At the end of the plan");
    card(
        b, "", oneDecimal(r.documentQuality().score()) + "<small>/100</small>", "Document quality");
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
    b.append("<li>Today: ").append(html(today.explanation())).append("</li>\n");
    b.append("<li>At the end of the plan: ").append(html(target.explanation())).append("</li>\n");
    b.append("<li>Route: ").append(html(Formatting.route(r.maturity().route()))).append(".</li>\n");
    b.append("<li>Document quality (not maturity): ")
        .append(html(Formatting.aspects(r.documentQuality())))
        .append(".</li>\n");
    List<String> over = new ArrayList<>();
    for (BlockLevels l : Formatting.levels(r)) {
      if (l.selfAssessed().isPresent() && l.selfAssessed().getAsInt() > l.current()) {
        over.add(
            l.block().id()
                + " ("
                + l.selfAssessed().getAsInt()
                + " claimed, "
                + l.current()
                + " today)");
      }
    }
    if (!over.isEmpty()) {
      b.append("<li>Self-assessment above today's evidence: ")
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

  /** Radar of levels 1..5 per block, three series: today, the end of the plan, each peer. */
  static void radar(StringBuilder b, ReviewedPlan plan) {
    AssessmentReport r = plan.report();
    Map<String, Map<BuildingBlock, Integer>> series = new LinkedHashMap<>();
    Map<String, String> colours = new LinkedHashMap<>();
    Map<String, String> classes = new LinkedHashMap<>();
    Map<BuildingBlock, Integer> today = new LinkedHashMap<>();
    Map<BuildingBlock, Integer> target = new LinkedHashMap<>();
    for (BlockLevels l : Formatting.levels(r)) {
      today.put(l.block(), l.current());
      target.put(l.block(), l.target());
    }
    series.put("Today", today);
    colours.put("Today", "var(--ev)");
    classes.put("Today", "current");
    series.put("End of plan", target);
    colours.put("End of plan", "var(--self)");
    classes.put("End of plan", "target");
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
          .append(
              cls.equals("current")
                  ? ""
                  : cls.equals("target") ? ";stroke-dasharray:2 3" : ";stroke-dasharray:6 4")
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
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    Map<String, Map<BuildingBlock, Integer>> peers = Formatting.peerLevels(plan);
    b.append(
        "<table class=\"maturity\">\n<thead><tr><th>Building block</th><th>Today</th>"
            + "<th class=\"num\">Score</th><th>End of plan</th><th class=\"num\">Self-assessed</th>");
    for (String peer : peers.keySet()) {
      b.append("<th class=\"num\">").append(html(peer)).append("</th>");
    }
    b.append("<th class=\"num\">Climb</th></tr></thead>\n<tbody>\n");
    for (BlockLevels l : Formatting.levels(r)) {
      BlockMaturity c = today.blocks().get(l.block());
      BlockMaturity t = target.blocks().get(l.block());
      b.append("<tr><td>")
          .append(l.block().id())
          .append("</td><td class=\"nowrap\">")
          .append(c.level())
          .append(' ')
          .append(html(c.levelName()))
          .append("</td><td class=\"num\">")
          .append(oneDecimal(c.score()))
          .append("</td><td class=\"nowrap\">")
          .append(t.level())
          .append(' ')
          .append(html(t.levelName()))
          .append("</td><td class=\"num\">")
          .append(Formatting.selfCell(l, "–"))
          .append("</td>");
      for (Map<BuildingBlock, Integer> levels : peers.values()) {
        Integer level = levels.get(l.block());
        b.append("<td class=\"num\">").append(level == null ? "–" : level).append("</td>");
      }
      b.append("<td class=\"num")
          .append(l.withinPace() ? "" : " down")
          .append("\"")
          .append(
              l.withinPace() ? "" : " title=\"the climb needs more years than the plan has left\"")
          .append(">")
          .append(Formatting.climb(l))
          .append("</td></tr>\n");
    }
    b.append("<tr><th>overall</th><th class=\"nowrap\">")
        .append(today.level())
        .append(' ')
        .append(html(today.levelName()))
        .append("</th><th class=\"num\">")
        .append(oneDecimal(today.score()))
        .append("</th><th class=\"nowrap\">")
        .append(target.level())
        .append(' ')
        .append(html(target.levelName()))
        .append("</th><th></th>");
    peers.keySet().forEach(p -> b.append("<th></th>"));
    b.append("<th></th></tr>\n</tbody>\n</table>\n");
  }

  /** Each block's criteria, today and at the end of the plan, and what holds it today. */
  private static void criteria(StringBuilder b, ReviewedPlan plan) {
    MaturityProfile today = plan.report().maturity().current();
    MaturityProfile target = plan.report().maturity().target();
    b.append("<section id=\"criteria\">\n<h2>Why each block is at its level</h2>\n");
    for (BlockMaturity c : Formatting.blocks(today)) {
      BlockMaturity t = target.blocks().get(c.block());
      b.append("<details class=\"panel\"><summary><strong>")
          .append(c.block().id())
          .append("</strong>: level ")
          .append(c.level())
          .append(" today, ")
          .append(t.level())
          .append(" at the end of the plan</summary>\n");
      if (!c.heldBy().isEmpty()) {
        b.append("<p>Held today by:</p>\n<ul>\n");
        for (MaturityHold h : c.heldBy()) {
          b.append("<li>").append(html(h.text())).append("</li>\n");
        }
        b.append("</ul>\n");
      }
      b.append(
          "<table><thead><tr><th class=\"num\">Tier</th><th>Criterion</th><th>Today</th>"
              + "<th>End of plan</th><th>Measured today</th></tr></thead>\n<tbody>\n");
      for (MaturityEvidence e : c.evidence()) {
        MaturityEvidence te =
            t.evidence().stream()
                .filter(x -> x.criterion().equals(e.criterion()))
                .findFirst()
                .orElse(e);
        b.append("<tr><td class=\"num\">")
            .append(e.tier())
            .append("</td><td><span class=\"rule\">")
            .append(html(e.criterion()))
            .append("</span>")
            .append(e.required() ? " (required)" : "")
            .append(": ")
            .append(html(e.description()))
            .append("</td><td>")
            .append(e.status().words())
            .append("</td><td>")
            .append(te.status().words())
            .append("</td><td>")
            .append(html(e.detail()))
            .append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n</details>\n");
    }
    b.append("</section>\n");
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
        "<table id=\"findings\">\n<thead><tr><th>Severity</th><th title=\"1: act on it first\">Priority</th>"
            + "<th>Category</th><th>Rule</th><th>Element</th><th>Finding</th></tr></thead>\n<tbody>\n");
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
          .append("</span></td><td class=\"prio\">P")
          .append(f.priority())
          .append("</td><td>")
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
