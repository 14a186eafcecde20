package io.github.crmstrategy.report.internal;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.CurrentState;
import io.github.crmstrategy.model.PeerProfile;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import java.util.Comparator;
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

  /** The blocks of the report, in {@link BuildingBlock} order. */
  public static List<BlockMaturity> blocks(AssessmentReport report) {
    return java.util.Arrays.stream(BuildingBlock.values())
        .map(b -> report.maturity().blocks().get(b))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /**
   * Peer levels per block by peer name, as the plan's current-state assessment gives them (the
   * levels the report's peer gaps are computed from), peers sorted by name; only the blocks the
   * report has, and only peers with a level for one of them.
   */
  public static Map<String, Map<BuildingBlock, Integer>> peerLevels(ReviewedPlan plan) {
    Map<BuildingBlock, BlockMaturity> blocks = plan.report().maturity().blocks();
    Map<String, Map<BuildingBlock, Integer>> peers = new TreeMap<>();
    plan.plan().currentState().map(CurrentState::peers).orElse(List.of()).stream()
        .sorted(Comparator.comparing(PeerProfile::name))
        .forEach(
            peer -> {
              for (BuildingBlock block : BuildingBlock.values()) {
                Integer level = peer.maturity().get(block);
                if (level != null && blocks.containsKey(block)) {
                  peers.computeIfAbsent(peer.name(), p -> new LinkedHashMap<>()).put(block, level);
                }
              }
            });
    return peers;
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
}
