package io.github.crmstrategy.rules.internal.engine;

import io.github.crmstrategy.rules.facts.FindingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
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

  private static final String DEFAULT_ENTRY_POINT = "DEFAULT";

  /** The global while no assessment holds the session: a rule that reports now is a bug. */
  private static final FindingSink DETACHED =
      (kcontext, path, message, evidence) -> {
        throw new IllegalStateException(
            "Rule \"" + kcontext.getRule().getName() + "\" fired outside an assessment");
      };

  /**
   * A session lent to one assessment, with the handles of every fact inserted into it since it held
   * only the rule data (by the engine or by rules): exactly what the clean-up deletes.
   */
  static final class Lease {
    private final KieSession session;
    private final List<FactHandle> inserted = new ArrayList<>();

    private Lease(KieSession session) {
      this.session = session;
    }

    /** The session, holding the rule data. */
    KieSession session() {
      return session;
    }

    private void track() {
      session.addEventListener(
          new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
              inserted.add(event.getFactHandle());
            }
          });
    }
  }

  private final KieBase kieBase;
  private final List<Object> data;
  private final int maxIdle;
  private final ConcurrentLinkedDeque<Lease> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger dropped = new AtomicInteger();
  private volatile boolean reuse;

  /**
   * A pool of sessions of {@code kieBase} holding {@code data}; {@code reuse} false makes every
   * lease a new session (the behaviour a pack with data-only rules falls back to).
   */
  SessionPool(KieBase kieBase, List<Object> data, boolean reuse) {
    this.kieBase = kieBase;
    this.data = List.copyOf(data);
    this.maxIdle = 2 * Math.max(1, Runtime.getRuntime().availableProcessors());
    // Facts inserted into other entry points would escape the clean-up of the default one.
    this.reuse = reuse && kieBase.getEntryPointIds().stream().allMatch(DEFAULT_ENTRY_POINT::equals);
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
  Lease borrow() {
    if (reuse) {
      Lease pooled = idle.pollFirst();
      if (pooled != null) {
        return pooled;
      }
    }
    Lease lease = new Lease(withData());
    if (reuse) {
      if (probe(lease.session)) {
        lease.track();
      } else {
        lease.session.dispose();
        lease = new Lease(withData());
      }
    }
    return lease;
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
    FiringCounter counter = new FiringCounter();
    session.addEventListener(counter);
    session.setGlobal(ReviewEngine.FINDINGS_GLOBAL, (FindingSink) (k, p, m, e) -> {});
    Set<String> fired;
    try {
      session.fireAllRules(ReviewEngine.MAX_FIRINGS);
      fired = counter.firedRules();
    } catch (RuntimeException e) {
      fired = counter.firedRules();
      fired.add("(a rule threw " + e + ")");
    } finally {
      session.removeEventListener(counter);
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
  void release(Lease lease, boolean healthy) {
    if (healthy && reuse && idle.size() < maxIdle && clean(lease)) {
      idle.offerFirst(lease);
      return;
    }
    if (healthy && reuse) {
      dropped.incrementAndGet();
    }
    lease.session.dispose();
  }

  /** Deletes every fact inserted since the lease began; true when only the rule data is left. */
  private boolean clean(Lease lease) {
    KieSession session = lease.session;
    try {
      session.setGlobal(ReviewEngine.FINDINGS_GLOBAL, DETACHED);
      for (FactHandle handle : lease.inserted) {
        // A handle a rule deleted already has no object any more.
        if (session.getObject(handle) != null) {
          session.delete(handle);
        }
      }
      lease.inserted.clear();
      long remaining = session.getFactCount();
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
