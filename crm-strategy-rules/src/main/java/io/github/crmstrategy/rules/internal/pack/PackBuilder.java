package io.github.crmstrategy.rules.internal.pack;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.crmstrategy.rules.AssessmentLimits;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.facts.BenchmarkRange;
import io.github.crmstrategy.rules.facts.GrowthLimit;
import io.github.crmstrategy.rules.facts.MaturityCriterion;
import io.github.crmstrategy.rules.facts.MaturitySignal;
import io.github.crmstrategy.rules.facts.RequiredSection;
import io.github.crmstrategy.rules.internal.profile.ProfileKey;
import io.github.crmstrategy.rules.internal.profile.ProfileLocator;
import io.github.crmstrategy.rules.profile.DecisionTableSource;
import io.github.crmstrategy.rules.profile.ProfileProblem;
import io.github.crmstrategy.rules.profile.ProfileTrust;
import io.github.crmstrategy.rules.profile.RuleProfile;
import io.github.crmstrategy.rules.profile.RuleProfileException;
import io.github.crmstrategy.rules.profile.RuleSetting;
import io.github.crmstrategy.rules.profile.RuleSource;
import io.github.crmstrategy.rules.profile.Suppression;
import io.github.crmstrategy.text.Numbers;
import io.github.crmstrategy.text.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a rule pack from a profile: checks every rule id, parameter and suppression against the
 * built-in pack, has the {@link RuleCompiler} of the optional compiler module compile the analyst's
 * DRL files and decision tables with the built-in rules when there are any, and collects every
 * problem before failing.
 */
public final class PackBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(PackBuilder.class);

  private PackBuilder() {}

  /**
   * What a profile builds: the compiled rules, how to run them, and the warnings the profile gave
   * (deprecated ids).
   */
  public record Built(KieBase kieBase, RulePack pack, List<ProfileProblem> warnings) {}

  /**
   * Builds the pack of {@code profile}. {@code where} turns a message about a key of the profile (a
   * rule setting, a parameter or its value, a suppression) into a located problem.
   */
  public static Built build(RuleProfile profile, ProfileLocator where, Map<String, String> aliases)
      throws RuleProfileException {
    return build(profile, where, aliases, List.of(), ProfileTrust.TRUSTED, Optional.empty());
  }

  /**
   * As {@link #build(RuleProfile, ProfileLocator, Map)}, reporting {@code earlier} problems too,
   * for a profile of {@code trust}: an untrusted profile with rules of its own or beyond the
   * untrusted sizes is refused (see {@link ProfileTrust}), and its limits may only tighten the
   * defaults. The compiled rules are taken from {@code cache} (and stored there after a build) when
   * given.
   */
  public static Built build(
      RuleProfile profile,
      ProfileLocator where,
      Map<String, String> aliases,
      List<ProfileProblem> earlier,
      ProfileTrust trust,
      Optional<KjarStore> cache)
      throws RuleProfileException {
    List<ProfileProblem> problems = new ArrayList<>(earlier);
    List<ProfileProblem> warnings = new ArrayList<>();
    boolean untrusted = trust == ProfileTrust.UNTRUSTED;
    if (untrusted) {
      untrustedProblems(profile, where, problems);
    }

    // The shared built-in KieBase is built only when the pack is the built-in one: a profile with
    // rules of its own gets one KieBase of the built-in model and its rules (from the
    // compiled-rules
    // cache on a hit), never the built-in rules twice.
    Optional<KieBase> own = Optional.empty();
    if (profile.hasOwnRules() && !untrusted) {
      Optional<RuleCompiler> compiler = RuleCompilers.find();
      if (compiler.isPresent()) {
        own = compiler.get().compile(profile, aliases, problems, cache);
      } else {
        noCompilerProblems(profile, where, problems);
      }
    }
    // A pack that did not compile is checked against the built-in ids (its problems are listed).
    Set<String> ids = own.map(RuleCatalog::ids).orElseGet(DefaultPack::ruleIds);

    Set<String> disabled = new LinkedHashSet<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    Map<String, RuleSetting> settings = new LinkedHashMap<>();
    profile
        .rules()
        .forEach(
            (id, setting) ->
                resolve(id, ProfileKey.rule(id), ids, aliases, where, problems, warnings)
                    .ifPresent(r -> settings.merge(r, setting, (a, b) -> a.overriddenBy(b))));
    settings.forEach(
        (id, s) -> {
          if (!s.enabled().orElse(true)) {
            disabled.add(id);
          }
          s.severity().ifPresent(v -> severities.put(id, v));
        });

    RuleData data = RuleData.defaults();
    Map<String, Double> values = new LinkedHashMap<>();
    profile
        .parameters()
        .forEach(
            (name, value) -> {
              RuleData.ParamSpec spec = data.parameters().get(name);
              if (spec == null) {
                problems.add(
                    where.problem(
                        ProfileKey.parameter(name),
                        "unknown parameter '"
                            + name
                            + "'"
                            + suggest(name, data.parameters().keySet())));
                return;
              }
              typeError(spec, value)
                  .ifPresent(m -> problems.add(where.problem(ProfileKey.parameterValue(name), m)));
              values.put(name, value);
            });

    List<Suppression> suppressions = new ArrayList<>();
    for (int i = 0; i < profile.suppressions().size(); i++) {
      Suppression s = profile.suppressions().get(i);
      ProfileKey key = ProfileKey.suppression(i);
      Optional<String> id = resolve(s.ruleId(), key, ids, aliases, where, problems, warnings);
      if (s.justification().isBlank()) {
        problems.add(
            where.problem(key, "the suppression of " + s.ruleId() + " needs a justification"));
      }
      if (s.path().isBlank()) {
        problems.add(
            where.problem(
                key,
                "the suppression of " + s.ruleId() + " needs a path pattern (** for any path)"));
      }
      id.ifPresent(r -> suppressions.add(Suppression.builder().from(s).ruleId(r).build()));
    }

    checkCriteria(profile, problems);
    if (!problems.isEmpty()) {
      throw new RuleProfileException(problems);
    }
    warnings.forEach(w -> LOG.warn("{}", w));

    List<GrowthLimit> limits =
        merge(data.growthLimits(), profile.growthLimits(), profile.replaceGrowthLimits());
    List<BenchmarkRange> ranges =
        merge(data.benchmarks(), profile.benchmarks(), profile.replaceBenchmarks());
    List<RequiredSection> sections =
        merge(data.sections(), profile.conceptSections(), profile.replaceConceptSections());
    MaturityData maturity =
        data.maturity()
            .with(
                mergeById(
                    data.maturity().criteria(),
                    profile.maturityCriteria(),
                    profile.replaceMaturityCriteria(),
                    MaturityCriterion::id),
                mergeById(
                    data.maturity().signals(),
                    profile.maturitySignals(),
                    profile.replaceMaturitySignals(),
                    MaturitySignal::id));
    RuleData derived;
    try {
      derived =
          data.derive(
              profile.name(), values, limits, ranges, sections, maturity, profile.dataTables());
    } catch (IllegalArgumentException e) {
      throw new RuleProfileException(
          List.of(ProfileProblem.in(profile.name() + " (data)", e.getMessage())));
    }
    List<ProfileProblem> dataProblems = unknownRules(derived.tables(), ids, profile.name());
    if (!dataProblems.isEmpty()) {
      throw new RuleProfileException(dataProblems);
    }
    RulePack pack =
        new RulePack(
            profile.name(),
            derived,
            ImmutableSet.copyOf(disabled),
            ImmutableMap.copyOf(severities),
            ImmutableList.copyOf(suppressions),
            untrusted ? profile.limits().atMost(AssessmentLimits.defaults()) : profile.limits(),
            texts(profile));
    return new Built(own.orElseGet(DefaultPack::kieBase), pack, List.copyOf(warnings));
  }

  /** The profile's texts, immutable. */
  private static ImmutableMap<String, ImmutableMap<String, String>> texts(RuleProfile profile) {
    ImmutableMap.Builder<String, ImmutableMap<String, String>> out = ImmutableMap.builder();
    profile.texts().forEach((language, keys) -> out.put(language, ImmutableMap.copyOf(keys)));
    return out.buildKeepingLast();
  }

  /**
   * Rows of the checks, relations and folding that name a rule the pack does not have: their
   * findings would never be reported.
   */
  static List<ProfileProblem> unknownRules(RuleData.Tables t, Set<String> ids, String profile) {
    List<ProfileProblem> out = new ArrayList<>();
    Map<String, String> named = new LinkedHashMap<>();
    t.coverage().forEach(c -> named.put("coverage check " + c.id(), c.rule()));
    t.orderings().forEach(o -> named.put("ordering " + o.id(), o.rule()));
    t.relations().forEach(r -> named.put("relation " + r.id(), r.rule()));
    t.folds().forEach(f -> named.put("fold of " + f.fold() + " into " + f.into(), f.fold()));
    t.folds().forEach(f -> named.put("fold into " + f.into() + " of " + f.fold(), f.into()));
    named.forEach(
        (row, rule) -> {
          if (!rule.isEmpty() && !ids.contains(rule)) {
            out.add(
                ProfileProblem.in(
                    profile + " (data)",
                    row
                        + " names rule "
                        + rule
                        + ", which the pack does not have"
                        + suggest(rule, ids)
                        + ": write a rule with that @id, or leave the row's rule out to report it"
                        + " with the generic rule"));
          }
        });
    return out;
  }

  /**
   * What an untrusted profile built in memory may not hold (one read from a file was checked as it
   * was read, with locations): rules of its own, more entries than {@link
   * ProfileTrust#MAX_UNTRUSTED_ENTRIES}, overlong suppression patterns.
   */
  private static void untrustedProblems(
      RuleProfile profile, ProfileLocator where, List<ProfileProblem> problems) {
    String code =
        ", code that would run inside the host with its rights; an untrusted profile may not add"
            + " rules of its own";
    profile.drl().forEach(d -> problems.add(where.problem(ProfileKey.drl(d.name()), "DRL" + code)));
    profile
        .decisionTables()
        .forEach(
            d ->
                problems.add(
                    where.problem(ProfileKey.decisionTable(d.name()), "a decision table" + code)));
    int max = ProfileTrust.MAX_UNTRUSTED_ENTRIES;
    Map<ProfileKey, Integer> sizes = new LinkedHashMap<>();
    sizes.put(ProfileKey.section(ProfileKey.Section.RULES), profile.rules().size());
    sizes.put(ProfileKey.section(ProfileKey.Section.PARAMETERS), profile.parameters().size());
    sizes.put(ProfileKey.section(ProfileKey.Section.SUPPRESSIONS), profile.suppressions().size());
    sizes.put(ProfileKey.table("benchmarks"), profile.benchmarks().size());
    sizes.put(ProfileKey.table("growthLimits"), profile.growthLimits().size());
    sizes.put(ProfileKey.table("conceptSections"), profile.conceptSections().size());
    sizes.forEach(
        (key, n) -> {
          if (n > max) {
            problems.add(
                where.problem(
                    key,
                    "'"
                        + key
                        + "' has "
                        + n
                        + " entries, more than the "
                        + max
                        + " an untrusted profile may have"));
          }
        });
    for (int i = 0; i < profile.suppressions().size(); i++) {
      if (profile.suppressions().get(i).path().length()
          > ProfileTrust.MAX_UNTRUSTED_PATTERN_LENGTH) {
        problems.add(
            where.problem(
                ProfileKey.suppression(i),
                "the path pattern is longer than the "
                    + ProfileTrust.MAX_UNTRUSTED_PATTERN_LENGTH
                    + " characters an untrusted profile may use"));
      }
    }
  }

  /**
   * A profile with DRL files or decision tables on a class path without the compiler module: one
   * problem at each of the {@code drl} and {@code decisionTables} keys, naming the module to add.
   */
  private static void noCompilerProblems(
      RuleProfile profile, ProfileLocator where, List<ProfileProblem> problems) {
    String add =
        ": they are compiled at run time by the optional module crm-strategy-rules-compiler,"
            + " which is not on the class path; add the dependency "
            + RuleCompilers.coordinates()
            + " (the built-in rules need no compiler)";
    if (!profile.drl().isEmpty()) {
      problems.add(
          where.problem(
              ProfileKey.section(ProfileKey.Section.DRL),
              "'drl' names DRL files " + names(profile.drl(), RuleSource::name) + add));
    }
    if (!profile.decisionTables().isEmpty()) {
      problems.add(
          where.problem(
              ProfileKey.section(ProfileKey.Section.DECISION_TABLES),
              "'decisionTables' names decision tables "
                  + names(profile.decisionTables(), DecisionTableSource::name)
                  + add));
    }
  }

  private static <T> List<String> names(
      List<T> files, java.util.function.Function<T, String> name) {
    return files.stream().map(name).toList();
  }

  /** {@code own} added to {@code base}, an element of {@code own} replacing one of the same id. */
  private static <T> List<T> mergeById(
      List<T> base, List<T> own, boolean replace, java.util.function.Function<T, String> id) {
    if (replace) {
      return own;
    }
    java.util.LinkedHashMap<String, T> byId = new java.util.LinkedHashMap<>();
    base.forEach(t -> byId.put(id.apply(t), t));
    own.forEach(t -> byId.put(id.apply(t), t));
    return List.copyOf(byId.values());
  }

  /** Problems of the profile's maturity criteria: unknown blocks, tiers outside 2..5. */
  private static void checkCriteria(RuleProfile profile, List<ProfileProblem> problems) {
    List<String> blocks =
        java.util.Arrays.stream(io.github.crmstrategy.model.BuildingBlock.values())
            .map(io.github.crmstrategy.model.BuildingBlock::id)
            .toList();
    String place = profile.name() + " (maturityCriteria)";
    for (MaturityCriterion c : profile.maturityCriteria()) {
      String what = "maturity criterion '" + c.id() + "'";
      if (c.id() == null || c.id().isBlank()) {
        problems.add(ProfileProblem.in(place, "a maturity criterion needs an id"));
        continue;
      }
      if (!blocks.contains(c.block())) {
        problems.add(
            ProfileProblem.in(
                place,
                what
                    + ": unknown block '"
                    + c.block()
                    + "'"
                    + io.github.crmstrategy.text.Suggestions.closest(c.block(), blocks)
                        .map(s -> " (did you mean '" + s + "'?)")
                        .orElse("")
                    + "; one of "
                    + blocks));
      }
      if (c.tier() < 2 || c.tier() > 5) {
        problems.add(ProfileProblem.in(place, what + ": tier " + c.tier() + " is outside 2..5"));
      }
      if (c.measure().isBlank()) {
        problems.add(ProfileProblem.in(place, what + ": it names no measure"));
      }
      if (c.weight() < 0) {
        problems.add(ProfileProblem.in(place, what + ": a weight cannot be negative"));
      }
    }
  }

  private static <T> List<T> merge(List<T> base, List<T> own, boolean replace) {
    if (replace) {
      return own;
    }
    List<T> out = new ArrayList<>(base);
    out.addAll(own);
    return out;
  }

  private static Optional<String> resolve(
      String id,
      ProfileKey key,
      Set<String> ids,
      Map<String, String> aliases,
      ProfileLocator where,
      List<ProfileProblem> problems,
      List<ProfileProblem> warnings) {
    if (ids.contains(id)) {
      return Optional.of(id);
    }
    String renamed = aliases.get(id);
    if (renamed != null && ids.contains(renamed)) {
      warnings.add(
          where.problem(key, "rule id " + id + " is deprecated: the rule is now " + renamed));
      return Optional.of(renamed);
    }
    problems.add(where.problem(key, "unknown rule id '" + id + "'" + suggest(id, ids)));
    return Optional.empty();
  }

  private static String suggest(String word, Set<String> candidates) {
    return Suggestions.closest(word, candidates)
        .map(s -> " (did you mean '" + s + "'?)")
        .orElse("");
  }

  /** Why {@code value} is not a valid value of a parameter of {@code spec}'s type, if it is not. */
  static Optional<String> typeError(RuleData.ParamSpec spec, double value) {
    String v = Numbers.upToTwoDecimals(value);
    String p = "parameter '" + spec.name() + "' ";
    if (!Double.isFinite(value)) {
      return Optional.of(p + "must be a finite number, not " + value);
    }
    switch (spec.type()) {
      case "integer":
        if (value != Math.rint(value)) {
          return Optional.of(p + "is an integer: " + v + " is not a whole number");
        }
        return value < 0 ? Optional.of(p + "is an integer >= 0, not " + v) : Optional.empty();
      case "percent":
        return value < 0 || value > 100
            ? Optional.of(p + "is a percentage: " + v + " is outside 0..100")
            : Optional.empty();
      case "ratio":
      case "points":
      case "number":
      default:
        return value < 0
            ? Optional.of(p + "is a " + spec.type() + " >= 0, not " + v)
            : Optional.empty();
    }
  }
}
