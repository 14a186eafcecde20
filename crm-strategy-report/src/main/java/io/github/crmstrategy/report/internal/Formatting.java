package io.github.crmstrategy.report.internal;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockLevels;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.DocumentQuality;
import io.github.crmstrategy.rules.MaturityProfile;
import io.github.crmstrategy.rules.MaturityRoute;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Helpers shared by the renderers. */
public final class Formatting {
  private Formatting() {}

  /** The lower-case severity name. */
  public static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The count of findings of {@code severity}. */
  public static int count(AssessmentReport report, Severity severity) {
    return report.countsBySeverity().getOrDefault(severity, 0);
  }

  /** Today's blocks of the report, in {@link BuildingBlock} order. */
  public static List<BlockMaturity> blocks(AssessmentReport report) {
    return blocks(report.maturity().current());
  }

  /** The blocks of {@code profile}, in {@link BuildingBlock} order. */
  public static List<BlockMaturity> blocks(MaturityProfile profile) {
    return java.util.Arrays.stream(BuildingBlock.values())
        .map(b -> profile.blocks().get(b))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** Each block's levels side by side (today, target, self-assessed, peers), in block order. */
  public static List<BlockLevels> levels(AssessmentReport report) {
    return java.util.Arrays.stream(BuildingBlock.values())
        .map(b -> report.maturity().blocks().get(b))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /**
   * Peer levels per block by peer name, as the report gives them, peers in name order; only peers
   * with a level for a block of the report.
   */
  public static Map<String, Map<BuildingBlock, Integer>> peerLevels(ReviewedPlan plan) {
    Map<String, Map<BuildingBlock, Integer>> peers = new TreeMap<>();
    for (BlockLevels l : levels(plan.report())) {
      l.peers()
          .forEach(
              (peer, level) ->
                  peers.computeIfAbsent(peer, p -> new LinkedHashMap<>()).put(l.block(), level));
    }
    return peers;
  }

  /** The peers' levels of a block, {@code 3/2} for two peers, {@code -} for none. */
  public static String peerCell(BlockLevels l, String none) {
    return l.peers().isEmpty()
        ? none
        : String.join("/", l.peers().values().stream().map(String::valueOf).toList());
  }

  /** The self-assessed level of a block, or {@code none}. */
  public static String selfCell(BlockLevels l, String none) {
    return l.selfAssessed().isPresent() ? String.valueOf(l.selfAssessed().getAsInt()) : none;
  }

  /** The climb from today to the target: {@code +1}, {@code 0}. */
  public static String climb(BlockLevels l) {
    return l.gap() > 0 ? "+" + l.gap() : "0";
  }

  /** "level 2 (Managed), score 38.5 / 100" for a profile. */
  public static String levelAndScore(MaturityProfile p) {
    return "level "
        + p.level()
        + " ("
        + p.levelName()
        + "), score "
        + io.github.crmstrategy.text.Numbers.oneDecimal(p.score())
        + " / 100";
  }

  /** The document-quality aspects with their scores: "links 100, owners 93.3, ...". */
  public static String aspects(DocumentQuality q) {
    return String.join(
        ", ",
        q.aspects().entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + " "
                        + io.github.crmstrategy.text.Numbers.oneDecimal(e.getValue().score()))
            .toList());
  }

  /** The route in words: "2.1 years from 2026-11-20 to 2028-12-31, 1.5 years per level step". */
  public static String route(MaturityRoute r) {
    String span =
        r.from().isPresent() && r.to().isPresent()
            ? io.github.crmstrategy.text.Numbers.upToTwoDecimals(r.yearsAvailable())
                + " years from "
                + r.from().get()
                + " to "
                + r.to().get()
            : "no dated horizon";
    return span
        + ", at "
        + io.github.crmstrategy.text.Numbers.upToTwoDecimals(r.yearsPerLevel())
        + " years per level step";
  }

  /** The rule with {@code id} in {@code rules}. */
  public static Optional<RuleDescriptor> rule(List<RuleDescriptor> rules, String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The path as shown to readers: the document itself is {@code (document)}. */
  public static String shownPath(String path) {
    return path.isEmpty() ? "(document)" : path;
  }

  /**
   * An HTML id for an element path: {@code el-} and the path with every character outside {@code
   * [A-Za-z0-9-]} replaced by {@code _} and its code point, so that distinct paths get distinct
   * ids.
   */
  public static String anchor(String path) {
    StringBuilder sb = new StringBuilder("el-");
    if (path.isEmpty()) {
      return "el-document";
    }
    path.codePoints()
        .forEach(
            c -> {
              if ((c >= 'a' && c <= 'z')
                  || (c >= 'A' && c <= 'Z')
                  || (c >= '0' && c <= '9')
                  || c == '-') {
                sb.appendCodePoint(c);
              } else if (c == '.') {
                sb.append("__");
              } else {
                sb.append('_').append(Integer.toHexString(c)).append('_');
              }
            });
    return sb.toString();
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String html(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Escapes text for a Markdown table cell (pipes, line breaks) and inline HTML. */
  public static String md(String s) {
    return s.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\r", "")
        .replace("\n", "<br>");
  }

  /** Code span for Markdown (backticks inside are rare in paths; doubled fences handle them). */
  public static String code(String s) {
    if (s.isEmpty()) {
      return "*(document)*";
    }
    String fence = s.contains("`") ? "``" : "`";
    return fence + s.replace("|", "\\|") + fence;
  }

  /**
   * The top next actions as lines of plain text (no markup), each action a title line and a detail
   * line: what to change, what it resolves, why it is worth it. Empty when there is none.
   */
  public static List<String[]> nextActions(AssessmentReport report, int max) {
    List<String[]> out = new java.util.ArrayList<>();
    for (io.github.crmstrategy.rules.TopAction a : report.nextActions().top()) {
      if (out.size() >= max) {
        break;
      }
      List<String> detail = new java.util.ArrayList<>();
      if (!a.elements().isEmpty()) {
        List<String> shown =
            a.elements().stream().map(e -> shownPath(e.toString())).distinct().toList();
        detail.add(
            "change "
                + String.join(", ", shown.subList(0, Math.min(4, shown.size())))
                + (shown.size() > 4 ? " and " + (shown.size() - 4) + " more" : ""));
      }
      if (!a.why().isBlank()) {
        detail.add(a.why());
      }
      out.add(new String[] {a.rank() + ". " + a.title(), String.join("; ", detail)});
    }
    return out;
  }

  /**
   * {@code text} wrapped at spaces into lines of at most {@code width} characters (longer words
   * stay whole).
   */
  public static List<String> wrapLines(String text, int width) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split(" +")) {
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

  private static final java.util.regex.Pattern ANSI =
      java.util.regex.Pattern.compile("\u001b\\[[0-9;]*m");

  private static final java.util.regex.Pattern LABEL =
      java.util.regex.Pattern.compile("^\\p{L}[\\p{L} ,'-]*: +");

  private static final java.util.regex.Pattern MARKER =
      java.util.regex.Pattern.compile("^( *)(\\d+\\.|- |\\* |\\[[^\\]]+\\])\\s*");

  /** The width of {@code s} on a terminal: ANSI escapes take no column. */
  public static int columns(String s) {
    return ANSI.matcher(s)
        .replaceAll("")
        .codePointCount(0, ANSI.matcher(s).replaceAll("").length());
  }

  /**
   * {@code doc} with every line wider than {@code width} columns broken at spaces, each
   * continuation indented under the text it continues: after a {@code Label:} column, a list marker
   * or a rule id in brackets, else at the line's own indent. Markdown tables, headings, HTML lines
   * and fenced code are left whole; a word wider than the line is cut.
   */
  public static String wrap(String doc, int width) {
    StringBuilder out = new StringBuilder(doc.length() + 256);
    boolean fenced = false;
    String[] lines = doc.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("```")) {
        fenced = !fenced;
      }
      if (fenced
          || columns(line) <= width
          || line.startsWith("|")
          || line.startsWith("#")
          || line.startsWith("<")) {
        out.append(line);
      } else {
        wrapLine(out, line, width);
      }
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static void wrapLine(StringBuilder out, String line, int width) {
    String visible = ANSI.matcher(line).replaceAll("");
    int indent = 0;
    while (indent < visible.length() && visible.charAt(indent) == ' ') {
      indent++;
    }
    java.util.regex.Matcher label = LABEL.matcher(visible);
    java.util.regex.Matcher marker = MARKER.matcher(visible);
    if (label.find() && label.end() < width / 2) {
      indent = label.end();
    } else if (marker.find() && marker.end() < width / 2) {
      indent =
          marker.group(1).length()
              + (marker.group(2).startsWith("[") ? 4 : marker.group(2).trim().length() + 1);
    }
    String pad = " ".repeat(indent);
    int lead = 0;
    while (lead < line.length() && line.charAt(lead) == ' ') {
      lead++;
    }
    StringBuilder current = new StringBuilder(line.substring(0, lead));
    int used = lead;
    boolean empty = true;
    for (String word : line.substring(lead).split(" ")) {
      if (word.isEmpty()) {
        if (!empty) {
          current.append(' ');
          used++;
        }
        continue;
      }
      int w = columns(word);
      if (!empty && used + 1 + w > width) {
        out.append(stripTrailing(current)).append('\n');
        current = new StringBuilder(pad);
        used = indent;
        empty = true;
      }
      while (w > width - indent && ANSI.matcher(word).replaceAll("").equals(word)) {
        int room = width - used - (empty ? 0 : 1);
        if (room <= 0) {
          out.append(stripTrailing(current)).append('\n');
          current = new StringBuilder(pad);
          used = indent;
          empty = true;
          room = width - indent;
        }
        current.append(empty ? "" : " ").append(word, 0, room);
        out.append(current).append('\n');
        word = word.substring(room);
        w = word.length();
        current = new StringBuilder(pad);
        used = indent;
        empty = true;
      }
      if (!empty) {
        current.append(' ');
        used++;
      }
      current.append(word);
      used += w;
      empty = false;
    }
    out.append(stripTrailing(current));
  }

  private static String stripTrailing(CharSequence s) {
    return s.toString().stripTrailing();
  }
}
