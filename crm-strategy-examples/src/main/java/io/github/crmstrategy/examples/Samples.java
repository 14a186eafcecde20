package io.github.crmstrategy.examples;

import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.PlanDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The sample plan documents bundled on the class path under {@value #RESOURCE_FOLDER}: a sound
 * reference plan, a sound plan with realistic weaknesses and a deliberately weak plan, and a second
 * revision of the latter two that fixes part of their findings (for comparing revisions). All are
 * valid documents; they differ in what a review finds.
 */
public final class Samples {

  /** The class-path folder holding the sample documents. */
  public static final String RESOURCE_FOLDER = "/io/github/crmstrategy/examples/plans/";

  /** The reference plan (the shape every plan document has): a telecom operator. */
  public static final String NORTHWIND_TELECOM = "northwind-telecom";

  /** A sound travel-company plan with a few realistic weaknesses. */
  public static final String TRAVEL_COMPANY = "travel-company";

  /** A deliberately weak retail plan: valid, but a review should find much to fix. */
  public static final String WEAK_PLAN = "weak-plan";

  /** The next revision of {@link #TRAVEL_COMPANY}, fixing part of its findings. */
  public static final String TRAVEL_COMPANY_REV2 = "travel-company-rev2";

  /** The next revision of {@link #WEAK_PLAN}, fixing part of its findings. */
  public static final String WEAK_PLAN_REV2 = "weak-plan-rev2";

  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          NORTHWIND_TELECOM,
          "Northwind Telecom: the reference plan, sound and complete",
          TRAVEL_COMPANY,
          "Meridian Travel: a sound plan with a few realistic weaknesses",
          WEAK_PLAN,
          "Harbor Street Outfitters: a deliberately weak retail plan",
          TRAVEL_COMPANY_REV2,
          "Meridian Travel, next revision: fixes part of travel-company's findings",
          WEAK_PLAN_REV2,
          "Harbor Street Outfitters, next revision: fixes part of weak-plan's findings");

  private Samples() {}

  /** The sample names, reference plan first, each second revision after its first. */
  public static List<String> names() {
    return List.of(
        NORTHWIND_TELECOM, TRAVEL_COMPANY, TRAVEL_COMPANY_REV2, WEAK_PLAN, WEAK_PLAN_REV2);
  }

  /** A one-line description of sample {@code name}. */
  public static String description(String name) {
    requireKnown(name);
    return DESCRIPTIONS.get(name);
  }

  /** The class-path resource name of sample {@code name}. */
  public static String resource(String name) {
    requireKnown(name);
    return RESOURCE_FOLDER + name + ".yaml";
  }

  /** The YAML text of sample {@code name}. */
  public static String content(String name) {
    String resource = resource(name);
    try (InputStream in = Samples.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled sample missing from the class path: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled sample " + resource, e);
    }
  }

  /**
   * Reads sample {@code name}; problems name it as {@code classpath:/io/.../NAME.yaml}.
   *
   * @throws InvalidPlanException if the sample is not a valid document (a bug in this module)
   */
  public static LoadedPlan load(String name) throws InvalidPlanException {
    return PlanDocuments.read(content(name), "classpath:" + resource(name), DocumentFormat.YAML);
  }

  private static void requireKnown(String name) {
    if (!DESCRIPTIONS.containsKey(name)) {
      throw new NoSuchElementException(
          "no bundled sample named '" + name + "'; samples: " + String.join(", ", names()));
    }
  }
}
