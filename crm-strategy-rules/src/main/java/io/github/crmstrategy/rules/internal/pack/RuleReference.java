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
import io.github.crmstrategy.text.Languages;
import io.github.crmstrategy.text.Messages;
import io.github.crmstrategy.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Generates the rule reference ({@code docs/rules.md}, and {@code docs/rules.ru.md} in Russian)
 * from a pack's rule metadata and data: a table of rules per category, a section per rule with its
 * rationale and remediation, the parameter catalogue and the data tables. The Russian reference
 * takes the rules' titles, rationales, remediations and notes, the parameters' descriptions and its
 * own headings from the rule texts ({@code rules_ru.properties}); the data tables are data and stay
 * as they are. {@code RuleReferenceTest} keeps the committed files up to date.
 */
public final class RuleReference {
  /** The bundle of the rule texts (Russian; English is the rule metadata). */
  static final String TEXTS = "io.github.crmstrategy.rules.i18n.rules";

  private RuleReference() {}

  /** The reference of the built-in pack. */
  public static String defaultPack() {
    return defaultPack(Languages.ENGLISH);
  }

  /** The reference of the built-in pack in {@code locale}'s language (English unless Russian). */
  public static String defaultPack(Locale locale) {
    RuleData data = RuleData.defaults();
    return markdown(RuleCatalog.describe(DefaultPack.kieBase(), RulePack.of(data)), data, locale);
  }

  /** The reference of {@code rules} reading {@code data}. */
  public static String markdown(List<RuleDescriptor> rules, RuleData data) {
    return markdown(rules, data, Languages.ENGLISH);
  }

  /** The reference of {@code rules} reading {@code data} in {@code locale}'s language. */
  public static String markdown(List<RuleDescriptor> rules, RuleData data, Locale locale) {
    Labels l = new Labels(Languages.supported(locale));
    StringBuilder md = new StringBuilder();
    md.append("# ").append(l.t("reference.title", "Rule reference")).append("\n\n");
    md.append("<!-- ")
        .append(
            l.t(
                "reference.generated",
                "Generated from the rule metadata by "
                    + RuleReference.class.getName()
                    + ": do not edit. Regenerate with",
                "class",
                RuleReference.class.getName()))
        .append("\n")
        .append("     mvn -B -pl crm-strategy-rules -am test -Dtest=RuleReferenceTest")
        .append(" -Dsurefire.failIfNoSpecifiedTests=false -DupdateRuleReference=true -->\n\n");
    md.append(
            l.t(
                "reference.intro",
                "Rule pack `"
                    + data.packName()
                    + "` version "
                    + data.packVersion()
                    + ": "
                    + count(rules.size(), "reporting rule")
                    + ". Each finding names its rule id, category, severity, priority, the element"
                    + " path, a message, the rationale and the remediation below. The priority (P1,"
                    + " act on it first, to P5) comes from the rule's impact on the strategy's"
                    + " success and the certainty of its diagnosis; reports order findings by"
                    + " severity, then priority.",
                "pack",
                data.packName(),
                "version",
                data.packVersion(),
                "count",
                rules.size()))
        .append("\n");

    for (Category category : Category.values()) {
      List<RuleDescriptor> inCategory =
          rules.stream().filter(r -> r.category() == category).toList();
      md.append("\n## ")
          .append(l.t("reference.category." + category.name(), title(category)))
          .append("\n\n");
      if (inCategory.isEmpty()) {
        md.append(l.t("reference.noRules", "No rules yet.")).append("\n");
        continue;
      }
      md.append(
              l.t(
                  "reference.tableHeader",
                  "| Id | Title | Severity | Priority | Parameters (default) |"))
          .append("\n|---|---|---|---|---|\n");
      for (RuleDescriptor r : inCategory) {
        md.append("| [")
            .append(r.id())
            .append("](#")
            .append(anchor(r.id()))
            .append(") | ")
            .append(cell(l.rule(r.id(), "title", r.title())))
            .append(" | ")
            .append(r.severity())
            .append(" | P")
            .append(r.priority())
            .append(" | ")
            .append(parameters(r, data))
            .append(" |\n");
      }
    }

    md.append("\n## ").append(l.t("reference.rules", "Rules")).append("\n");
    for (RuleDescriptor r : rules) {
      md.append("\n### ").append(r.id()).append("\n\n");
      md.append("**").append(l.rule(r.id(), "title", r.title()).strip()).append("**\n\n");
      md.append("- ")
          .append(l.t("reference.categoryLabel", "Category"))
          .append(": ")
          .append(l.english() ? r.category().name() : l.t("reference.category." + r.category(), ""))
          .append('\n');
      md.append("- ")
          .append(l.t("reference.severityLabel", "Severity"))
          .append(": ")
          .append(l.english() ? r.severity().name() : l.t("reference.severity." + r.severity(), ""))
          .append('\n');
      md.append("- ")
          .append(
              l.t(
                  "reference.priority",
                  "Priority: P"
                      + r.priority()
                      + " (impact "
                      + r.impact()
                      + ", certainty "
                      + r.certainty()
                      + ")",
                  "priority",
                  r.priority(),
                  "impact",
                  r.impact(),
                  "certainty",
                  r.certainty()))
          .append("\n");
      md.append("- ")
          .append(l.t("reference.droolsRule", "Drools rule"))
          .append(": `")
          .append(r.name())
          .append("`\n");
      md.append("- ")
          .append(l.t("reference.parametersLabel", "Parameters"))
          .append(": ")
          .append(parameters(r, data))
          .append("\n\n");
      md.append(l.t("reference.rationale", "Rationale"))
          .append(": ")
          .append(text(l.rule(r.id(), "rationale", r.rationale())))
          .append("\n\n");
      md.append(l.t("reference.remediation", "Remediation"))
          .append(": ")
          .append(text(l.rule(r.id(), "remediation", r.remediation())))
          .append('\n');
      if (!r.analystNote().isBlank()) {
        md.append("\n")
            .append(l.t("reference.analysts", "For analysts"))
            .append(": ")
            .append(text(l.rule(r.id(), "analystNote", r.analystNote())))
            .append('\n');
      }
    }

    md.append("\n## ").append(l.t("reference.parameters", "Parameters")).append("\n\n");
    md.append(
            l.t(
                "reference.parametersIntro",
                "Rules read these named, typed parameters as `Param` facts; the defaults live in"
                    + " `parameters.yaml`."))
        .append("\n\n");
    md.append(
            l.t("reference.parametersHeader", "| Name | Type | Default | Description | Used by |"))
        .append("\n|---|---|---|---|---|\n");
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
          .append(cell(l.t("param." + p.name() + ".description", p.description())))
          .append(" | ")
          .append(usedBy.isEmpty() ? "-" : usedBy)
          .append(" |\n");
    }

    md.append("\n## ").append(l.t("reference.data", "Data tables")).append("\n\n");
    md.append(
            l.t(
                "reference.dataIntro",
                "The rules also read these tables, YAML resources of crm-strategy-rules in `"
                    + RuleData.DATA_FOLDER.substring(1)
                    + "`:",
                "folder",
                RuleData.DATA_FOLDER.substring(1)))
        .append("\n\n");
    for (String file : RuleData.DATA_FILES) {
      md.append("- `").append(file).append("`\n");
    }
    tables(md, data.tables(), l);
    return md.toString();
  }

  /** The catalogue, relations, industries, checks, folding and vocabulary, as the pack has them. */
  private static void tables(StringBuilder md, RuleData.Tables t, Labels l) {
    md.append("\n### ")
        .append(l.t("reference.kinds", "Indicator kinds"))
        .append(" (`indicator-catalogue.yaml`)\n\n");
    md.append(
        l.t(
            "reference.kindsHeader",
            "| Kind | Dimension | Direction | Range | Growth | Flags | Names |"));
    md.append("\n|---|---|---|---|---|---|---|\n");
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
    md.append("\n### ")
        .append(l.t("reference.units", "Units and scales"))
        .append(" (`indicator-catalogue.yaml`)\n\n");
    md.append(l.t("reference.unitsHeader", "| Unit | Dimension | Names |"))
        .append("\n|---|---|---|\n");
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
          .append(" | ")
          .append(l.t("reference.scale", "scale"))
          .append(" | ")
          .append(cell(String.join(", ", sc.names())))
          .append(" |\n");
    }
    md.append("\n### ")
        .append(l.t("reference.relations", "Relations between indicators"))
        .append(" (`indicator-relations.yaml`)\n\n");
    md.append(
            l.t(
                "reference.relationsHeader",
                "| Relation | Formula | Tolerance | Checked on | Reported by |"))
        .append("\n|---|---|---|---|---|\n");
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
          .append(r.relative() ? " " + l.t("reference.relative", "% of the right side") : "")
          .append(" | ")
          .append(String.join(", ", r.on()))
          .append(" | ")
          .append(r.rule().isEmpty() ? "REAL-030" : r.rule())
          .append(" |\n");
    }
    md.append("\n### ")
        .append(l.t("reference.industries", "Industries"))
        .append(" (`industries.yaml`)\n\n");
    md.append(l.t("reference.industriesHeader", "| Industry | Names |")).append("\n|---|---|\n");
    for (Industry i : t.industries()) {
      md.append("| `")
          .append(i.id())
          .append("` | ")
          .append(cell(String.join(", ", i.names())))
          .append(" |\n");
    }
    md.append("\n### ")
        .append(l.t("reference.coverage", "Coverage checks"))
        .append(" (`checks.yaml`)\n\n");
    md.append(
        l.t(
            "reference.coverageHeader",
            "| Check | Each | Tag | Served by | Answered by | Reported by |"));
    md.append("\n|---|---|---|---|---|---|\n");
    for (CoverageCheck c : t.coverage()) {
      md.append("| `")
          .append(c.id())
          .append("` | ")
          .append(String.join(", ", c.each()))
          .append(" | ")
          .append(c.tag().isEmpty() ? "-" : c.tag())
          .append(
              c.notTag().isEmpty() ? "" : ", " + l.t("reference.notTag", "not") + " " + c.notTag())
          .append(" | ")
          .append(String.join(", ", c.by()))
          .append(c.byParent() ? " " + l.t("reference.orParent", "(or its parent)") : "")
          .append(" | ")
          .append(c.answeredBy().isEmpty() ? "-" : String.join(", ", c.answeredBy()))
          .append(" | ")
          .append(c.rule().isEmpty() ? "ALIGN-047" : c.rule())
          .append(" |\n");
    }
    md.append("\n### ")
        .append(l.t("reference.orderings", "Orderings"))
        .append(" (`checks.yaml`)\n\n");
    md.append(
        l.t(
            "reference.orderingsHeader",
            "| Ordering | Along | Earlier | Later | Lag (months) | Reported by |"));
    md.append("\n|---|---|---|---|---|---|\n");
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
    md.append("\n### ")
        .append(l.t("reference.texts", "Narrative texts"))
        .append(" (`checks.yaml`)\n\n");
    md.append(l.t("reference.textsHeader", "| Element kind | Fewest words |"))
        .append("\n|---|---|\n");
    for (TextCheck x : t.texts()) {
      md.append("| ").append(x.kind()).append(" | ").append(x.minWords()).append(" |\n");
    }
    md.append("\n### ").append(l.t("reference.folding", "Folding")).append(" (`folding.yaml`)\n\n");
    md.append(l.t("reference.foldingHeader", "| Consequence | Root cause | Scope | Mode | Why |"))
        .append("\n|---|---|---|---|---|\n");
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
    md.append("\n### ")
        .append(l.t("reference.vocabulary", "Vocabulary"))
        .append(" (`vocabulary.yaml`)\n\n");
    md.append(l.t("reference.vocabularyHeader", "| Concept | Type | Terms |"))
        .append("\n|---|---|---|\n");
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

  /**
   * The reference's words in one language: English as written in the code, Russian from the rule
   * texts (a key the Russian texts lack is an error: {@code LanguageBundlesTest} keeps them
   * complete).
   */
  private static final class Labels {
    private final Messages ru;

    Labels(Locale locale) {
      this.ru =
          "ru".equals(locale.getLanguage())
              ? Messages.of(TEXTS, locale, RuleReference.class.getClassLoader())
              : null;
    }

    boolean english() {
      return ru == null;
    }

    /** {@code english}, or the Russian pattern {@code key} with {@code args}. */
    String t(String key, String english, Object... args) {
      if (ru == null) {
        return english;
      }
      return ru.find(key, Messages.named(args))
          .orElseThrow(() -> new IllegalStateException("no Russian text " + key));
    }

    /** A rule's {@code part} (title, rationale...): its metadata, or its Russian text. */
    String rule(String id, String part, String english) {
      return ru == null ? english : ru.find(id + "." + part, java.util.Map.of()).orElse(english);
    }
  }
}
