package io.github.crmstrategy.rules.internal.pack;

import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.profile.ProfileProblem;
import io.github.crmstrategy.rules.profile.RuleProfile;
import io.github.crmstrategy.rules.profile.RuleSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Checks the analyst's rules of a compiled pack: every rule carries the metadata a finding needs,
 * with a known category and severity, and an id of its own (not a built-in rule's, an alias, or
 * another file's).
 */
public final class AnalystRuleLint {
  /** Metadata every analyst rule must carry. */
  public static final List<String> REQUIRED_METADATA =
      List.of("id", "title", "category", "severity", "rationale", "remediation");

  private AnalystRuleLint() {}

  /**
   * Adds to {@code problems} what is wrong with the rules of {@code kieBase} that are not in {@code
   * builtIn}; {@code display} maps compiled source paths to the names the analyst gave the files.
   *
   * @param kieBase the compiled pack
   * @param builtIn the built-in pack
   * @param builtInIds the rule ids of the built-in pack
   * @param aliases deprecated rule ids to their current ids
   * @param display compiled source paths to the files' display names
   * @param profile the profile whose rules were compiled
   * @param problems where the problems are added
   */
  public static void check(
      KieBase kieBase,
      KieBase builtIn,
      Set<String> builtInIds,
      Map<String, String> aliases,
      Map<String, String> display,
      RuleProfile profile,
      List<ProfileProblem> problems) {
    Set<String> builtInRules = new HashSet<>();
    for (KiePackage pkg : builtIn.getKiePackages()) {
      for (Rule r : pkg.getRules()) {
        builtInRules.add(pkg.getName() + "/" + r.getName());
      }
    }
    Map<String, String> idFiles = new HashMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule r : pkg.getRules()) {
        if (builtInRules.contains(pkg.getName() + "/" + r.getName())) {
          continue;
        }
        String file = sourceOf(r, display, profile);
        String what = "rule \"" + r.getName() + "\"";
        List<String> missing =
            REQUIRED_METADATA.stream().filter(k -> !r.getMetaData().containsKey(k)).toList();
        if (!missing.isEmpty()) {
          problems.add(
              ProfileProblem.in(
                  file,
                  what
                      + " lacks the metadata "
                      + missing.stream().map(k -> "@" + k).toList()
                      + " (every rule needs "
                      + REQUIRED_METADATA.stream().map(k -> "@" + k).toList()
                      + ")"));
          continue;
        }
        RuleMetadata meta = RuleMetadata.of(r);
        if (!enumName(meta.category(), Category.class)) {
          problems.add(
              ProfileProblem.in(
                  file,
                  what
                      + " has an unknown @category(\""
                      + meta.category()
                      + "\"): one of "
                      + List.of(Category.values())));
        }
        if (!enumName(meta.severity(), Severity.class)) {
          problems.add(
              ProfileProblem.in(
                  file,
                  what
                      + " has an unknown @severity(\""
                      + meta.severity()
                      + "\"): one of "
                      + List.of(Severity.values())));
        }
        for (String[] grade :
            new String[][] {{"impact", meta.impact()}, {"certainty", meta.certainty()}}) {
          if (!io.github.crmstrategy.rules.Priority.isGrade(grade[1])) {
            problems.add(
                ProfileProblem.in(
                    file,
                    what
                        + " has an unknown @"
                        + grade[0]
                        + "(\""
                        + grade[1]
                        + "\"): one of [high, medium, low]"));
          }
        }
        if (builtInIds.contains(meta.id()) || aliases.containsKey(meta.id())) {
          problems.add(
              ProfileProblem.in(
                  file,
                  what
                      + " has the id "
                      + meta.id()
                      + " of a built-in rule: choose an id of your own"));
        }
        String other = idFiles.putIfAbsent(meta.id(), file);
        if (other != null && !other.equals(file)) {
          problems.add(
              ProfileProblem.in(
                  file, what + " has the id " + meta.id() + ", already used in " + other));
        }
      }
    }
  }

  /**
   * The display name of compiled source {@code path}: the value of the {@code display} entry whose
   * path ends with it (or that it ends with), else the path itself.
   */
  public static String displayOf(String path, Map<String, String> display) {
    for (Map.Entry<String, String> e : display.entrySet()) {
      if (e.getKey().endsWith(path) || path.endsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return path;
  }

  private static <E extends Enum<E>> boolean enumName(String name, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String sourceOf(Rule rule, Map<String, String> display, RuleProfile profile) {
    if (rule instanceof RuleImpl impl
        && impl.getResource() != null
        && impl.getResource().getSourcePath() != null) {
      return displayOf(impl.getResource().getSourcePath(), display);
    }
    // The executable model keeps no resource: find the file declaring the package and rule name.
    java.util.regex.Pattern pkg =
        java.util.regex.Pattern.compile(
            "(?m)^\\s*package\\s+"
                + java.util.regex.Pattern.quote(rule.getPackageName())
                + "\\s*;?\\s*$");
    String decl = "rule \"" + rule.getName() + "\"";
    for (RuleSource drl : profile.drl()) {
      if (pkg.matcher(drl.content()).find() && drl.content().contains(decl)) {
        return drl.name();
      }
    }
    return profile.decisionTables().size() == 1
        ? profile.decisionTables().get(0).name()
        : "package " + rule.getPackageName();
  }
}
