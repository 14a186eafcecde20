package io.github.crmstrategy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.testing.PlanGenerators;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;

/**
 * The command line in a JVM of its own, as users run it: a full standard output, and a folder of
 * thousands of plans reviewed in a small heap, its JSON and SARIF streamed to standard output and
 * counted as they come (nothing is written to disk).
 *
 * <p>{@code mvn verify} reviews {@value #DEFAULT_PLANS} plans per format with {@code -Xmx256m}
 * (reports built in memory took 670 MB for 1,000 plans). The full run, the 10,000 plans the command
 * must handle in that heap (about 10 minutes on two busy cores):
 *
 * <pre>
 * mvn -B -pl crm-strategy-cli -am test -Dtest=ProcessCliTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcli.heap.plans=10000
 * </pre>
 */
class ProcessCliTest {
  static final int DEFAULT_PLANS = 2_000;

  /** Plans of the generated folder that are invalid: named in the output like the others. */
  private static final int INVALID = 10;

  @TempDir Path dir;

  private static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  private static ProcessBuilder cli(String heap, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(heap);
    command.add("-cp");
    command.add(classPath());
    command.add(CrmStrategyCli.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static String read(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void aReportThatCannotBeWrittenToStandardOutputExitsTwo() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "needs /dev/full (Linux)");
    for (String format : List.of("text", "json")) {
      Process p =
          cli("-Xmx256m", "assess", "--sample", "weak-plan", "--format", format)
              .redirectOutput(full)
              .start();
      String err = read(p.getErrorStream());
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(format).isEqualTo(ExitCodes.INVALID);
      assertThat(err).contains("cannot write the report to standard output");
    }
  }

  @Test
  void tenThousandPlansAreReviewedInABoundedHeapInJsonAndSarif() throws Exception {
    int plans = Integer.getInteger("cli.heap.plans", DEFAULT_PLANS);
    Path folder = dir.resolve("plans");
    Files.createDirectories(folder);
    List<String> documents = new ArrayList<>();
    QuickTheory.qt()
        .withExamples(40)
        .withFixedSeed(17)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            (PlanDocument plan) -> documents.add(PlanDocuments.write(plan, DocumentFormat.YAML)));
    for (int i = 0; i < plans; i++) {
      String text =
          i % (plans / INVALID) == 0
              ? "formatVersion: 1\norganization:\n  colour: x\n"
              : documents.get(i % documents.size());
      Files.writeString(folder.resolve(String.format("plan-%05d.yaml", i)), text);
    }

    for (String format : List.of("json", "sarif")) {
      Process p =
          cli("-Xmx256m", "assess", folder.toString(), "--format", format)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      CompletableFuture<int[]> counted =
          CompletableFuture.supplyAsync(() -> count(p.getInputStream(), format));
      assertThat(p.waitFor(20, TimeUnit.MINUTES)).as(format).isTrue();
      int[] entries = counted.get();
      assertThat(p.exitValue()).as("%s: the invalid plans give status 2", format).isEqualTo(2);
      assertThat(entries[0]).as("%s: every plan is named", format).isEqualTo(plans);
      assertThat(entries[1]).as("%s: every invalid plan is named", format).isEqualTo(INVALID);
    }
  }

  /**
   * The plans named in a JSON array (entries) or a SARIF run (artifacts), and the invalid ones,
   * read as they are written.
   */
  private static int[] count(InputStream in, String format) {
    int[] counts = new int[2];
    try (JsonParser parser = new JsonFactory().createParser(in)) {
      int depth = 0;
      String field = null;
      boolean inArtifacts = false;
      int artifactsDepth = -1;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            depth++;
            if (format.equals("json") && token == JsonToken.START_OBJECT && depth == 2) {
              counts[0]++;
            }
            if ("artifacts".equals(field) && token == JsonToken.START_ARRAY) {
              inArtifacts = true;
              artifactsDepth = depth;
            } else if (inArtifacts
                && token == JsonToken.START_OBJECT
                && depth == artifactsDepth + 1) {
              counts[0]++;
            }
            field = null;
          }
          case END_OBJECT, END_ARRAY -> {
            if (inArtifacts && depth == artifactsDepth) {
              inArtifacts = false;
            }
            depth--;
          }
          case FIELD_NAME -> field = parser.currentName();
          case VALUE_STRING -> {
            String v = parser.getText();
            if (format.equals("json") && "status".equals(field) && v.equals("invalid")) {
              counts[1]++;
            }
            if (format.equals("sarif") && "text".equals(field) && v.contains(": INVALID, ")) {
              counts[1]++;
            }
            field = null;
          }
          default -> field = null;
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }
}
