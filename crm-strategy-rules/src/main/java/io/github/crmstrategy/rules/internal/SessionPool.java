package io.github.crmstrategy.rules.internal;

import io.github.crmstrategy.rules.facts.FindingSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.EntryPoint;
import org.kie.api.runtime.rule.FactHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions of one KieBase that already hold the rule data, reused from one assessment to the next.
 *
 * <p>Why: a new session pays for inserting the ~120 rule-data facts and for creating the memories
 * of every node it touches; on the reference plan that was most of an assessment of the realism
 * rules (docs/performance.md). A pooled session keeps both. After an assessment every fact that is
 * not rule data (the plan's facts and whatever the rules inserted) is deleted, which brings the
 * session back to the state "rule data only".
 *
 * <p>Why this gives the same results as a new session: a rule match made only of rule-data facts
 * would survive that clean-up and, having fired once, would not fire again for the next plan. So a
 * pool is used only when the rule data alone fires no rule: each new pooled session is probed by
 * firing it with the data alone. A pack whose rules fire on data alone (an analyst's rule matching
 * only a {@code Param}, say) gets a new session per assessment, and the rules are named in the log.
 * A session is dropped instead of reused when anything is unexpected: an exception, a firing during
 * the clean-up, or a data fact deleted by a rule.
 *
 * <p>Thread-safe: a session is lent to one assessment at a time.
 */
final class SessionPool {
  private static final Logger LOG = LoggerFactory.getLogger(SessionPool.class);

  /** The global while no assessment holds the session: a rule that reports now is a bug. */
  private static final FindingSink DETACHED =
      (kcontext, path, message, evidence) -> {
        throw new IllegalStateException(
            "Rule \"" + kcontext.getRule().getName() + "\" fired outside an assessment");
      };

  private final KieBase kieBase;
  private final List<Object> data;
  private final Set<Object> dataObjects;
  private final int maxIdle;
  private final ConcurrentLinkedDeque<KieSession> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger dropped = new AtomicInteger();
  private volatile boolean reuse;

  /**
   * A pool of sessions of {@code kieBase} holding {@code data}; {@code reuse} false makes every
   * lease a new session (the behaviour a pack with data-only rules falls back to).
   */
  SessionPool(KieBase kieBase, List<Object> data, boolean reuse) {
    this.kieBase = kieBase;
    this.data = List.copyOf(data);
    this.dataObjects = Collections.newSetFromMap(new IdentityHashMap<>());
    this.dataObjects.addAll(data);
    this.maxIdle = 2 * Math.max(1, Runtime.getRuntime().availableProcessors());
    this.reuse = reuse;
  }

  /** Whether sessions are reused (false once a probe found rules firing on rule data alone). */
  boolean reusesSessions() {
    return reuse;
  }

  /** Sessions dropped instead of reused since the pool was made (for tests and diagnostics). */
  int dropped() {
    return dropped.get();
  }

  /** A session holding the rule data and nothing else; give it back with {@link #release}. */
  KieSession borrow() {
    if (reuse) {
      KieSession pooled = idle.pollFirst();
      if (pooled != null) {
        return pooled;
      }
    }
    KieSession session = withData();
    if (reuse && !probe(session)) {
      session.dispose();
      session = withData();
    }
    return session;
  }

  /** A new session holding the rule data: the state of a pooled session between assessments. */
  KieSession withData() {
    KieSession session = kieBase.newKieSession();
    session.setGlobal(ReviewEngine.FINDINGS_GLOBAL, DETACHED);
    for (Object fact : data) {
      session.insert(fact);
    }
    return session;
  }

  /**
   * Fires {@code session} with the rule data alone: true when nothing fired, so the session can be
   * reused; otherwise switches the pool off for good and logs the rules that fired.
   */
  private boolean probe(KieSession session) {
    Set<String> fired = new TreeSet<>();
    DefaultAgendaEventListener listener =
        new DefaultAgendaEventListener() {
          @Override
          public void afterMatchFired(AfterMatchFiredEvent event) {
            fired.add(event.getMatch().getRule().getName());
          }
        };
    session.addEventListener(listener);
    session.setGlobal(ReviewEngine.FINDINGS_GLOBAL, (FindingSink) (k, p, m, e) -> {});
    try {
      session.fireAllRules(ReviewEngine.MAX_FIRINGS);
    } catch (RuntimeException e) {
      fired.add("(a rule threw " + e + ")");
    } finally {
      session.removeEventListener(listener);
      session.setGlobal(ReviewEngine.FINDINGS_GLOBAL, DETACHED);
    }
    if (fired.isEmpty()) {
      return true;
    }
    reuse = false;
    LOG.info(
        "Rules fire on rule data alone, without a plan: {}. Each assessment now gets a new session"
            + " (slower); add a plan fact such as PlanFact() to these rules' conditions to let"
            + " sessions be reused.",
        fired);
    return false;
  }

  /**
   * Gives {@code session} back after an assessment: cleaned and kept when {@code healthy}, the pool
   * reuses sessions and the clean-up leaves exactly the rule data; disposed otherwise.
   */
  void release(KieSession session, boolean healthy) {
    if (healthy && reuse && idle.size() < maxIdle && clean(session)) {
      idle.offerFirst(session);
      return;
    }
    if (healthy && reuse) {
      dropped.incrementAndGet();
    }
    session.dispose();
  }

  /** Deletes every fact that is not rule data; true when the session is back to data only. */
  private boolean clean(KieSession session) {
    try {
      session.setGlobal(ReviewEngine.FINDINGS_GLOBAL, DETACHED);
      long remaining = 0;
      for (EntryPoint entryPoint : session.getEntryPoints()) {
        List<FactHandle> handles = new ArrayList<>(entryPoint.getFactHandles());
        for (FactHandle handle : handles) {
          if (!dataObjects.contains(entryPoint.getObject(handle))) {
            entryPoint.delete(handle);
          }
        }
        remaining += entryPoint.getFactCount();
      }
      // Applies the deletions now, so the next assessment starts from settled memories; with the
      // probe passed, nothing can fire here.
      int fired = session.fireAllRules(ReviewEngine.MAX_FIRINGS);
      if (fired != 0 || remaining != data.size()) {
        LOG.debug(
            "Dropping a session: {} firings during clean-up, {} facts left of {} rule data",
            fired,
            remaining,
            data.size());
        return false;
      }
      return true;
    } catch (RuntimeException e) {
      LOG.debug("Dropping a session that failed to clean up", e);
      return false;
    }
  }
}
