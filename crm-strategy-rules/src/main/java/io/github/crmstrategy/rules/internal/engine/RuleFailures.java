package io.github.crmstrategy.rules.internal.engine;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.rules.RuleExecutionException;
import io.github.crmstrategy.rules.RuleExecutionException.Reason;
import io.github.crmstrategy.rules.internal.pack.RuleMetadata;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

/**
 * Turns rules that fail and guards that trip into {@link RuleExecutionException}s that name the
 * rule and the plan element in an analyst's terms, never a Drools stack trace.
 */
final class RuleFailures {
  /**
   * How Drools' executable model names the rule of a condition that threw: {@code Error evaluating
   * constraint 'x > 0' in [Rule "A" in acme.drl]} (several rules when they share the constraint).
   */
  private static final Pattern CONSTRAINT =
      Pattern.compile("Error evaluating constraint '(.*)' in \\[Rules? \\[?\"?([^\"\\]]+)\"?");

  private RuleFailures() {}

  /**
   * The failure of an assessment whose firing threw {@code e}: the trip of {@code guard} when one
   * tripped (the rule's insert or finding was refused), otherwise the rule whose action or
   * condition threw.
   *
   * @param rules finds a rule of the pack by name (for the id of a rule whose condition threw)
   */
  static RuleExecutionException thrown(
      RuntimeException e,
      String organization,
      Guard guard,
      Predicate<Rule> builtIn,
      Function<String, Optional<Rule>> rules) {
    if (guard.tripped() != null) {
      Match culprit = consequenceMatch(e);
      return stopped(guard, organization, builtIn, culprit);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConsequenceException ce && ce.getMatch() != null) {
        Rule rule = ce.getMatch().getRule();
        ElementPath path = pathOf(ce.getMatch().getObjects());
        Throwable cause = ce.getCause() == null ? ce : ce.getCause();
        return new RuleExecutionException(
            Reason.RULE_THREW,
            "Rule \""
                + rule.getName()
                + "\""
                + idText(rule)
                + " threw "
                + cause
                + (path == null ? "" : " at " + path)
                + " assessing "
                + organization,
            rule.getName(),
            id(rule),
            path,
            cause);
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = CONSTRAINT.matcher(String.valueOf(t.getMessage()));
      if (t.getClass().getSimpleName().equals("ConstraintEvaluationException") && m.find()) {
        String name = m.group(2).strip();
        Optional<Rule> rule = rules.apply(name);
        Throwable cause = rootCause(t);
        return new RuleExecutionException(
            Reason.CONDITION_THREW,
            "Rule \""
                + name
                + "\""
                + rule.map(RuleFailures::idText).orElse("")
                + " threw "
                + cause
                + " evaluating its condition '"
                + m.group(1)
                + "' assessing "
                + organization
                + ": guard the condition against the values it cannot take (empty text, zero,"
                + " a missing baseline)",
            name,
            rule.map(RuleFailures::id).orElse(""),
            null,
            cause);
      }
    }
    Throwable cause = rootCause(e);
    return new RuleExecutionException(
        Reason.RULE_THREW,
        "A rule failed assessing " + organization + ": " + cause,
        "",
        "",
        null,
        cause);
  }

  /**
   * The failure of an assessment that reached the firing limit of {@code guard}: names the rule
   * that fired most, an analyst's rule before any built-in one (a built-in rule that matches the
   * fact an analyst's rule keeps modifying fires as often, but is not the cause).
   *
   * @param counts firings per rule: the whole assessment's when tracked, else a sample of the
   *     firings after the limit
   * @param sampled whether {@code counts} is a sample
   */
  static RuleExecutionException looped(
      Map<Rule, Integer> counts,
      Function<Rule, ElementPath> lastPath,
      boolean sampled,
      int sampleSize,
      Predicate<Rule> builtIn,
      int limit,
      String organization) {
    Rule busiest = busiest(counts, builtIn);
    String name = busiest == null ? "" : busiest.getName();
    ElementPath path = busiest == null ? null : lastPath.apply(busiest);
    int n = busiest == null ? 0 : counts.get(busiest);
    return new RuleExecutionException(
        Reason.FIRING_LIMIT,
        (busiest == null ? "The rules" : "Rule \"" + name + "\"" + idText(busiest))
            + (sampled
                ? " fired " + n + " of " + sampleSize + " times after"
                : " fired " + n + " times and was stopped by")
            + " the firing limit of "
            + limit
            + (sampled ? " was reached" : "")
            + (path == null ? "" : " (last at " + path + ")")
            + " assessing "
            + organization
            + ": it probably modifies a fact it matches without a guard",
        name,
        busiest == null ? "" : id(busiest),
        path,
        null);
  }

  /**
   * The failure of an assessment a guard stopped: the time budget, the fact cap or cancellation.
   *
   * @param culprit the match whose action was refused an insert, when known
   */
  static RuleExecutionException stopped(
      Guard guard, String organization, Predicate<Rule> builtIn, Match culprit) {
    Match match = culprit != null ? culprit : guard.running();
    Rule rule = Guard.ruleOf(match);
    ElementPath path = pathOf(Guard.objectsOf(match));
    String who = rule == null ? "" : "Rule \"" + rule.getName() + "\"" + idText(rule);
    String at = path == null ? "" : " (at " + path + ")";
    String stuck =
        !guard.abandoned()
            ? ""
            : guard.stoppedThread()
                ? "; the engine did not stop when halted (a loop in a rule's own Java code?), so its"
                    + " thread was stopped"
                : "; the engine did not stop when halted (a loop in a rule's own Java code?) and its"
                    + " thread "
                    + guard.workerName()
                    + " is left running: this Java version cannot stop a thread, restart the"
                    + " host after removing the loop";
    boolean analysts = rule != null && !builtIn.test(rule);
    String message =
        switch (guard.tripped()) {
          case TIME_BUDGET ->
              (analysts ? who + " was" : "The rules were")
                  + " still running when the time budget of "
                  + duration(guard.limits().timeBudget())
                  + " ran out"
                  + (analysts ? at : "")
                  + " assessing "
                  + organization
                  + stuck
                  + (stuck.isEmpty() && !guard.tracking()
                      ? ": the plan may be too large for this budget"
                      : "");
          case FACT_LIMIT ->
              (rule == null ? "The rules" : who)
                  + " inserted more than the "
                  + guard.limits().maxInsertedFacts()
                  + " facts the rules may insert in one assessment"
                  + at
                  + " assessing "
                  + organization
                  + ": it probably inserts facts in a loop, or without a condition that stops it"
                  + stuck;
          case CANCELLED ->
              "The assessment of "
                  + organization
                  + " was cancelled (the calling thread was interrupted)"
                  + (rule == null ? "" : " while r" + who.substring(1) + " was running" + at)
                  + stuck;
          default ->
              (rule == null ? "The rules were" : who + " was")
                  + " stopped ("
                  + guard.tripped()
                  + ") assessing "
                  + organization
                  + stuck;
        };
    boolean blamed = rule != null && !(guard.tripped() == Reason.TIME_BUDGET && builtIn.test(rule));
    return new RuleExecutionException(
        guard.tripped(),
        message,
        blamed ? rule.getName() : "",
        blamed ? id(rule) : "",
        blamed ? path : null,
        null);
  }

  /** The rule that fired most: among analysts' rules when any fired, else among all. */
  private static Rule busiest(Map<Rule, Integer> counts, Predicate<Rule> builtIn) {
    Rule best = null;
    for (boolean analystsOnly : new boolean[] {true, false}) {
      int most = 0;
      for (Map.Entry<Rule, Integer> e : counts.entrySet()) {
        if (analystsOnly && builtIn.test(e.getKey())) {
          continue;
        }
        if (e.getValue() > most
            || (e.getValue() == most && best != null && key(e.getKey()).compareTo(key(best)) < 0)) {
          most = e.getValue();
          best = e.getKey();
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  private static String key(Rule rule) {
    return rule.getPackageName() + "/" + rule.getName();
  }

  private static Match consequenceMatch(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConsequenceException ce && ce.getMatch() != null) {
        return ce.getMatch();
      }
    }
    return null;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    Set<Throwable> seen = new java.util.HashSet<>();
    while (t.getCause() != null && t.getCause() != t && seen.add(t)) {
      t = t.getCause();
    }
    return t;
  }

  /** {@code 10 s}, {@code 500 ms}. */
  static String duration(Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static String idText(Rule rule) {
    String id = id(rule);
    return id.isEmpty() ? "" : " (" + id + ")";
  }

  private static String id(Rule rule) {
    return RuleMetadata.isReportingRule(rule) ? RuleMetadata.of(rule).id() : "";
  }

  /**
   * The element path of the first matched fact that has one ({@code path()} of a fact record, not
   * the whole plan), or {@code null}.
   */
  static ElementPath pathOf(List<Object> objects) {
    for (Object o : objects) {
      if (o != null && o.getClass().isRecord()) {
        for (RecordComponent c : o.getClass().getRecordComponents()) {
          if (c.getName().equals("path") && c.getType() == ElementPath.class) {
            try {
              Method m = c.getAccessor();
              Object v = m.invoke(o);
              if (v instanceof ElementPath p && !p.isRoot()) {
                return p;
              }
            } catch (ReflectiveOperationException | RuntimeException ignored) {
              // no path on this fact
            }
          }
        }
      }
    }
    return null;
  }
}
