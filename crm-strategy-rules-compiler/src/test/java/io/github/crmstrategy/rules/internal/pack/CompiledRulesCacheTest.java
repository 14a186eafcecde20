package io.github.crmstrategy.rules.internal.pack;

import static io.github.crmstrategy.rules.AnalystDrl.HEADER;
import static io.github.crmstrategy.rules.AnalystDrl.rule;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.CompiledRulesCache;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.compiler.internal.DroolsRuleCompiler;
import io.github.crmstrategy.rules.profile.DecisionTableSource;
import io.github.crmstrategy.rules.profile.RuleProfile;
import io.github.crmstrategy.rules.profile.RuleSetting;
import io.github.crmstrategy.rules.profile.RuleSource;
import io.github.crmstrategy.testing.SamplePlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The compiled-rules cache: reused when nothing changed, rebuilt when any input did, shared by
 * threads and processes, and rebuilt with a warning when an entry is damaged. Whether a pack was
 * compiled or loaded is told by {@link DroolsRuleCompiler#compilations()}, never by timing.
 */
class CompiledRulesCacheTest {
  private static final String MARKER_DRL =
      HEADER
          + rule(
              "Plan marker",
              "ACME-CACHE-001",
              "$p : PlanFact()",
              "findings.report( kcontext, \"organization\", \"%s\" );");

  @TempDir Path root;
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void captureWarnings() {
    log.start();
    ((Logger) LoggerFactory.getLogger(KjarStore.class)).addAppender(log);
  }

  @AfterEach
  void release() {
    ((Logger) LoggerFactory.getLogger(KjarStore.class)).detachAppender(log);
  }

  static RuleProfile profile(String message) {
    return RuleProfile.builder()
        .name("acme")
        .addDrl(RuleSource.of("rules/acme.drl", MARKER_DRL.formatted(message)))
        .build();
  }

  static PlanDocument plan() throws Exception {
    return SamplePlans.load("travel-company").plan();
  }

  static String marker(AssessmentReport report) {
    return report.findingsOf("ACME-CACHE-001").get(0).message();
  }

  @Test
  void aPackIsCompiledOnceThenLoadedUntilItsRulesChange() throws Exception {
    CompiledRulesCache cache = CompiledRulesCache.at(root);
    long before = DroolsRuleCompiler.compilations();
    Reviewer first = Reviewer.fromProfile(profile("first wording"), cache);
    assertThat(DroolsRuleCompiler.compilations()).isEqualTo(before + 1);
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.directory()).isEqualTo(root.resolve("rules"));

    Reviewer again = Reviewer.fromProfile(profile("first wording"), cache);
    assertThat(DroolsRuleCompiler.compilations()).as("loaded, not compiled").isEqualTo(before + 1);
    assertThat(again.assess(plan())).isEqualTo(first.assess(plan()));
    assertThat(again.rules()).isEqualTo(first.rules());

    // Settings are not compiled: they neither miss nor come from the cache.
    Reviewer off =
        Reviewer.fromProfile(
            RuleProfile.builder()
                .from(profile("first wording"))
                .putRule("ACME-CACHE-001", RuleSetting.disabled())
                .build(),
            cache);
    assertThat(DroolsRuleCompiler.compilations()).isEqualTo(before + 1);
    assertThat(off.assess(plan()).findingsOf("ACME-CACHE-001")).isEmpty();

    Reviewer changed = Reviewer.fromProfile(profile("second wording"), cache);
    assertThat(DroolsRuleCompiler.compilations()).isEqualTo(before + 2);
    assertThat(marker(changed.assess(plan()))).isEqualTo("second wording");
    assertThat(marker(again.assess(plan()))).isEqualTo("first wording");
    assertThat(cache.size()).isEqualTo(2);

    assertThat(cache.clear()).isEqualTo(2);
    assertThat(cache.size()).isZero();
    Reviewer.fromProfile(profile("first wording"), cache);
    assertThat(DroolsRuleCompiler.compilations()).as("cleared").isEqualTo(before + 3);
  }

  @Test
  void theKeyChangesWithEveryCompiledInputAndNothingElse() {
    KjarStore store = new KjarStore(root, "1.0.0");
    RuleProfile base =
        RuleProfile.builder()
            .from(profile("x"))
            .addDecisionTable(
                DecisionTableSource.of("t.csv", "a,b".getBytes(StandardCharsets.UTF_8)))
            .build();
    String key = DroolsRuleCompiler.key(store, base);
    assertThat(DroolsRuleCompiler.key(store, RuleProfile.builder().from(base).build()))
        .isEqualTo(key);
    // Not compiled: name, settings, parameters.
    assertThat(
            DroolsRuleCompiler.key(
                store,
                RuleProfile.builder()
                    .from(base)
                    .name("other")
                    .putParameter("realism.indicatorsPerGoal.max", 9.0)
                    .build()))
        .isEqualTo(key);
    List<RuleProfile> changed =
        List.of(
            profileWith(base, List.of(RuleSource.of("rules/acme.drl", "changed")), null),
            profileWith(
                base, List.of(RuleSource.of("rules/renamed.drl", MARKER_DRL.formatted("x"))), null),
            profileWith(base, null, DecisionTableSource.of("t.csv", bytes("a,c"))),
            profileWith(base, null, DecisionTableSource.of("u.csv", bytes("a,b"))),
            RuleProfile.builder()
                .from(base)
                .addDecisionTable(DecisionTableSource.of("v.csv", bytes("")))
                .build());
    for (RuleProfile p : changed) {
      assertThat(DroolsRuleCompiler.key(store, p)).as(p.toString()).isNotEqualTo(key);
    }
    assertThat(DroolsRuleCompiler.key(new KjarStore(root, "1.0.1"), base))
        .as("another library version")
        .isNotEqualTo(key);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static RuleProfile profileWith(
      RuleProfile base, List<RuleSource> drl, DecisionTableSource table) {
    var b = RuleProfile.builder().from(base);
    if (drl != null) {
      b.drl(drl);
    }
    if (table != null) {
      b.decisionTables(List.of(table));
    }
    return b.build();
  }

  @Test
  void aDamagedOrCutEntryReadsAsMissingWithAWarning() throws Exception {
    KjarStore store = new KjarStore(root.resolve("rules"), "1.0.0");
    byte[] payload = new byte[4096];
    new java.util.Random(7).nextBytes(payload);
    store.write("k", payload);
    assertThat(store.read("k")).hasValueSatisfying(p -> assertThat(p).isEqualTo(payload));
    Path entry = onlyEntry();
    byte[] good = Files.readAllBytes(entry);

    byte[] flipped = good.clone();
    flipped[flipped.length / 2] ^= 0x55;
    Files.write(entry, flipped);
    assertThat(store.read("k")).isEmpty();
    assertThat(entry).doesNotExist();
    assertWarned("checksum");

    // A file cut short, as a crash in the middle of a write by an older version would leave.
    Files.write(entry, java.util.Arrays.copyOf(good, good.length / 3));
    assertThat(store.read("k")).isEmpty();
    assertWarned("checksum");

    store.write("k", payload);
    assertThat(store.read("k")).isPresent();
  }

  @Test
  void anEntryThatDoesNotLoadIsDiscardedWithAWarningAndRebuilt() throws Exception {
    CompiledRulesCache cache = CompiledRulesCache.at(root);
    KjarStore store = new KjarStore(cache.directory());
    // A well-formed entry, checksum and all, whose content is not a kjar.
    store.write(DroolsRuleCompiler.key(store, profile("intact")), bytes("not a jar"));
    log.list.clear();
    long before = DroolsRuleCompiler.compilations();
    Reviewer reviewer = Reviewer.fromProfile(profile("intact"), cache);
    assertThat(DroolsRuleCompiler.compilations()).isEqualTo(before + 1);
    assertThat(marker(reviewer.assess(plan()))).isEqualTo("intact");
    assertWarned("does not load");
    assertThat(store.read(onlyEntry().getFileName().toString().replace(KjarStore.SUFFIX, "")))
        .hasValueSatisfying(p -> assertThat(p.length).isGreaterThan(1000));
    Reviewer.fromProfile(profile("intact"), cache);
    assertThat(DroolsRuleCompiler.compilations())
        .as("the rebuilt entry loads")
        .isEqualTo(before + 1);
  }

  private void assertWarned(String why) {
    assertThat(log.list)
        .anySatisfy(
            e -> {
              assertThat(e.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
              assertThat(e.getFormattedMessage()).contains("Discarding", why);
            });
    log.list.clear();
  }

  private Path onlyEntry() throws IOException {
    try (Stream<Path> files = Files.list(root.resolve("rules"))) {
      List<Path> all = files.toList();
      assertThat(all).hasSize(1);
      assertThat(all.get(0).toString()).endsWith(KjarStore.SUFFIX);
      return all.get(0);
    }
  }

  @Test
  void threadsBuildingOnePackAtOnceAllGetItAndLeaveOneEntry() throws Exception {
    CompiledRulesCache cache = CompiledRulesCache.at(root);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Callable<AssessmentReport>> tasks = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        tasks.add(() -> Reviewer.fromProfile(profile("parallel"), cache).assess(plan()));
      }
      List<AssessmentReport> reports = new ArrayList<>();
      for (Future<AssessmentReport> f : pool.invokeAll(tasks)) {
        reports.add(f.get());
      }
      assertThat(reports).allSatisfy(r -> assertThat(r).isEqualTo(reports.get(0)));
      assertThat(marker(reports.get(0))).isEqualTo("parallel");
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
    onlyEntry();
    // Loads at once share nothing either.
    long before = DroolsRuleCompiler.compilations();
    ExecutorService loaders = Executors.newFixedThreadPool(3);
    try {
      List<Future<Reviewer>> loaded = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        loaded.add(loaders.submit(() -> Reviewer.fromProfile(profile("parallel"), cache)));
      }
      for (Future<Reviewer> f : loaded) {
        assertThat(marker(f.get().assess(plan()))).isEqualTo("parallel");
      }
    } finally {
      loaders.shutdown();
    }
    assertThat(DroolsRuleCompiler.compilations()).isEqualTo(before);
  }

  @Test
  void twoProcessesBuildingOnePackAtOnceLeaveOneUsableEntry() throws Exception {
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      processes.add(
          new ProcessBuilder(
                  ProcessHandle.current().info().command().orElse("java"),
                  "-cp",
                  System.getProperty("java.class.path"),
                  CacheProcess.class.getName(),
                  root.toString(),
                  "processes")
              .redirectErrorStream(true)
              .start());
    }
    for (Process p : processes) {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(out).contains("marker: processes");
    }
    onlyEntry();
    long before = DroolsRuleCompiler.compilations();
    Reviewer loaded = Reviewer.fromProfile(profile("processes"), CompiledRulesCache.at(root));
    assertThat(DroolsRuleCompiler.compilations()).isEqualTo(before);
    assertThat(marker(loaded.assess(plan()))).isEqualTo("processes");
  }

  /**
   * The main class of the processes of {@link
   * #twoProcessesBuildingOnePackAtOnceLeaveOneUsableEntry}.
   */
  static final class CacheProcess {
    private CacheProcess() {}

    public static void main(String[] args) throws Exception {
      Reviewer reviewer =
          Reviewer.fromProfile(profile(args[1]), CompiledRulesCache.at(Path.of(args[0])));
      System.out.println("marker: " + marker(reviewer.assess(plan())));
    }
  }
}
