package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Reviewer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm latency of {@code Reviewer.assess} with the default pack on plans of the reference shape
 * scaled 1x, 10x and 100x: average time, and sample mode for percentiles (p99). Run with {@code
 * -prof gc} for the allocation per assessment ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// JIT warm-up of the Drools paths takes about 8 s (docs/performance.md); one fork per benchmark.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AssessBenchmark {
  /** Scale factor of the plan: {@code PlanGenerators.scaled(size)}. */
  @Param({"1", "10", "100"})
  public int size;

  private Reviewer reviewer;
  private PlanDocument plan;

  @Setup(Level.Trial)
  public void setUp() {
    reviewer = Reviewer.withDefaultRules();
    plan = Plans.scaled(size);
  }

  @Benchmark
  public AssessmentReport assess() {
    return reviewer.assess(plan);
  }
}
