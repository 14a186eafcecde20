package io.github.crmstrategy.rules.internal.engine;

import io.github.crmstrategy.rules.AssessmentLimits;
import io.github.crmstrategy.rules.RuleExecutionException.Reason;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guards of one assessment ({@link AssessmentLimits}): the time budget and cancellation,
 * watched from outside the firing thread, and the cap on the facts analysts' rules insert, checked
 * as each fact is inserted. When a guard trips it records why, halts the session ({@link
 * KieSession#halt()}) and makes every later call into the engine's own code (an insert, a finding)
 * throw {@link Stop}, so that a consequence stuck in a loop of inserts or reports stops at its next
 * call.
 *
 * <p>With {@code tracking}, an agenda listener follows which rule is firing and counts firings per
 * rule, so that a report can name the rule that was running or fired most; it is on for packs with
 * analysts' rules only (the built-in pack is trusted and keeps its hot path free of listeners).
 *
 * <p>A rule busy in its own Java code cannot be halted; {@link #run} therefore runs packs with
 * analysts' rules on a worker thread: the caller waits for the time budget (and a grace period),
 * then gives up on the worker, stops its thread where the JVM still can ({@code Thread.stop}, Java
 * 17 to 19) and abandons the session.
 */
final class Guard {
  private static final Logger LOG = LoggerFactory.getLogger(Guard.class);

  /** How often the watchdog looks at a running assessment. */
  private static final long TICK_MILLIS = 20;

  /** How long a halted or cancelled worker may take to finish its current consequence. */
  static final long GRACE_MILLIS = 1_000;

  private static final ScheduledExecutorService WATCHDOG = watchdog();
  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(daemons("crm-strategy-rules-"));

  /** Thrown from the engine's callbacks once a guard has tripped: stops the rule that calls. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop(String message) {
      super(message, null, false, false);
    }
  }

  private final AssessmentLimits limits;
  private final boolean tracking;
  private final long deadline;
  private final Thread caller = Thread.currentThread();

  private volatile KieSession session;
  private volatile Reason tripped;
  private volatile Match running;
  private volatile Match lastFired;
  private volatile Thread worker;
  private volatile boolean abandoned;
  private volatile boolean stoppedThread;
  private volatile boolean firing;
  private int inserted;

  /** Firings per rule, by identity (touched by the firing thread only). */
  private final Map<Rule, int[]> counts = new IdentityHashMap<>();

  /** The match each rule last fired, for the element path of a report. */
  private final Map<Rule, Match> lastMatch = new IdentityHashMap<>();

  Guard(AssessmentLimits limits, boolean tracking) {
    this.limits = limits;
    this.tracking = tracking;
    this.deadline = System.nanoTime() + limits.timeBudget().toNanos();
  }

  AssessmentLimits limits() {
    return limits;
  }

  /** Why the assessment was stopped, or {@code null} while it runs. */
  Reason tripped() {
    return tripped;
  }

  /** The match firing when the guard tripped (tracking only), or {@code null}. */
  Match running() {
    return running;
  }

  /** The match that fired last (tracking only), or {@code null}. */
  Match lastFired() {
    return lastFired;
  }

  /** Whether the firing thread was abandoned: the session belongs to it and must not be reused. */
  boolean abandoned() {
    return abandoned;
  }

  /** Whether the stuck firing thread was stopped ({@code false}: left running, or none). */
  boolean stoppedThread() {
    return stoppedThread;
  }

  /** The name of the worker thread, when the assessment ran on one. */
  String workerName() {
    Thread w = worker;
    return w == null ? "" : w.getName();
  }

  /** Firings per rule so far (tracking only). */
  Map<Rule, int[]> counts() {
    return counts;
  }

  /** The match {@code rule} last fired (tracking only). */
  Match lastMatchOf(Rule rule) {
    return lastMatch.get(rule);
  }

  /** Whether firings are tracked per rule. */
  boolean tracking() {
    return tracking;
  }

  /**
   * Watches {@code s} for this assessment: halted when a guard trips, its inserts counted against
   * the cap once {@link #firing} starts, its firings tracked.
   */
  void watch(KieSession s) {
    this.session = s;
    if (tracking) {
      s.addEventListener(inserts);
      s.addEventListener(agenda);
    }
  }

  /** Takes this guard's listeners off {@code s}, which goes back to the pool. */
  void unwatch(KieSession s) {
    if (tracking) {
      s.removeEventListener(inserts);
      s.removeEventListener(agenda);
    }
  }

  private final DefaultRuleRuntimeEventListener inserts =
      new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
          if (!firing) {
            return;
          }
          if (tripped != null) {
            throw new Stop("the assessment was stopped: " + tripped);
          }
          Rule rule = event.getRule();
          if (rule != null && !BuiltIn.isBuiltIn(rule) && ++inserted > limits.maxInsertedFacts()) {
            trip(Reason.FACT_LIMIT);
            throw new Stop("more than " + limits.maxInsertedFacts() + " facts inserted");
          }
        }
      };

  private final DefaultAgendaEventListener agenda =
      new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
          running = event.getMatch();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
          Match m = event.getMatch();
          counts.computeIfAbsent(m.getRule(), r -> new int[1])[0]++;
          lastMatch.put(m.getRule(), m);
          lastFired = m;
          running = null;
        }
      };

  /** From now on inserts are the rules' and count against the cap. */
  void startFiring() {
    firing = true;
  }

  /** Throws {@link Stop} when a guard has tripped: for the engine's callbacks (the findings). */
  void check() {
    if (tripped != null) {
      throw new Stop("the assessment was stopped: " + tripped);
    }
  }

  /** Records the first reason to stop and halts the session. */
  void trip(Reason reason) {
    if (tripped == null) {
      tripped = reason;
    }
    KieSession s = session;
    if (s != null) {
      try {
        s.halt();
      } catch (RuntimeException e) {
        LOG.debug("Halting a session failed", e);
      }
    }
  }

  /**
   * Runs {@code task}, the firing of one assessment, under the time budget: on the calling thread,
   * or with {@code onWorker} on a worker thread that the caller gives up on when it does not stop.
   *
   * @throws Exception what the task throws; on a worker that did not finish, nothing: {@link
   *     #tripped()} says why and {@link #abandoned()} is true
   */
  <T> T run(Callable<T> task, boolean onWorker) throws Exception {
    ScheduledFuture<?> watch =
        WATCHDOG.scheduleWithFixedDelay(
            this::look, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    try {
      return onWorker ? onWorker(task) : task.call();
    } finally {
      watch.cancel(false);
    }
  }

  /** The watchdog's look at this assessment: the time budget and the caller's interruption. */
  private void look() {
    if (tripped != null) {
      return;
    }
    if (System.nanoTime() - deadline > 0) {
      trip(Reason.TIME_BUDGET);
      Thread w = worker;
      if (w != null) {
        w.interrupt(); // a consequence sleeping or waiting on I/O wakes up
      }
    } else if (caller.isInterrupted()) {
      trip(Reason.CANCELLED);
    }
  }

  private <T> T onWorker(Callable<T> task) throws Exception {
    Future<T> future =
        WORKERS.submit(
            () -> {
              worker = Thread.currentThread();
              try {
                return task.call();
              } finally {
                worker = null;
                if (abandoned) {
                  disposeQuietly();
                }
              }
            });
    long budget = Math.max(0, deadline - System.nanoTime());
    try {
      return future.get(budget + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      trip(Reason.CANCELLED);
      Thread.currentThread().interrupt();
      return awaitOrAbandon(future);
    } catch (TimeoutException e) {
      trip(Reason.TIME_BUDGET);
      return awaitOrAbandon(future);
    } catch (ExecutionException e) {
      throw unwrap(e);
    }
  }

  private static Exception unwrap(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof Exception ex) {
      return ex;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return e;
  }

  /**
   * After a trip: waits the grace period for the halted worker, then gives up on it: the session is
   * its own from now on, and its thread is stopped where the JVM allows it.
   */
  private <T> T awaitOrAbandon(Future<T> future) throws Exception {
    try {
      // Interrupted already (cancellation): do not wait, the host wants its thread back.
      if (!Thread.currentThread().isInterrupted()) {
        return future.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
      }
    } catch (TimeoutException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    } catch (ExecutionException e) {
      throw unwrap(e); // it stopped when halted, failing with the reason
    }
    if (future.isDone()) {
      try {
        return future.get();
      } catch (ExecutionException e) {
        throw unwrap(e);
      }
    }
    abandoned = true;
    Thread w = worker;
    if (w != null) {
      stoppedThread = stop(w);
      if (!stoppedThread) {
        LOG.error(
            "Thread {} is still running a rule after the assessment was stopped ({}); this Java"
                + " version cannot stop it. Remove the loop from the rule.",
            w.getName(),
            tripped);
      }
    }
    return null;
  }

  /**
   * Stops thread {@code t} with {@code Thread.stop()}, called reflectively: deprecated, and
   * unsupported from Java 20; used only on a worker that runs nothing but a session that is
   * discarded.
   */
  private static boolean stop(Thread t) {
    try {
      Thread.class.getMethod("stop").invoke(t);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  private void disposeQuietly() {
    KieSession s = session;
    if (s != null) {
      try {
        s.dispose();
      } catch (RuntimeException | Error e) {
        LOG.debug("Disposing an abandoned session failed", e);
      }
    }
  }

  /** The rule of {@code match}, or {@code null}. */
  static Rule ruleOf(Match match) {
    return match == null ? null : match.getRule();
  }

  /** The objects of {@code match}, or none. */
  static List<Object> objectsOf(Match match) {
    return match == null ? List.of() : match.getObjects();
  }

  private static ScheduledExecutorService watchdog() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(1, daemons("crm-strategy-watchdog-"));
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
