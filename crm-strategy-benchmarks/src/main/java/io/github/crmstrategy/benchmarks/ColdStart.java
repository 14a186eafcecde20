package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Reviewer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.conf.EqualityBehaviorOption;

/**
 * One cold start, meant to run in a fresh JVM: from {@code main} to the first assessment report of
 * the reference-shape plan, with (a) {@code precompiled}: the default pack's executable model
 * precompiled at build time ({@code Reviewer.withDefaultRules()}) or (b) {@code runtime}: the same
 * DRL files compiled at run time by the classic DRL compiler (no executable model). Prints {@code
 * COLDSTART <mode> <ms from main> <ms from JVM start> <findings>}. {@link ColdStartHarness} runs it
 * repeatedly and takes the median.
 */
public final class ColdStart {
  /** Class-path folder the build copies the default DRL files to. */
  static final String DRL_FOLDER = "/crm-strategy-benchmarks/drl/";

  static final List<String> DRL_FILES =
      List.of("maturity.drl", "alignment.drl", "realism.drl", "completeness.drl");

  private ColdStart() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    String mode = args.length > 0 ? args[0] : "precompiled";
    PlanDocument plan = Plans.scaled(1);
    AssessmentReport report =
        switch (mode) {
          case "precompiled" -> Reviewer.withDefaultRules().assess(plan);
          case "runtime" -> runtimeCompiled().assess(plan);
          default -> throw new IllegalArgumentException("mode: precompiled | runtime");
        };
    long fromMain = (System.nanoTime() - start) / 1_000_000;
    long fromJvm = ManagementFactory.getRuntimeMXBean().getUptime();
    if (Boolean.getBoolean("coldstart.print")) {
      report.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.path()));
    }
    System.out.println(
        "COLDSTART " + mode + " " + fromMain + " " + fromJvm + " " + report.findings().size());
  }

  /** The default DRL compiled now, into a KieModule with its own ReleaseId. */
  static Internals.Engine runtimeCompiled() {
    KieServices ks = KieServices.get();
    ReleaseId id =
        ks.newReleaseId(
            "io.github.crmstrategy.benchmarks", "runtime-" + UUID.randomUUID(), "1.0.0");
    KieModuleModel module = ks.newKieModuleModel();
    module
        .newKieBaseModel("runtime")
        .setDefault(true)
        .addPackage("*")
        .setEqualsBehavior(EqualityBehaviorOption.IDENTITY);
    KieFileSystem fs = ks.newKieFileSystem().generateAndWritePomXML(id);
    fs.writeKModuleXML(module.toXML());
    for (String name : DRL_FILES) {
      fs.write("src/main/resources/io/github/crmstrategy/rules/defaults/" + name, read(name));
    }
    KieBuilder builder =
        ks.newKieBuilder(fs).buildAll(); // classic DRL compiler, no executable model
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("DRL does not compile: " + errors);
    }
    return Internals.over(ks.newKieContainer(id).getKieBase("runtime"));
  }

  private static String read(String name) {
    try (InputStream in = ColdStart.class.getResourceAsStream(DRL_FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + DRL_FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
