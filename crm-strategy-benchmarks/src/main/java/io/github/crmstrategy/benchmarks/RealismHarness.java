package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.Category;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The realism ratio (the Drools realism rules alone against the hand-written floor, on the
 * reference plan) measured side by side in one warmed-up JVM, in the CPU time the measuring thread
 * used per assessment: after a warm-up, windows alternate between the floor and Drools, with fact
 * extraction and the floor's rules alone in between, and the ratio is taken per round.
 *
 * <p>Why beside {@link RealismBenchmark}: JMH runs each variant in its own fork, one after the
 * other, and reports wall time; on a 2-core machine shared with other builds (load averages of 10
 * and more) a fork's score depends on how much of a core it got, and the two scores of a ratio come
 * from different minutes. CPU time per operation is what the thread itself spent, and alternating
 * windows meet the same load and the same compiled code.
 *
 * <p>Usage: {@code RealismHarness <out.json> [warm-up s] [window s] [rounds]} (defaults 60, 3, 5).
 * Writes per round the CPU microseconds per operation of each variant and the ratio, and the
 * ratios' median, min and max.
 */
public final class RealismHarness {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private RealismHarness() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int window = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    PlanDocument plan = Plans.reference();
    HandWrittenRealism floor = new HandWrittenRealism();
    Internals.Engine drools = Internals.only(Category.REALISM);
    List<Object> facts = Internals.facts(plan);

    long end = System.nanoTime() + warmUp * 1_000_000_000L;
    while (System.nanoTime() < end) {
      floor.assess(plan);
      drools.assess(plan);
    }
    Map<String, List<Double>> perOp = new LinkedHashMap<>();
    for (String v : List.of("floor", "drools", "extractFacts", "floorRulesOnly")) {
      perOp.put(v, new ArrayList<>());
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      double f = cpuMicrosPerOp(() -> floor.assess(plan), window);
      double d = cpuMicrosPerOp(() -> drools.assess(plan), window);
      perOp.get("floor").add(f);
      perOp.get("drools").add(d);
      perOp.get("extractFacts").add(cpuMicrosPerOp(() -> Internals.facts(plan), window));
      perOp.get("floorRulesOnly").add(cpuMicrosPerOp(() -> floor.assess(facts), window));
      ratios.add(d / f);
      System.out.printf(
          "REALISM floor %.1f us, drools %.1f us (CPU per op), ratio %.2f%n", f, d, d / f);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("warmUpSeconds", warmUp);
    json.put("windowSeconds", window);
    json.put("cpuMicrosPerOp", perOp);
    HarnessResults.putRatios(json, ratios);
    json.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    HarnessResults.write(out, json);
  }

  /** CPU time of this thread per run of {@code op}, in microseconds, over {@code seconds}. */
  private static double cpuMicrosPerOp(Runnable op, int seconds) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long n = 0;
    while (System.nanoTime() < end) {
      op.run();
      n++;
    }
    return (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / n;
  }
}
