package io.github.crmstrategy.rules.internal.pack;

import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.facts.CoverageCheck;
import io.github.crmstrategy.rules.facts.Fmt;
import io.github.crmstrategy.rules.facts.FoldRule;
import io.github.crmstrategy.rules.facts.IndicatorKind;
import io.github.crmstrategy.rules.facts.IndicatorRelation;
import io.github.crmstrategy.rules.facts.Industry;
import io.github.crmstrategy.rules.facts.OrderingCheck;
import io.github.crmstrategy.rules.facts.TextCheck;
import io.github.crmstrategy.rules.facts.UnitScale;
import io.github.crmstrategy.rules.facts.UnitSpec;
import io.github.crmstrategy.rules.facts.VocabularyConcept;
import io.github.crmstrategy.rules.internal.pack.RuleData.ParamSpec;
import io.github.crmstrategy.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Generates the rule reference ({@code docs/rules.md}) from a pack's rule metadata and data: a
 * table of rules per category, a section per rule with its rationale and remediation, the parameter
 * catalogue and the data tables. {@code RuleReferenceTest} keeps the committed file up to date.
 */
public final class RuleReference {

  private RuleReference() {}

  /** The reference of the built-in pack. */
  public static String defaultPack() {
    RuleData data = RuleData.defaults();
    return markdown(RuleCatalog.describe(DefaultPack.kieBase(), RulePack.of(data)), data);
  }

  /** The reference of {@code rules} reading {@code data}. */
  public static String markdown(List<RuleDescriptor> rules, RuleData data) {
    StringBuilder md = new StringBuilder();
    md.append("# Rule reference\n\n");
    md.append("<!-- Generated from the rule metadata by ")
        .append(RuleReference.class.getName())
        .append(": do not edit. Regenerate with\n")
        .append("     mvn -B -pl crm-strategy-rules -am test -Dtest=RuleReferenceTest")
        .append(" -Dsurefire.failIfNoSpecifiedTests=false -DupdateRuleReference=true -->\n\n");
    md.append("Rule pack `")
        .append(data.packName())
        .append("` version ")
        .append(data.packVersion())
        .append(": ")
        .append(count(rules.size(), "reporting rule"))
        .append(
            ". Each finding names its rule id, category, severity, priority, the element path, a")
        .append(" message, the rationale and the remediation below. The priority (P1, act on it")
        .append(" first, to P5) comes from the rule's impact on the strategy's success and the")
        .append(
            " certainty of its diagnosis; reports order findings by severity, then priority.\n");

    for (Category category : Category.values()) {
      List<RuleDescriptor> inCategory =
          rules.stream().filter(r -> r.category() == category).toList();
      md.append("\n## ").append(title(category)).append("\n\n");
      if (inCategory.isEmpty()) {
        md.append("No rules yet.\n");
        continue;
      }
      md.append(
          "| Id | Title | Severity | Priority | Parameters (default) |\n|---|---|---|---|---|\n");
      for (RuleDescriptor r : inCategory) {
        md.append("| [")
            .append(r.id())
            .append("](#")
            .append(anchor(r.id()))
            .append(") | ")
            .append(cell(r.title()))
            .append(" | ")
            .append(r.severity())
            .append(" | P")
            .append(r.priority())
            .append(" | ")
            .append(parameters(r, data))
            .append(" |\n");
      }
    }

    md.append("\n## Rules\n");
    for (RuleDescriptor r : rules) {
      md.append("\n### ").append(r.id()).append("\n\n");
      md.append("**").append(r.title().strip()).append("**\n\n");
      md.append("- Category: ").append(r.category()).append('\n');
      md.append("- Severity: ").append(r.severity()).append('\n');
      md.append("- Priority: P")
          .append(r.priority())
          .append(" (impact ")
          .append(r.impact())
          .append(", certainty ")
          .append(r.certainty())
          .append(")\n");
      md.append("- Drools rule: `").append(r.name()).append("`\n");
      md.append("- Parameters: ").append(parameters(r, data)).append("\n\n");
      md.append("Rationale: ").append(text(r.rationale())).append("\n\n");
      md.append("Remediation: ").append(text(r.remediation())).append('\n');
      if (!r.analystNote().isBlank()) {
        md.append("\nFor analysts: ").append(text(r.analystNote())).append('\n');
      }
    }

    md.append("\n## Parameters\n\n");
    md.append("Rules read these named, typed parameters as `Param` facts; the defaults live in ")
        .append("`parameters.yaml`.\n\n");
    md.append("| Name | Type | Default | Description | Used by |\n|---|---|---|---|---|\n");
    for (ParamSpec p : data.parameters().values()) {
      String usedBy =
          rules.stream()
              .filter(r -> r.parameters().contains(p.name()))
              .map(RuleDescriptor::id)
              .collect(Collectors.joining(", "));
      md.append("| `")
          .append(p.name())
          .append("` | ")
          .append(p.type())
          .append(" | ")
          .append(Numbers.wholeOrDecimal(p.defaultValue()))
          .append(" | ")
          .append(cell(p.description()))
          .append(" | ")
          .append(usedBy.isEmpty() ? "-" : usedBy)
          .append(" |\n");
    }

    md.append("\n## Data tables\n\n");
    md.append("The rules also read these tables, YAML resources of crm-strategy-rules in `")
        .append(RuleData.DATA_FOLDER.substring(1))
        .append("`:\n\n");
    for (String file : RuleData.DATA_FILES) {
      md.append("- `").append(file).append("`\n");
    }
    tables(md, data.tables());
    return md.toString();
  }

  /** The catalogue, relations, industries, checks, folding and vocabulary, as the pack has them. */
  private static void tables(StringBuilder md, RuleData.Tables t) {
    md.append("\n### Indicator kinds (`indicator-catalogue.yaml`)\n\n");
    md.append("| Kind | Dimension | Direction | Range | Growth | Flags | Names |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (IndicatorKind k : t.kinds()) {
      List<String> flags = new ArrayList<>();
      if (k.vanity()) {
        flags.add("vanity");
      }
      if (k.lagging()) {
        flags.add("lagging");
      }
      if (k.customer()) {
        flags.add("customer");
      }
      md.append("| `")
          .append(k.id())
          .append("` | ")
          .append(k.dimension())
          .append(" | ")
          .append(k.direction())
          .append(" | ")
          .append(range(k))
          .append(" | ")
          .append(k.growth())
          .append(" | ")
          .append(flags.isEmpty() ? "-" : String.join(", ", flags))
          .append(" | ")
          .append(cell(String.join(", ", k.names())))
          .append(" |\n");
    }
    md.append("\n### Units and scales (`indicator-catalogue.yaml`)\n\n");
    md.append("| Unit | Dimension | Names |\n|---|---|---|\n");
    for (UnitSpec u : t.units()) {
      md.append("| `")
          .append(u.id())
          .append("` | ")
          .append(u.dimension())
          .append(" | ")
          .append(cell(String.join(", ", u.names())))
          .append(" |\n");
    }
    for (UnitScale sc : t.scales()) {
      md.append("| x")
          .append(Numbers.wholeOrDecimal(sc.factor()))
          .append(" | scale | ")
          .append(cell(String.join(", ", sc.names())))
          .append(" |\n");
    }
    md.append("\n### Relations between indicators (`indicator-relations.yaml`)\n\n");
    md.append(
        "| Relation | Formula | Tolerance | Checked on | Reported by |\n|---|---|---|---|---|\n");
    for (IndicatorRelation r : t.relations()) {
      String tol =
          r.toleranceParam().isEmpty()
              ? Numbers.wholeOrDecimal(r.tolerance())
              : "`" + r.toleranceParam() + "`";
      md.append("| `")
          .append(r.id())
          .append("` | `")
          .append(r.formula().replace("|", "\\|"))
          .append("` | ")
          .append(tol)
          .append(r.relative() ? " % of the right side" : "")
          .append(" | ")
          .append(String.join(", ", r.on()))
          .append(" | ")
          .append(r.rule().isEmpty() ? "REAL-030" : r.rule())
          .append(" |\n");
    }
    md.append("\n### Industries (`industries.yaml`)\n\n");
    md.append("| Industry | Names |\n|---|---|\n");
    for (Industry i : t.industries()) {
      md.append("| `")
          .append(i.id())
          .append("` | ")
          .append(cell(String.join(", ", i.names())))
          .append(" |\n");
    }
    md.append("\n### Coverage checks (`checks.yaml`)\n\n");
    md.append("| Check | Each | Tag | Served by | Answered by | Reported by |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (CoverageCheck c : t.coverage()) {
      md.append("| `")
          .append(c.id())
          .append("` | ")
          .append(String.join(", ", c.each()))
          .append(" | ")
          .append(c.tag().isEmpty() ? "-" : c.tag())
          .append(c.notTag().isEmpty() ? "" : ", not " + c.notTag())
          .append(" | ")
          .append(String.join(", ", c.by()))
          .append(c.byParent() ? " (or its parent)" : "")
          .append(" | ")
          .append(c.answeredBy().isEmpty() ? "-" : String.join(", ", c.answeredBy()))
          .append(" | ")
          .append(c.rule().isEmpty() ? "ALIGN-047" : c.rule())
          .append(" |\n");
    }
    md.append("\n### Orderings (`checks.yaml`)\n\n");
    md.append("| Ordering | Along | Earlier | Later | Lag (months) | Reported by |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (OrderingCheck o : t.orderings()) {
      md.append("| `")
          .append(o.id())
          .append("` | ")
          .append(String.join(", ", o.relations()))
          .append(" | ")
          .append(o.earlier())
          .append(" | ")
          .append(o.later())
          .append(" | ")
          .append(
              o.lagParam().isEmpty()
                  ? Numbers.wholeOrDecimal(o.lagMonths())
                  : "`" + o.lagParam() + "`")
          .append(" | ")
          .append(o.rule().isEmpty() ? "ALIGN-046" : o.rule())
          .append(" |\n");
    }
    md.append("\n### Narrative texts (`checks.yaml`)\n\n");
    md.append("| Element kind | Fewest words |\n|---|---|\n");
    for (TextCheck x : t.texts()) {
      md.append("| ").append(x.kind()).append(" | ").append(x.minWords()).append(" |\n");
    }
    md.append("\n### Folding (`folding.yaml`)\n\n");
    md.append("| Consequence | Root cause | Scope | Mode | Why |\n|---|---|---|---|---|\n");
    for (FoldRule f : t.folds()) {
      md.append("| ")
          .append(f.fold())
          .append(" | ")
          .append(f.into())
          .append(" | ")
          .append(f.scope())
          .append(" | ")
          .append(f.mode())
          .append(" | ")
          .append(cell(f.reason()))
          .append(" |\n");
    }
    md.append("\n### Vocabulary (`vocabulary.yaml`)\n\n");
    md.append("| Concept | Type | Terms |\n|---|---|---|\n");
    for (VocabularyConcept c : t.concepts()) {
      md.append("| `")
          .append(c.id())
          .append("` | ")
          .append(c.type())
          .append(" | ")
          .append(cell(String.join(", ", c.terms())))
          .append(" |\n");
    }
  }

  private static String range(IndicatorKind k) {
    if (k.low() == null && k.high() == null) {
      return "-";
    }
    return (k.low() == null ? "" : Numbers.wholeOrDecimal(k.low()))
        + ".."
        + (k.high() == null ? "" : Numbers.wholeOrDecimal(k.high()));
  }

  private static String title(Category category) {
    String name = category.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The rule's parameters with their defaults, e.g. {@code `realism.trendFloor` = 1}. */
  private static String parameters(RuleDescriptor r, RuleData data) {
    return r.parameters().isEmpty()
        ? "-"
        : r.parameters().stream()
            .map(
                p -> {
                  ParamSpec spec = data.parameters().get(p);
                  return "`" + p + "`" + (spec == null ? "" : " = " + Fmt.num(spec.defaultValue()));
                })
            .collect(Collectors.joining(", "));
  }

  private static String anchor(String id) {
    return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
  }

  private static String text(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.isEmpty() ? "-" : t;
  }

  private static String cell(String s) {
    return text(s).replace("|", "\\|");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
