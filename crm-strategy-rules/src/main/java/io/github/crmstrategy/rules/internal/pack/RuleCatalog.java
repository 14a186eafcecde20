package io.github.crmstrategy.rules.internal.pack;

import com.google.common.collect.ImmutableList;
import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** The reporting rules of a compiled pack, read from their metadata. */
public final class RuleCatalog {
  private RuleCatalog() {}

  /**
   * The ids of the reporting rules of {@code kieBase}, sorted (so that a did-you-mean among ids at
   * one distance does not depend on how the KieBase was built).
   */
  public static Set<String> ids(KieBase kieBase) {
    Set<String> ids = new java.util.TreeSet<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        if (RuleMetadata.isReportingRule(rule)) {
          ids.add(RuleMetadata.of(rule).id());
        }
      }
    }
    return ids;
  }

  /**
   * One descriptor per reporting rule id of {@code kieBase}, ordered by id, with the severity and
   * state {@code pack} gives it. Decision tables give one Drools rule per row, all with the table's
   * id: the first row describes them.
   */
  public static ImmutableList<RuleDescriptor> describe(KieBase kieBase, RulePack pack) {
    List<RuleDescriptor> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        if (!RuleMetadata.isReportingRule(rule)) {
          continue;
        }
        RuleMetadata m = RuleMetadata.of(rule);
        if (!seen.add(m.id())) {
          continue;
        }
        out.add(
            RuleDescriptor.builder()
                .id(m.id())
                .name(rule.getName())
                .title(m.title())
                .category(Category.valueOf(m.category()))
                .severity(pack.severities().getOrDefault(m.id(), Severity.valueOf(m.severity())))
                .enabled(!pack.disabled().contains(m.id()))
                .rationale(m.rationale())
                .remediation(m.remediation())
                .parameters(m.params())
                .impact(m.impact().isEmpty() ? "medium" : m.impact())
                .certainty(m.certainty().isEmpty() ? "medium" : m.certainty())
                .priority(m.priority())
                .analystNote(m.analystNote())
                .translations(pack.translationsOf(m.id()))
                .build());
      }
    }
    out.sort(Comparator.comparing(RuleDescriptor::id));
    return ImmutableList.copyOf(out);
  }
}
