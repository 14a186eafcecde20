package io.github.crmstrategy.rules.internal.engine;

import io.github.crmstrategy.model.ElementPath;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Counts firings per rule: samples the firings after the firing limit of a pack without tracking,
 * to name the rule that kept firing, and names the rules a session pool probe found firing on rule
 * data alone.
 */
final class FiringCounter extends DefaultAgendaEventListener {
  private final Map<Rule, Integer> counts = new IdentityHashMap<>();
  private final Map<Rule, ElementPath> lastPath = new IdentityHashMap<>();
  private int total;

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    Rule rule = event.getMatch().getRule();
    counts.merge(rule, 1, Integer::sum);
    lastPath.put(rule, RuleFailures.pathOf(event.getMatch().getObjects()));
    total++;
  }

  /** Firings per rule. */
  Map<Rule, Integer> counts() {
    return counts;
  }

  /** All firings counted. */
  int total() {
    return total;
  }

  /** The names of the rules that fired, sorted. */
  SortedSet<String> firedRules() {
    SortedSet<String> names = new TreeSet<>();
    counts.keySet().forEach(r -> names.add(r.getName()));
    return names;
  }

  /** The path of the fact {@code rule} last fired on, or {@code null}. */
  ElementPath lastPath(Rule rule) {
    return lastPath.get(rule);
  }
}
