package io.github.crmstrategy.rules.internal.engine;

import io.github.crmstrategy.model.ElementPath;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Counts firings per rule: names the rule that hit the firing limit, and the rules a session pool
 * probe found firing on rule data alone.
 */
final class FiringCounter extends DefaultAgendaEventListener {
  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, ElementPath> lastPath = new HashMap<>();

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    String name = event.getMatch().getRule().getName();
    counts.merge(name, 1, Integer::sum);
    lastPath.put(name, RuleFailures.pathOf(event.getMatch().getObjects()));
  }

  /** The rule that fired most, or empty when nothing fired. */
  String busiest() {
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse("");
  }

  /** The names of the rules that fired, sorted. */
  java.util.SortedSet<String> firedRules() {
    return new java.util.TreeSet<>(counts.keySet());
  }

  int count(String rule) {
    return counts.getOrDefault(rule, 0);
  }

  /** The path of the fact {@code rule} last fired on, or {@code null}. */
  ElementPath lastPath(String rule) {
    return lastPath.get(rule);
  }
}
