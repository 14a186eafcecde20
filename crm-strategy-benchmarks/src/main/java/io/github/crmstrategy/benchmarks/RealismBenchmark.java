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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hand-written realism floor beside the Drools realism rules alone, on the reference document
 * (northwind-telecom.yaml). Every variant starts from the plan, so each includes fact extraction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// JIT warm-up of the Drools paths takes about 8 s (docs/performance.md); one fork per benchmark.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RealismBenchmark {
  private PlanDocument plan;
  private List<Object> facts;
  private HandWrittenRealism floor;
  private Internals.Engine shared;
  private Internals.Engine realismFiltered;
  private Internals.Engine realismOnly;

  @Setup(Level.Trial)
  public void setUp() {
    plan = Plans.reference();
    facts = Internals.facts(plan);
    floor = new HandWrittenRealism();
    shared = Internals.shared();
    realismFiltered = shared.firingOnly(Category.REALISM);
    realismOnly = Internals.only(Category.REALISM);
  }

  /** The floor: fact extraction plus the 29 rules in plain Java. */
  @Benchmark
  public List<RealismFinding> floor() {
    return floor.assess(plan);
  }

  /** The floor's rules alone, on facts extracted once. */
  @Benchmark
  public List<RealismFinding> floorRulesOnly() {
    return floor.assess(facts);
  }

  /** Fact extraction alone (shared by every variant). */
  @Benchmark
  public List<Object> extractFacts() {
    return Internals.facts(plan);
  }

  /** Drools, a KieBase holding only the realism rules. */
  @Benchmark
  public AssessmentReport droolsRealismOnly() {
    return realismOnly.assess(plan);
  }

  /** Drools, the shared default KieBase with an agenda filter on category REALISM. */
  @Benchmark
  public AssessmentReport droolsRealismFiltered() {
    return realismFiltered.assess(plan);
  }

  /** Drools, every rule of the default pack. */
  @Benchmark
  public AssessmentReport droolsAllRules() {
    return shared.assess(plan);
  }
}
