package io.github.crmstrategy.rules;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.internal.engine.ReviewEngine;
import io.github.crmstrategy.rules.internal.pack.KjarStore;
import io.github.crmstrategy.rules.internal.pack.PackBuilder;
import io.github.crmstrategy.rules.internal.pack.RuleAliasTable;
import io.github.crmstrategy.rules.internal.profile.ProfileLocator;
import io.github.crmstrategy.rules.internal.profile.ProfileReader;
import io.github.crmstrategy.rules.profile.ProfileProblem;
import io.github.crmstrategy.rules.profile.ProfileTrust;
import io.github.crmstrategy.rules.profile.RuleProfile;
import io.github.crmstrategy.rules.profile.RuleProfileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reviews plans against a rule pack: scores CRM maturity, flags misalignment with the corporate
 * strategy and checks indicator realism.
 *
 * <p>Build a reviewer once and share it: it is thread-safe, building it is the only heavy step, and
 * each {@link #assess} call is cheap and independent. Its configuration is immutable; internally it
 * keeps a small pool of rule sessions (a few per processor) that already hold the rule data, lent
 * to one call at a time, so a reviewer kept for the life of the host is also the fastest to use.
 *
 * <pre>{@code
 * Reviewer reviewer = Reviewer.withDefaultRules();
 * AssessmentReport report = reviewer.assess(plan);
 * }</pre>
 */
public final class Reviewer {
  private final ReviewEngine engine;
  private final List<ProfileProblem> warnings;
  private final AssessmentLimits limits;

  private Reviewer(ReviewEngine engine) {
    this(engine, List.of());
  }

  private Reviewer(ReviewEngine engine, List<ProfileProblem> warnings) {
    this(engine, warnings, engine.pack().limits());
  }

  private Reviewer(ReviewEngine engine, List<ProfileProblem> warnings, AssessmentLimits limits) {
    this.engine = engine;
    this.warnings = List.copyOf(warnings);
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * A reviewer with the built-in rule pack, precompiled at build time. The pack is loaded once per
   * class loader; later calls return a reviewer over the same compiled rules.
   */
  public static Reviewer withDefaultRules() {
    return new Reviewer(ReviewEngine.defaults());
  }

  /**
   * A reviewer configured by the profile YAML file {@code profile} (see {@code
   * docs/rules-customisation.md}): the built-in pack or the profile it extends, with the profile's
   * rule settings, parameters, data tables, suppressions, and its own DRL files and decision tables
   * compiled at run time. Each call builds a new, independent reviewer (its own module id), so a
   * host can reload a profile while reviewers built earlier keep serving.
   *
   * @throws RuleProfileException listing every problem, each as {@code file:line:column: message}
   */
  public static Reviewer fromProfile(Path profile) throws RuleProfileException {
    return fromProfile(profile, ProfileTrust.TRUSTED);
  }

  /**
   * A reviewer configured by the profile YAML file {@code profile}, read as {@code trust} allows. A
   * host that takes profiles from its users reads them {@link ProfileTrust#UNTRUSTED}: data only
   * (rule settings, parameters, data tables, suppressions, tighter limits), no DRL or decision
   * tables (analysts' rules are code that runs with the host's rights), files only from the
   * profile's own folder, sizes capped; whatever goes beyond is a located problem.
   *
   * @throws RuleProfileException listing every problem, each as {@code file:line:column: message}
   */
  public static Reviewer fromProfile(Path profile, ProfileTrust trust) throws RuleProfileException {
    Objects.requireNonNull(trust, "trust");
    return fromRead(
        ProfileReader.read(ProfileReader.file(Objects.requireNonNull(profile)), trust),
        trust,
        Optional.empty());
  }

  /**
   * As {@link #fromProfile(Path)} (a trusted profile), taking the compiled rules of the profile's
   * own DRL files and decision tables from {@code cache} when none of them changed, and storing
   * them there after a compilation.
   *
   * @throws RuleProfileException listing every problem, each as {@code file:line:column: message}
   */
  public static Reviewer fromProfile(Path profile, CompiledRulesCache cache)
      throws RuleProfileException {
    return fromRead(
        ProfileReader.read(
            ProfileReader.file(Objects.requireNonNull(profile)), ProfileTrust.TRUSTED),
        ProfileTrust.TRUSTED,
        Optional.of(cache.store()));
  }

  /**
   * A reviewer configured by the profile at class-path resource {@code resource} (for example
   * {@code /com/acme/crm-profile.yaml}); the files it names are resources relative to it.
   *
   * @throws RuleProfileException listing every problem, located
   */
  public static Reviewer fromProfileResource(String resource) throws RuleProfileException {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = Reviewer.class.getClassLoader();
    }
    return fromRead(
        ProfileReader.read(ProfileReader.resource(loader, resource)),
        ProfileTrust.TRUSTED,
        Optional.empty());
  }

  /**
   * A reviewer configured by an in-memory profile, for hosts that keep profiles in their own store.
   * Problems are located by the profile name and key, for example {@code acme (rules.REAL-03)}.
   *
   * @throws RuleProfileException listing every problem
   */
  public static Reviewer fromProfile(RuleProfile profile) throws RuleProfileException {
    return fromProfile(profile, ProfileTrust.TRUSTED);
  }

  /**
   * A reviewer configured by an in-memory profile of {@code trust} (see {@link #fromProfile(Path,
   * ProfileTrust)}): an untrusted profile with DRL or decision tables, or beyond the untrusted
   * sizes, is refused.
   *
   * @throws RuleProfileException listing every problem
   */
  public static Reviewer fromProfile(RuleProfile profile, ProfileTrust trust)
      throws RuleProfileException {
    return fromInMemory(profile, Objects.requireNonNull(trust, "trust"), Optional.empty());
  }

  /**
   * As {@link #fromProfile(RuleProfile)} (a trusted profile), with the compiled rules kept in
   * {@code cache}.
   *
   * @throws RuleProfileException listing every problem
   */
  public static Reviewer fromProfile(RuleProfile profile, CompiledRulesCache cache)
      throws RuleProfileException {
    return fromInMemory(profile, ProfileTrust.TRUSTED, Optional.of(cache.store()));
  }

  private static Reviewer fromInMemory(
      RuleProfile profile, ProfileTrust trust, Optional<KjarStore> cache)
      throws RuleProfileException {
    RuleProfile p = Objects.requireNonNull(profile, "profile");
    PackBuilder.Built built =
        PackBuilder.build(p, ProfileLocator.inMemory(p.name()), aliases(), List.of(), trust, cache);
    return new Reviewer(new ReviewEngine(built.kieBase(), built.pack()), built.warnings());
  }

  private static Reviewer fromRead(
      ProfileReader.Read read, ProfileTrust trust, Optional<KjarStore> cache)
      throws RuleProfileException {
    PackBuilder.Built built =
        PackBuilder.build(read.profile(), read, aliases(), read.problems(), trust, cache);
    return new Reviewer(new ReviewEngine(built.kieBase(), built.pack()), built.warnings());
  }

  private static Map<String, String> aliases() {
    return RuleAliasTable.defaults();
  }

  /**
   * Reviews {@code plan} (a valid plan, as loaded by {@code PlanDocuments}) under {@link
   * #limits()}.
   *
   * @throws RuleExecutionException when the assessment is cut short: a rule throws, a guard of
   *     {@link #limits()} stops it (too many firings, the time budget, too many inserted facts) or
   *     the calling thread is interrupted. The report would be incomplete, so none is returned;
   *     {@link RuleExecutionException#reason()} says why and the message names the rule. The
   *     reviewer stays usable.
   */
  public AssessmentReport assess(PlanDocument plan) {
    return engine.assess(Objects.requireNonNull(plan, "plan"), null, limits);
  }

  /**
   * A draft route for {@code plan}: reviews it, then phases the capabilities it has not yet put
   * live by dependency over its horizon, with each block's level steps at {@code
   * maturity.route.yearsPerLevel} a step (see {@link RouteProposal}).
   *
   * @throws RuleExecutionException when the assessment is cut short (see {@link #assess})
   */
  public RouteProposal route(PlanDocument plan) {
    return route(plan, assess(plan));
  }

  /**
   * A draft route for {@code plan}, which {@code report} is the assessment of (as {@link #assess}
   * returned it), without assessing it again.
   */
  public RouteProposal route(PlanDocument plan, AssessmentReport report) {
    return engine.route(
        Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(report, "report"));
  }

  /**
   * The guards on each assessment: the profile's {@code limits:} (see {@code
   * docs/rules-customisation.md}), else {@link AssessmentLimits#defaults()}; or what {@link
   * #withLimits} set.
   */
  public AssessmentLimits limits() {
    return limits;
  }

  /**
   * This reviewer with other guards on each assessment; the rules, their data and the session pool
   * are shared, so this is cheap. For example, a host serving interactive requests might give each
   * assessment 2 seconds: {@code reviewer.withLimits(reviewer.limits().withTimeBudget(
   * Duration.ofSeconds(2)))}.
   */
  public Reviewer withLimits(AssessmentLimits limits) {
    return new Reviewer(engine, warnings, limits);
  }

  /** The reporting rules of the pack, ordered by id, with their effective severity and state. */
  public List<RuleDescriptor> rules() {
    return engine.rules();
  }

  /** The parameter values the rules read, by name. */
  public Map<String, Double> parameters() {
    return engine.data().values();
  }

  /** Warnings about the profile (deprecated rule ids), each located. Empty for the default pack. */
  public List<ProfileProblem> warnings() {
    return warnings;
  }
}
