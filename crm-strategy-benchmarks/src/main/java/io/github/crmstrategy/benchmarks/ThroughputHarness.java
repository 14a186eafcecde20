package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.Reviewer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Throughput of one shared reviewer with 1 and with 2 threads, measured side by side in one JVM:
 * after a warm-up with both threads, short windows alternate between one thread and two, and the
 * ratio is taken per pair of windows.
 *
 * <p>Why not only JMH's {@link ThroughputBenchmark}: JMH runs each thread count in its own fork, so
 * the two scores come from two JIT states. On a 2-core machine the two benchmark threads leave no
 * core to the JIT compiler, whose work on the Drools paths takes well over 20 s there; the
 * two-thread fork was then measured while still compiling (in one run its score was below the
 * one-thread score). Alternating in one warmed-up JVM compares the same compiled code.
 *
 * <p>Usage: {@code ThroughputHarness <out.json> [warm-up s] [window s] [pairs]} (defaults 60, 4, 5;
 * 40 s of warm-up still left the JIT compiling on 2 cores and the ratios between 1.4 and 2.5).
 * Writes the per-window throughputs, the ratios and their median, min and max.
 */
public final class ThroughputHarness {
  private ThroughputHarness() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int window = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int pairs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    Reviewer reviewer = Reviewer.withDefaultRules();
    PlanDocument plan = Plans.scaled(1);

    run(reviewer, plan, 2, warmUp);
    List<Double> one = new ArrayList<>();
    List<Double> two = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      double a = run(reviewer, plan, 1, window);
      double b = run(reviewer, plan, 2, window);
      one.add(a);
      two.add(b);
      ratios.add(b / a);
      System.out.printf(
          "THROUGHPUT 1 thread %.0f ops/s, 2 threads %.0f ops/s, ratio %.2f%n", a, b, b / a);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("warmUpSeconds", warmUp);
    json.put("windowSeconds", window);
    json.put("oneThreadOpsPerSecond", one);
    json.put("twoThreadsOpsPerSecond", two);
    HarnessResults.putRatios(json, ratios);
    HarnessResults.write(out, json);
  }

  /** Assessments per second of {@code threads} threads sharing {@code reviewer}. */
  private static double run(Reviewer reviewer, PlanDocument plan, int threads, int seconds)
      throws InterruptedException {
    LongAdder done = new LongAdder();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t =
          new Thread(
              () -> {
                while (!stop.get()) {
                  reviewer.assess(plan);
                  done.increment();
                }
              },
              "throughput-" + i);
      workers.add(t);
    }
    long start = System.nanoTime();
    workers.forEach(Thread::start);
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    for (Thread t : workers) {
      t.join();
    }
    return done.sum() / ((System.nanoTime() - start) / 1e9);
  }
}
