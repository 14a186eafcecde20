package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.crmstrategy.document.PlanPatch;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.samples.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The declarative rule cases of {@code src/test/resources/io/github/crmstrategy/rules/cases} (see
 * {@link RuleCasesTest}), read from the class path, so that the tests of other modules (the
 * translations of the report module) run every rule's break case too: this module's test-jar holds
 * them.
 */
public final class RuleCases {
  /** The files of cases, one per rule category. */
  public static final List<String> FILES =
      List.of("alignment.yaml", "completeness.yaml", "maturity.yaml", "realism.yaml");

  private static final String FOLDER = "/io/github/crmstrategy/rules/cases/";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private RuleCases() {}

  /** One case, as written. */
  @SuppressWarnings("unused")
  public static final class Case {
    /** The rule the case breaks. */
    public String rule;

    /** What the case shows, when a rule has several. */
    public String title;

    /** The base plan: a bundled sample or a plan of the cases' {@code plans} folder. */
    public String base;

    /** Whether the rule already fires on the base plan. */
    public boolean baseFires;

    /** The change ({@link PlanPatch}: set, remove, add) that breaks the rule. */
    public Map<String, Object> breaks;

    /** The findings expected on the broken plan. */
    public List<Expected> expect = List.of();

    /** Rules that must stay silent on the broken plan. */
    public List<String> silent = List.of();

    /** A change that comes close but must not be reported. */
    public Map<String, Object> nearMiss;

    /** Rules that must stay silent on the near miss. */
    public List<String> nearMissSilent = List.of();

    @Override
    public String toString() {
      return rule + (title == null ? "" : ": " + title);
    }
  }

  /** An expected finding: its path and fragments of its message. */
  @SuppressWarnings("unused")
  public static final class Expected {
    /** The finding's element path. */
    public String path;

    /** Fragments of its (English) message. */
    public List<String> message = List.of();

    /** Its severity, when the case checks it. */
    public String severity;
  }

  static final class CaseFile {
    public List<Case> cases;
  }

  /** Every case of every file, in file order. */
  public static List<Case> all() {
    List<Case> out = new ArrayList<>();
    for (String f : FILES) {
      try (InputStream in = RuleCases.class.getResourceAsStream(FOLDER + f)) {
        if (in == null) {
          throw new IllegalStateException("no rule cases " + FOLDER + f);
        }
        CaseFile file = YAML.readValue(in, CaseFile.class);
        if (file.cases != null) {
          out.addAll(file.cases);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The text of base plan {@code base}: a bundled sample, else a plan of the cases folder. */
  public static String baseText(String base) throws IOException {
    if (Samples.names().contains(base)) {
      return Samples.content(base);
    }
    try (InputStream in = RuleCases.class.getResourceAsStream(FOLDER + "plans/" + base + ".yaml")) {
      if (in == null) {
        throw new IllegalArgumentException("no base plan " + base);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Base plan {@code base} with {@code changes} applied (none when null). */
  public static PlanDocument plan(String base, Map<String, Object> changes) throws Exception {
    PlanPatch patch = PlanPatch.of(baseText(base));
    if (changes != null) {
      patch.apply(changes);
    }
    return patch.read().plan();
  }

  /** The plan on which {@code c} breaks its rule. */
  public static PlanDocument broken(Case c) throws Exception {
    return plan(c.base, c.breaks);
  }
}
