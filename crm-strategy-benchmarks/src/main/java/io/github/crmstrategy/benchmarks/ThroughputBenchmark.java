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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of assessments of the reference-shape plan by 1 and by 2 threads sharing one reviewer
 * (JMH reports the sum over the threads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Two threads saturate both cores of a 2-core machine and starve the JIT compiler threads, so the
// two-thread fork needs a longer warm-up than the others to reach steady state
// (docs/performance.md).
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ThroughputBenchmark {
  private Reviewer reviewer;
  private PlanDocument plan;

  @Setup(Level.Trial)
  public void setUp() {
    reviewer = Reviewer.withDefaultRules();
    plan = Plans.scaled(1);
  }

  @Benchmark
  @Threads(1)
  public AssessmentReport oneThread() {
    return reviewer.assess(plan);
  }

  @Benchmark
  @Threads(2)
  public AssessmentReport twoThreads() {
    return reviewer.assess(plan);
  }
}
