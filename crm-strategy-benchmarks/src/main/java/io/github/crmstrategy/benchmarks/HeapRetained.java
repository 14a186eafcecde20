package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.document.JacksonMappers;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.Reviewer;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Approximate heap retained by the default reviewer: used heap after full GCs before and after
 * building it (and assessing one plan, so lazily built parts count), in a fresh JVM. Also the
 * marginal heap of each further copy of the default KieBase (built from the generated model by
 * {@code Internals.fresh()}, as the library builds it, and kept reachable), repeated, which
 * excludes one-off static caches. No object-graph walker (jol) is available, so these are
 * MemoryMXBean figures: approximate, run with {@code -XX:+UseSerialGC} for stable numbers.
 *
 * <p>Usage: {@code HeapRetained <out.json>}.
 */
public final class HeapRetained {
  private HeapRetained() {}

  public static void main(String[] args) throws Exception {
    PlanDocument plan = Plans.scaled(1);
    Internals.loadRuleData(); // load Jackson and the data classes before the baseline
    long before = usedAfterGc();
    Reviewer reviewer = Reviewer.withDefaultRules();
    reviewer.assess(plan);
    long after = usedAfterGc();

    int copies = 5;
    List<Internals.Engine> keep = new ArrayList<>();
    List<Long> marginal = new ArrayList<>();
    long prev = usedAfterGc();
    for (int i = 0; i < copies; i++) {
      Internals.Engine e = Internals.fresh();
      e.assess(plan);
      keep.add(e);
      long now = usedAfterGc();
      marginal.add(now - prev);
      prev = now;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("defaultReviewerBytes", after - before);
    json.put("additionalKieBaseBytes", marginal);
    json.put(
        "additionalKieBaseMedianBytes",
        ColdStartHarness.median(marginal.stream().sorted().toList()));
    json.put("gc", ManagementFactory.getGarbageCollectorMXBeans().get(0).getName());
    json.put("keptEngines", keep.size() + (reviewer == null ? 0 : 1));
    JacksonMappers.reportOutput().writeValue(Path.of(args[0]).toFile(), json);
    System.out.println(json);
  }

  private static long usedAfterGc() throws InterruptedException {
    long min = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
      min = Math.min(min, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return min;
  }
}
