package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.PlanGenerators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A mutation fuzzer over plan documents: broken values, truncated files, shuffled keys, random
 * bytes and more, applied to the bundled samples and to generated plans in YAML and JSON. Every
 * document must end in a report (reviewed and rendered) or in an {@link InvalidPlanException} whose
 * every problem is located, with a message; never in another exception.
 *
 * <p>{@code mvn verify} runs {@value #DEFAULT_DOCUMENTS} documents. The full run, 10,000 or more:
 *
 * <pre>
 * mvn -B -pl crm-strategy-report -am test -Dtest=HostileDocumentsFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.documents=10000 [-Dfuzz.seed=N]
 * </pre>
 *
 * A failure names the seed and the document's number, and prints the document, so that it can be
 * reproduced and kept as a test of its own.
 */
class HostileDocumentsFuzzTest {
  static final int DEFAULT_DOCUMENTS = 1_500;

  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();
  private static final String MARK = "FUZZ_MARK_7f3a";

  /** Raw scalars that break a value in a way the parser, the binding or the validation sees. */
  private static final String[] BAD_SCALARS = {
    ".nan",
    ".inf",
    "-.inf",
    "NaN",
    "Infinity",
    "1e400",
    "-1e308",
    "1.7e308",
    "1e-320",
    "-1",
    "0",
    "99999999999999999999999",
    "0x1F",
    "1_000",
    "'12 MUSD'",
    "true",
    "null",
    "~",
    "''",
    "\"\"",
    "[]",
    "{}",
    "[a, b]",
    "{x: 1}",
    "2026-13-45",
    "2026-02-30",
    "'2026-01-01T10:00'",
    "\"\\u0000\"",
    "\"\\uD800\"",
    "\"日本語\"",
    "'Северный'",
    "'G1'",
    "'NOPE-42'",
    "increase",
    "custmer",
    "6",
    "-3",
    "2.5",
    "' '",
    "\"a\\nb\""
  };

  private static final String[] BAD_KEYS = {"colour", "id", "indicatrs", "", "formatVersion", "?"};

  @Test
  void everyBrokenDocumentEndsInAReportOrALocatedInvalidPlanException() throws Exception {
    int documents = Integer.getInteger("fuzz.documents", DEFAULT_DOCUMENTS);
    long seed = Long.getLong("fuzz.seed", 20261201L);
    List<String> seeds = seeds(seed);
    SplittableRandom random = new SplittableRandom(seed);
    int reviewed = 0;
    int invalid = 0;
    for (int n = 0; n < documents; n++) {
      String origin = seeds.get(random.nextInt(seeds.size()));
      boolean json = origin.startsWith("{");
      DocumentFormat format = json ? DocumentFormat.JSON : DocumentFormat.YAML;
      String source = "fuzz-" + n + (json ? ".json" : ".yaml");
      byte[] document = mutate(origin, json, random);
      try {
        LoadedPlan loaded;
        try {
          loaded = PlanDocuments.read(new ByteArrayInputStream(document), source, format);
        } catch (InvalidPlanException e) {
          assertThat(e.problems()).isNotEmpty();
          for (Problem p : e.problems()) {
            assertThat(p.location()).as("location of %s", p).isPresent();
            assertThat(p.location().get().source()).isEqualTo(source);
            assertThat(p.location().get().line()).isPositive();
            assertThat(p.location().get().column()).isPositive();
            assertThat(p.message()).as("message of %s", p).isNotBlank();
            assertThat(p.toString()).doesNotContain("Jackson", "StreamReadConstraints", "\u2047");
          }
          invalid++;
          continue;
        }
        AssessmentReport report = REVIEWER.assess(loaded.plan());
        ReviewedPlan plan = ReviewedPlan.of(source, loaded, report);
        assertThat(ReportRenderer.of(ReportFormat.JSON).render(plan)).startsWith("{");
        assertThat(ReportRenderer.of(ReportFormat.TEXT).render(plan)).contains(source);
        assertThat(report.findings())
            .allSatisfy(
                f -> assertThat(f.message()).doesNotContainPattern("(Infinity|NaN)( points|%)"));
        reviewed++;
      } catch (Throwable t) {
        throw new AssertionError(
            "document "
                + n
                + " of seed "
                + seed
                + " ended in "
                + t
                + "; the document:\n"
                + new String(document, StandardCharsets.UTF_8),
            t);
      }
    }
    // Both outcomes occur: the fuzzer neither breaks everything nor nothing.
    assertThat(reviewed).as("reviewed").isPositive();
    assertThat(invalid).as("invalid").isGreaterThan(documents / 2);
  }

  /** The documents mutations start from: the samples and generated plans, in YAML and JSON. */
  private static List<String> seeds(long seed) throws Exception {
    List<String> seeds = new ArrayList<>();
    for (String name : Samples.names()) {
      String yaml = Samples.content(name);
      seeds.add(yaml);
      seeds.add(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(YAML.readTree(yaml)));
    }
    List<PlanDocument> generated = new ArrayList<>();
    org.quicktheories.QuickTheory.qt()
        .withExamples(12)
        .withFixedSeed(seed)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(generated::add);
    for (PlanDocument plan : generated) {
      seeds.add(PlanDocuments.write(plan, DocumentFormat.YAML));
      seeds.add(PlanDocuments.write(plan, DocumentFormat.JSON));
    }
    return seeds;
  }

  /** One to three mutations of {@code text}, as bytes. */
  private static byte[] mutate(String text, boolean json, SplittableRandom random)
      throws Exception {
    String current = text;
    int rounds = 1 + random.nextInt(3);
    byte[] bytes = null;
    for (int i = 0; i < rounds; i++) {
      int kind = random.nextInt(10);
      switch (kind) {
        case 0, 1, 2 -> current = badValue(current, json, random);
        case 3 -> current = current.substring(0, random.nextInt(current.length() + 1));
        case 4 -> current = shuffledKeys(current, json, random);
        case 5 -> current = badKey(current, json, random);
        case 6 -> current = lines(current, random);
        case 7 -> bytes = randomBytes(current.getBytes(StandardCharsets.UTF_8), random);
        case 8 -> current = removedElement(current, json, random);
        default -> current = badValue(badValue(current, json, random), json, random);
      }
      if (bytes != null) {
        return bytes;
      }
    }
    return current.getBytes(StandardCharsets.UTF_8);
  }

  /** A random scalar replaced by one of {@link #BAD_SCALARS}, written raw. */
  private static String badValue(String text, boolean json, SplittableRandom random)
      throws Exception {
    JsonNode tree = parse(text, json);
    if (tree == null || !tree.isContainerNode()) {
      return text;
    }
    List<JsonNode> parents = new ArrayList<>();
    collect(tree, parents);
    JsonNode parent = parents.get(random.nextInt(parents.size()));
    String bad = BAD_SCALARS[random.nextInt(BAD_SCALARS.length)];
    if (parent instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      object.put(names.get(random.nextInt(names.size())), MARK);
    } else if (parent instanceof ArrayNode array && array.size() > 0) {
      array.set(random.nextInt(array.size()), JsonNodeFactory.instance.textNode(MARK));
    } else {
      return text;
    }
    String written = write(tree, json);
    String raw = json ? jsonFlavour(bad) : bad;
    return written.replace("\"" + MARK + "\"", raw).replace(MARK, raw);
  }

  /** A bad scalar in JSON's own spelling where YAML's would only be a syntax error. */
  private static String jsonFlavour(String yaml) {
    return switch (yaml) {
      case ".nan" -> "NaN";
      case ".inf" -> "Infinity";
      case "-.inf" -> "-Infinity";
      case "~", "null" -> "null";
      case "true" -> "true";
      case "[]", "{}" -> yaml;
      default -> {
        if (yaml.matches("-?[0-9][0-9.eE+-]*")) {
          yield yaml;
        }
        String inner =
            yaml.length() >= 2 && (yaml.startsWith("'") || yaml.startsWith("\""))
                ? yaml.substring(1, yaml.length() - 1)
                : yaml;
        yield "\"" + inner.replace("\"", "\\\"") + "\"";
      }
    };
  }

  private static String shuffledKeys(String text, boolean json, SplittableRandom random)
      throws Exception {
    JsonNode tree = parse(text, json);
    if (tree == null || !tree.isContainerNode()) {
      return text;
    }
    shuffle(tree, random);
    return write(tree, json);
  }

  private static void shuffle(JsonNode node, SplittableRandom random) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      object.fields().forEachRemaining(fields::add);
      for (int i = fields.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        var t = fields.get(i);
        fields.set(i, fields.get(j));
        fields.set(j, t);
      }
      object.removeAll();
      fields.forEach(f -> object.set(f.getKey(), f.getValue()));
      fields.forEach(f -> shuffle(f.getValue(), random));
    } else if (node instanceof ArrayNode array) {
      array.forEach(e -> shuffle(e, random));
    }
  }

  private static String badKey(String text, boolean json, SplittableRandom random)
      throws Exception {
    JsonNode tree = parse(text, json);
    if (tree == null || !tree.isContainerNode()) {
      return text;
    }
    List<JsonNode> parents = new ArrayList<>();
    collect(tree, parents);
    List<ObjectNode> objects = new ArrayList<>();
    parents.forEach(
        p -> {
          if (p instanceof ObjectNode o) {
            objects.add(o);
          }
        });
    if (objects.isEmpty()) {
      return text;
    }
    ObjectNode object = objects.get(random.nextInt(objects.size()));
    object.put(BAD_KEYS[random.nextInt(BAD_KEYS.length)], "x");
    return write(tree, json);
  }

  private static String removedElement(String text, boolean json, SplittableRandom random)
      throws Exception {
    JsonNode tree = parse(text, json);
    if (tree == null || !tree.isContainerNode()) {
      return text;
    }
    List<JsonNode> parents = new ArrayList<>();
    collect(tree, parents);
    JsonNode parent = parents.get(random.nextInt(parents.size()));
    if (parent instanceof ObjectNode object && object.size() > 0) {
      Iterator<String> names = object.fieldNames();
      List<String> all = new ArrayList<>();
      names.forEachRemaining(all::add);
      object.remove(all.get(random.nextInt(all.size())));
    } else if (parent instanceof ArrayNode array && array.size() > 0) {
      array.remove(random.nextInt(array.size()));
    }
    return write(tree, json);
  }

  /** A line deleted, doubled, swapped with the next, or indented differently. */
  private static String lines(String text, SplittableRandom random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (lines.size() < 2) {
      return text;
    }
    int i = random.nextInt(lines.size() - 1);
    switch (random.nextInt(4)) {
      case 0 -> lines.remove(i);
      case 1 -> lines.add(i, lines.get(i));
      case 2 -> {
        String t = lines.get(i);
        lines.set(i, lines.get(i + 1));
        lines.set(i + 1, t);
      }
      default -> lines.set(i, " ".repeat(random.nextInt(5)) + lines.get(i).stripLeading());
    }
    return String.join("\n", lines);
  }

  /** Bytes overwritten or inserted at random, or a document of random bytes. */
  private static byte[] randomBytes(byte[] bytes, SplittableRandom random) {
    if (random.nextInt(8) == 0) {
      byte[] noise = new byte[random.nextInt(2048)];
      random.nextBytes(noise);
      return noise;
    }
    byte[] out = bytes.clone();
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n && out.length > 0; i++) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }

  private static void collect(JsonNode node, List<JsonNode> parents) {
    if (node.isContainerNode()) {
      parents.add(node);
      node.forEach(child -> collect(child, parents));
    }
  }

  private static JsonNode parse(String text, boolean json) {
    try {
      return (json ? JSON : YAML).readTree(text);
    } catch (Exception e) {
      return null; // already broken: leave it to the other mutations
    }
  }

  private static String write(JsonNode tree, boolean json) throws Exception {
    return json
        ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree)
        : YAML.writeValueAsString(tree);
  }
}
