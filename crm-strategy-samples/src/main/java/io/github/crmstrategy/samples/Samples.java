package io.github.crmstrategy.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The catalogue of the sample plan documents bundled on the class path under {@value
 * #RESOURCE_FOLDER}, and of the example analyst workspace under {@value #WORKSPACE_FOLDER}: a sound
 * reference plan, a sound plan with realistic weaknesses and a deliberately weak plan, a second
 * revision of the latter two that fixes part of their findings (for comparing revisions), an honest
 * high-maturity company, and three plans from other industries (an insurer, a hotel group, an
 * electricity retailer written in Russian) whose defects show only when their elements are read
 * together. All are valid documents; they differ in what a review finds.
 *
 * <p>This module holds data only; this class depends on the JDK alone and hands out the text of the
 * documents. Read one as a plan with {@code PlanDocuments.read(Samples.content(name),
 * Samples.source(name), DocumentFormat.YAML)}.
 */
public final class Samples {

  /** The class-path folder holding the sample documents. */
  public static final String RESOURCE_FOLDER = "/io/github/crmstrategy/samples/plans/";

  /** The class-path folder of the example analyst workspace (a rule profile and its files). */
  public static final String WORKSPACE_FOLDER = "/io/github/crmstrategy/samples/analyst-workspace/";

  /** The class-path resource of the example analyst workspace's profile. */
  public static final String WORKSPACE_PROFILE = WORKSPACE_FOLDER + "profile.yaml";

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

  /**
   * An honest high-maturity logistics company: integrated CRM for years, long indicator history
   * above the peer medians, prior initiatives that succeeded.
   */
  public static final String NORDVIK_LOGISTICS = "nordvik-logistics";

  /** A personal-lines insurer selling to households, with defects across its elements. */
  public static final String INSURANCE_MUTUAL = "insurance-mutual";

  /** A hotel group selling to families and companies, with defects in its dates and links. */
  public static final String HOTEL_GROUP = "hotel-group";

  /** An electricity retailer's plan written in Russian, with defects a consultant would find. */
  public static final String ENERGY_RETAILER_RU = "energy-retailer-ru";

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
          "Harbor Street Outfitters, next revision: fixes part of weak-plan's findings",
          INSURANCE_MUTUAL,
          "Harbourline Mutual: an insurer's plan whose links and targets do not hold together",
          HOTEL_GROUP,
          "Alpenrose Hotels: a hotel group's plan whose dates and links contradict each other",
          ENERGY_RETAILER_RU,
          "ЭнергоСбыт Поволжья: an electricity retailer's plan in Russian, too short and unfinished",
          NORDVIK_LOGISTICS,
          "Nordvik Logistics: an honest high-maturity company whose evidence of today reaches level 4");

  private Samples() {}

  /**
   * The sample names, reference plan first, each second revision after its first, the plans of
   * other industries last.
   */
  public static List<String> names() {
    return List.of(
        NORTHWIND_TELECOM,
        TRAVEL_COMPANY,
        TRAVEL_COMPANY_REV2,
        WEAK_PLAN,
        WEAK_PLAN_REV2,
        INSURANCE_MUTUAL,
        HOTEL_GROUP,
        ENERGY_RETAILER_RU,
        NORDVIK_LOGISTICS);
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
   * The name problems and reports give sample {@code name}: {@code classpath:/io/.../NAME.yaml}.
   */
  public static String source(String name) {
    return "classpath:" + resource(name);
  }

  private static void requireKnown(String name) {
    if (!DESCRIPTIONS.containsKey(name)) {
      throw new NoSuchElementException(
          "no bundled sample named '" + name + "'; samples: " + String.join(", ", names()));
    }
  }
}
