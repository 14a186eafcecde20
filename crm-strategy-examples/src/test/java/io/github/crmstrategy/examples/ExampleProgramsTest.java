package io.github.crmstrategy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.samples.Samples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each example program's main and checks what it prints. */
class ExampleProgramsTest {
  @TempDir Path dir;

  interface Main {
    void run() throws Exception;
  }

  private static String captured(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildPlanInCode() throws Exception {
    String out = captured(() -> BuildPlanInCode.main(new String[0]));
    assertThat(out)
        .contains("Organisation:   Crumb & Co.")
        .contains("Today:          CRM maturity level");
  }

  @Test
  void loadAndPrintReport() throws Exception {
    assertThat(captured(() -> LoadAndPrintReport.main(new String[0])))
        .contains("Organisation:   Meridian Travel");
    Path file = dir.resolve("weak.yaml");
    Files.writeString(file, Samples.content(Samples.WEAK_PLAN));
    assertThat(captured(() -> LoadAndPrintReport.main(new String[] {file.toString(), "markdown"})))
        .startsWith("## CRM strategy review: Harbor Street Outfitters");
  }

  @Test
  void compareRevisions() throws Exception {
    String out = captured(() -> CompareRevisions.main(new String[0]));
    assertThat(out)
        .contains("resolved REAL-020 corporatePlan.goals[G4].indicators[G4-PLAT]")
        .contains("moved    crmStrategy.goals[CG2].indicators[ENGAGED]")
        .contains("## CRM strategy revisions: Meridian Travel");
  }

  @Test
  void reviewFolderInParallel() throws Exception {
    for (String name : Samples.names()) {
      Files.writeString(dir.resolve(name + ".yaml"), Samples.content(name));
    }
    Files.writeString(dir.resolve("zz-broken.yaml"), "formatVersion: 1\norganization: {}\n");
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<ReviewFolderInParallel.Outcome> outcomes =
          ReviewFolderInParallel.review(dir, Reviewer.withDefaultRules(), pool);
      assertThat(outcomes).hasSize(Samples.names().size() + 1);
      assertThat(outcomes.get(outcomes.size() - 1).reviewed()).isNull();
      assertThat(outcomes.subList(0, Samples.names().size()))
          .allSatisfy(o -> assertThat(o.reviewed()).isNotNull());
    } finally {
      pool.shutdown();
    }
    String out = captured(() -> ReviewFolderInParallel.main(new String[] {dir.toString()}));
    assertThat(out.lines()).hasSize(Samples.names().size() + 1);
    assertThat(out).contains("weak-plan.yaml").contains("INVALID");
  }
}
