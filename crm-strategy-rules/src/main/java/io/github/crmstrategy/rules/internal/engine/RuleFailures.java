package io.github.crmstrategy.rules.internal.engine;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.rules.RuleExecutionException;
import io.github.crmstrategy.rules.internal.pack.RuleMetadata;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;

/** Turns rules that fail into {@link RuleExecutionException}s naming the rule and plan element. */
final class RuleFailures {
  private RuleFailures() {}

  /** The failure of a rule whose consequence threw ({@code e} wraps a ConsequenceException). */
  static RuntimeException thrown(RuntimeException e, String organization) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConsequenceException ce && ce.getMatch() != null) {
        Rule rule = ce.getMatch().getRule();
        ElementPath path = pathOf(ce.getMatch().getObjects());
        Throwable cause = ce.getCause() == null ? ce : ce.getCause();
        return new RuleExecutionException(
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
    return e;
  }

  /** The failure of the rule that kept firing until the limit stopped the assessment. */
  static RuleExecutionException looped(FiringCounter counter, int limit, String organization) {
    String name = counter.busiest();
    ElementPath path = counter.lastPath(name);
    return new RuleExecutionException(
        "Rule \""
            + name
            + "\" fired "
            + counter.count(name)
            + " times and was stopped by the firing limit of "
            + limit
            + (path == null ? "" : " (last at " + path + ")")
            + " assessing "
            + organization
            + ": it probably modifies a fact it matches without a guard",
        name,
        "",
        path,
        null);
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
