package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Category;
import java.util.List;
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
 * The floor beside the Drools realism rules on the reference-shape plan scaled 10 and 100 times:
 * where the fixed cost of an assessment is spread over many facts, the ratio shows what each
 * element costs in the engine against plain Java. For information; the target is judged on the
 * reference plan ({@link RealismBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// JIT warm-up of the Drools paths takes about 8 s (docs/performance.md); one fork per benchmark.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RealismScaleBenchmark {
  @Param({"10", "100"})
  public int size;

  private PlanDocument plan;
  private HandWrittenRealism floor;
  private Internals.Engine realismOnly;

  @Setup(Level.Trial)
  public void setUp() {
    plan = Plans.scaled(size);
    floor = new HandWrittenRealism();
    realismOnly = Internals.only(Category.REALISM);
  }

  /** The floor: fact extraction plus the 29 rules in plain Java. */
  @Benchmark
  public List<RealismFinding> floor() {
    return floor.assess(plan);
  }

  /** Drools, a KieBase holding only the realism rules. */
  @Benchmark
  public AssessmentReport droolsRealismOnly() {
    return realismOnly.assess(plan);
  }
}
