package io.github.crmstrategy.rules.internal.engine;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.facts.FoldRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds consequences into their root causes, as {@code folding.yaml} declares: one root cause, one
 * finding. For each row in order, every finding of rule {@code fold} that has a finding of rule
 * {@code into} in scope is removed; in {@code mention} mode its message is added to the root
 * cause's message ("Also: ...") and the consequence to its {@link Finding#mentions()} (so that a
 * translation can say it too), in either mode its rule id and path go to the root cause's evidence
 * under {@code folded}. A root cause is searched among the findings that are still there, in report
 * order, so the result does not depend on the order rules fired in. A row whose {@code fold} and
 * {@code into} name the same rule groups that rule's findings: within each scope, the first finding
 * in report order takes in the others (one finding for a defect repeated on every element of a
 * section).
 */
final class Folding {
  private Folding() {}

  /** {@code findings} (in report order) with the consequences folded in, in report order. */
  static List<Finding> fold(List<Finding> findings, List<FoldRule> rules) {
    List<Finding> out = new ArrayList<>(findings);
    for (FoldRule rule : rules) {
      if (rule.fold().equals(rule.into())) {
        group(out, rule);
        continue;
      }
      List<Finding> consequences =
          out.stream().filter(f -> f.ruleId().equals(rule.fold())).toList();
      for (Finding c : consequences) {
        int at = rootOf(out, c, rule);
        if (at < 0) {
          continue;
        }
        Finding root = out.get(at);
        out.set(at, merged(root, c, rule.mode().equals("mention")));
        out.remove(c);
      }
    }
    out.sort(Finding.ORDER);
    return out;
  }

  /** Folds each finding of the row's rule into the first one in its scope (report order). */
  private static void group(List<Finding> out, FoldRule rule) {
    out.sort(Finding.ORDER);
    List<Finding> roots = new ArrayList<>();
    for (Finding f : List.copyOf(out)) {
      if (!f.ruleId().equals(rule.fold())) {
        continue;
      }
      int root = -1;
      for (int i = 0; i < roots.size() && root < 0; i++) {
        if (inScope(roots.get(i).path(), f.path(), rule.scope())) {
          root = i;
        }
      }
      if (root < 0) {
        roots.add(f);
        continue;
      }
      Finding merged = merged(roots.get(root), f, rule.mode().equals("mention"));
      out.set(out.indexOf(roots.get(root)), merged);
      roots.set(root, merged);
      out.remove(f);
    }
  }

  private static int rootOf(List<Finding> findings, Finding consequence, FoldRule rule) {
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f != consequence
          && f.ruleId().equals(rule.into())
          && inScope(f.path(), consequence.path(), rule.scope())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean inScope(ElementPath root, ElementPath consequence, String scope) {
    return switch (scope) {
      case "samePath" -> root.toString().equals(consequence.toString());
      case "section" -> section(root).equals(section(consequence));
      case "plan" -> true;
      default ->
          // section:NAME, both in that top-level section
          section(root).equals(scope.substring("section:".length()))
              && section(consequence).equals(section(root));
    };
  }

  /** The top-level section of a path: {@code crmStrategy} for {@code crmStrategy.goals[CG1]}. */
  private static String section(ElementPath path) {
    String s = path.toString();
    int end = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    return s.substring(0, end);
  }

  private static Finding merged(Finding root, Finding consequence, boolean mention) {
    Map<String, String> evidence = new LinkedHashMap<>(root.evidence());
    String entry = consequence.ruleId() + " " + consequence.path();
    String nested = consequence.evidence().get("folded");
    if (nested != null) {
      // a consequence that had taken in findings of its own passes them on (chains of folds)
      entry += "; " + nested;
    }
    evidence.merge("folded", entry, (a, b) -> a + "; " + b);
    String message = root.message();
    if (mention) {
      if (message.endsWith(".")) {
        message = message.substring(0, message.length() - 1);
      }
      message += (message.contains(" Also: ") ? "; " : ". Also: ") + consequence.message();
      return Finding.builder()
          .from(root)
          .message(message)
          .evidence(evidence)
          .addMentions(consequence)
          .build();
    }
    return Finding.builder().from(root).message(message).evidence(evidence).build();
  }
}
