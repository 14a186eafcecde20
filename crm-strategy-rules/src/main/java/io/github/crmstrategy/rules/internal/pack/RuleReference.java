package io.github.crmstrategy.rules.internal.pack;

import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.facts.Fmt;
import io.github.crmstrategy.rules.internal.pack.RuleData.ParamSpec;
import io.github.crmstrategy.text.Numbers;
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
            ". Each finding names its rule id, category, severity, the element path, a message,")
        .append(" the rationale and the remediation below.\n");

    for (Category category : Category.values()) {
      List<RuleDescriptor> inCategory =
          rules.stream().filter(r -> r.category() == category).toList();
      md.append("\n## ").append(title(category)).append("\n\n");
      if (inCategory.isEmpty()) {
        md.append("No rules yet.\n");
        continue;
      }
      md.append("| Id | Title | Severity | Parameters (default) |\n|---|---|---|---|\n");
      for (RuleDescriptor r : inCategory) {
        md.append("| [")
            .append(r.id())
            .append("](#")
            .append(anchor(r.id()))
            .append(") | ")
            .append(cell(r.title()))
            .append(" | ")
            .append(r.severity())
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
      md.append("- Drools rule: `").append(r.name()).append("`\n");
      md.append("- Parameters: ").append(parameters(r, data)).append("\n\n");
      md.append("Rationale: ").append(text(r.rationale())).append("\n\n");
      md.append("Remediation: ").append(text(r.remediation())).append('\n');
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
    return md.toString();
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
