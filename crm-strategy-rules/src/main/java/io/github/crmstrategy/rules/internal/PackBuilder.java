package io.github.crmstrategy.rules.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.crmstrategy.document.internal.Suggestions;
import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.facts.BenchmarkRange;
import io.github.crmstrategy.rules.facts.GrowthLimit;
import io.github.crmstrategy.rules.facts.RequiredSection;
import io.github.crmstrategy.rules.profile.DecisionTableSource;
import io.github.crmstrategy.rules.profile.ProfileProblem;
import io.github.crmstrategy.rules.profile.RuleProfile;
import io.github.crmstrategy.rules.profile.RuleProfileException;
import io.github.crmstrategy.rules.profile.RuleSetting;
import io.github.crmstrategy.rules.profile.RuleSource;
import io.github.crmstrategy.rules.profile.Suppression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an engine from a profile: checks every rule id, parameter and suppression against the
 * pack, compiles the analyst's DRL files and decision tables with the built-in rules when there are
 * any (each build with its own ReleaseId), and collects every problem before failing.
 */
public final class PackBuilder {
  /** Metadata every analyst rule must carry. */
  static final List<String> REQUIRED_METADATA =
      List.of("id", "title", "category", "severity", "rationale", "remediation");

  /**
   * Whether analysts' packs (system property {@code crmstrategy.rules.runtimeEngine}: {@code
   * classic} switches to the classic engine, for tests) are compiled to the executable model at run
   * time rather than by the classic engine. The classic engine fails on {@code str[startsWith]}
   * constraints after about 20 evaluations (apache/incubator-kie-drools#6711); the executable model
   * does not.
   */
  static boolean executableModel() {
    return !"classic".equals(System.getProperty("crmstrategy.rules.runtimeEngine"));
  }

  private static final Logger LOG = LoggerFactory.getLogger(PackBuilder.class);
  private static final AtomicLong BUILDS = new AtomicLong();
  private static final String RESOURCES = "src/main/resources/";

  private PackBuilder() {}

  /** An engine and the warnings its profile gave (deprecated ids). */
  public record Built(ReviewEngine engine, List<ProfileProblem> warnings) {}

  /**
   * Builds the engine of {@code profile}. {@code where} locates a key of the profile ({@code
   * rules/ID}, {@code parameters/NAME}, {@code parameters/NAME=} for the value, {@code
   * suppressions/N}) for messages.
   */
  public static Built build(
      RuleProfile profile, Function<String, String> where, Map<String, String> aliases)
      throws RuleProfileException {
    return build(profile, where, aliases, List.of());
  }

  /** As {@link #build(RuleProfile, Function, Map)}, reporting {@code earlier} problems too. */
  public static Built build(
      RuleProfile profile,
      Function<String, String> where,
      Map<String, String> aliases,
      List<ProfileProblem> earlier)
      throws RuleProfileException {
    List<ProfileProblem> problems = new ArrayList<>(earlier);
    List<ProfileProblem> warnings = new ArrayList<>();
    ReviewEngine defaults = DefaultPack.engine();
    Set<String> builtInIds = new LinkedHashSet<>();
    defaults.rules().forEach(r -> builtInIds.add(r.id()));

    KieBase kieBase = defaults.kieBase();
    Set<String> ids = new LinkedHashSet<>(builtInIds);
    if (profile.hasOwnRules()) {
      Optional<KieBase> compiled =
          compile(profile, defaults.kieBase(), builtInIds, aliases, problems);
      if (compiled.isPresent()) {
        kieBase = compiled.get();
        ids.clear();
        for (KiePackage pkg : kieBase.getKiePackages()) {
          for (Rule r : pkg.getRules()) {
            if (RuleMetadata.isReportingRule(r)) {
              ids.add(RuleMetadata.of(r).id());
            }
          }
        }
      }
    }

    Set<String> disabled = new LinkedHashSet<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    Map<String, RuleSetting> settings = new LinkedHashMap<>();
    profile
        .rules()
        .forEach(
            (id, setting) ->
                resolve(id, "rules/" + id, ids, aliases, where, problems, warnings)
                    .ifPresent(r -> settings.merge(r, setting, (a, b) -> a.overriddenBy(b))));
    settings.forEach(
        (id, s) -> {
          if (!s.enabled().orElse(true)) {
            disabled.add(id);
          }
          s.severity().ifPresent(v -> severities.put(id, v));
        });

    RuleData data = defaults.data();
    Map<String, Double> values = new LinkedHashMap<>();
    profile
        .parameters()
        .forEach(
            (name, value) -> {
              RuleData.ParamSpec spec = data.parameters().get(name);
              if (spec == null) {
                problems.add(
                    new ProfileProblem(
                        where.apply("parameters/" + name),
                        "unknown parameter '"
                            + name
                            + "'"
                            + suggest(name, data.parameters().keySet())));
                return;
              }
              typeError(spec, value)
                  .ifPresent(
                      m ->
                          problems.add(
                              new ProfileProblem(where.apply("parameters/" + name + "="), m)));
              values.put(name, value);
            });

    List<Suppression> suppressions = new ArrayList<>();
    for (int i = 0; i < profile.suppressions().size(); i++) {
      Suppression s = profile.suppressions().get(i);
      String key = "suppressions/" + i;
      Optional<String> id = resolve(s.ruleId(), key, ids, aliases, where, problems, warnings);
      if (s.justification().isBlank()) {
        problems.add(
            new ProfileProblem(
                where.apply(key), "the suppression of " + s.ruleId() + " needs a justification"));
      }
      if (s.path().isBlank()) {
        problems.add(
            new ProfileProblem(
                where.apply(key),
                "the suppression of " + s.ruleId() + " needs a path pattern (** for any path)"));
      }
      id.ifPresent(r -> suppressions.add(Suppression.builder().from(s).ruleId(r).build()));
    }

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
    RuleData derived = data.derive(profile.name(), values, limits, ranges, sections);
    RulePack pack =
        new RulePack(
            profile.name(),
            derived,
            ImmutableSet.copyOf(disabled),
            ImmutableMap.copyOf(severities),
            ImmutableList.copyOf(suppressions));
    return new Built(new ReviewEngine(kieBase, pack), List.copyOf(warnings));
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
      String key,
      Set<String> ids,
      Map<String, String> aliases,
      Function<String, String> where,
      List<ProfileProblem> problems,
      List<ProfileProblem> warnings) {
    if (ids.contains(id)) {
      return Optional.of(id);
    }
    String renamed = aliases.get(id);
    if (renamed != null && ids.contains(renamed)) {
      warnings.add(
          new ProfileProblem(
              where.apply(key), "rule id " + id + " is deprecated: the rule is now " + renamed));
      return Optional.of(renamed);
    }
    problems.add(
        new ProfileProblem(where.apply(key), "unknown rule id '" + id + "'" + suggest(id, ids)));
    return Optional.empty();
  }

  private static String suggest(String word, Set<String> candidates) {
    return Suggestions.closest(word, candidates)
        .map(s -> " (did you mean '" + s + "'?)")
        .orElse("");
  }

  /** Why {@code value} is not a valid value of a parameter of {@code spec}'s type, if it is not. */
  static Optional<String> typeError(RuleData.ParamSpec spec, double value) {
    String v = io.github.crmstrategy.rules.facts.Fmt.num(value);
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

  // ---- runtime compilation ----

  private static Optional<KieBase> compile(
      RuleProfile profile,
      KieBase builtIn,
      Set<String> builtInIds,
      Map<String, String> aliases,
      List<ProfileProblem> problems) {
    long start = System.nanoTime();
    KieServices ks = KieServices.get();
    long n = BUILDS.incrementAndGet();
    // Each build its own module id: builds sharing one are cached and shared
    // (apache/incubator-kie#6318).
    ReleaseId releaseId =
        ks.newReleaseId(
            "io.github.crmstrategy.runtime", "profile-" + n, "1.0.0-" + UUID.randomUUID());
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(releaseId);
    KieModuleModel module = ks.newKieModuleModel();
    KieBaseModel kbase = module.newKieBaseModel("crm-strategy-profile").setDefault(true);
    kbase
        .newKieSessionModel("crm-strategy-profile-review")
        .setType(org.kie.api.builder.model.KieSessionModel.KieSessionType.STATELESS)
        .setDefault(true)
        .setClockType(ClockTypeOption.REALTIME);
    kfs.writeKModuleXML(module.toXML());

    Map<String, String> display = new HashMap<>();
    DefaultRuleSource.texts()
        .forEach(
            (name, text) -> {
              String path = RESOURCES + "io/github/crmstrategy/rules/defaults/" + name;
              kfs.write(path, text);
              display.put(path, "built-in " + name);
            });
    int i = 0;
    for (RuleSource drl : profile.drl()) {
      String path = RESOURCES + "analyst/f" + i++ + "/" + fileName(drl.name(), ".drl");
      kfs.write(path, drl.content());
      display.put(path, drl.name());
    }
    for (DecisionTableSource table : profile.decisionTables()) {
      String ext =
          table.csv()
              ? ".csv"
              : table.name().toLowerCase(Locale.ROOT).endsWith(".xls") ? ".xls" : ".xlsx";
      String path = RESOURCES + "analyst/f" + i++ + "/" + fileName(table.name(), ext);
      Resource r = ResourceFactory.newByteArrayResource(table.content()).setSourcePath(path);
      r.setResourceType(ResourceType.DTABLE);
      DecisionTableConfiguration conf = KnowledgeBuilderFactory.newDecisionTableConfiguration();
      conf.setInputType(table.csv() ? DecisionTableInputType.CSV : DecisionTableInputType.XLS);
      r.setConfiguration(conf);
      kfs.write(r);
      display.put(path, table.name());
    }

    // Syntax first, file by file, so that every file's errors are reported (the build stops at the
    // first file that does not parse).
    int syntax = problems.size();
    for (RuleSource drl : profile.drl()) {
      org.drools.drl.parser.DrlParser parser = new org.drools.drl.parser.DrlParser();
      try {
        parser.parse(false, drl.content());
      } catch (org.drools.drl.parser.DroolsParserException e) {
        problems.add(new ProfileProblem(drl.name(), e.getMessage()));
      }
      for (org.drools.drl.parser.DroolsError error : parser.getErrors()) {
        if (error instanceof org.drools.drl.parser.ParserError pe) {
          problems.add(
              new ProfileProblem(
                  drl.name() + ":" + pe.getRow() + ":" + pe.getCol(), clean(pe.getMessage())));
        } else if (!error.getMessage().contains("Parser returned a null Package")) {
          problems.add(new ProfileProblem(drl.name(), clean(error.getMessage())));
        }
      }
    }
    if (problems.size() > syntax) {
      return Optional.empty();
    }

    KieBuilder builder = ks.newKieBuilder(kfs);
    try {
      if (executableModel()) {
        builder.buildAll(ExecutableModelProject.class);
      } else {
        builder.buildAll();
      }
    } catch (RuntimeException e) {
      problems.add(new ProfileProblem(profile.name(), "cannot compile the rules: " + e));
      return Optional.empty();
    }
    int before = problems.size();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      if (m.getText().contains("Parser returned a null Package")) {
        continue;
      }
      String file = m.getPath() == null ? "" : displayOf(m.getPath(), display);
      int line = m.getLine();
      int column = m.getColumn();
      java.util.regex.Matcher lc = LINE_COLUMN.matcher(m.getText());
      if (lc.find()) {
        line = Integer.parseInt(lc.group(1));
        column = Integer.parseInt(lc.group(2));
      }
      String where =
          file.isEmpty() ? profile.name() : line > 0 ? file + ":" + line + ":" + column : file;
      problems.add(new ProfileProblem(where, clean(m.getText())));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    KieContainer container = ks.newKieContainer(releaseId);
    KieBase kieBase = container.getKieBase();
    // The container keeps its module; the repository need not (reloading profiles must not leak).
    ks.getRepository().removeKieModule(releaseId);

    Set<String> builtInRules = new HashSet<>();
    for (KiePackage pkg : builtIn.getKiePackages()) {
      for (Rule r : pkg.getRules()) {
        builtInRules.add(pkg.getName() + "/" + r.getName());
      }
    }
    Map<String, String> idFiles = new HashMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule r : pkg.getRules()) {
        if (builtInRules.contains(pkg.getName() + "/" + r.getName())) {
          continue;
        }
        String file = sourceOf(r, display, profile);
        String what = "rule \"" + r.getName() + "\"";
        List<String> missing =
            REQUIRED_METADATA.stream().filter(k -> !r.getMetaData().containsKey(k)).toList();
        if (!missing.isEmpty()) {
          problems.add(
              new ProfileProblem(
                  file,
                  what
                      + " lacks the metadata "
                      + missing.stream().map(k -> "@" + k).toList()
                      + " (every rule needs "
                      + REQUIRED_METADATA.stream().map(k -> "@" + k).toList()
                      + ")"));
          continue;
        }
        RuleMetadata meta = RuleMetadata.of(r);
        if (!enumName(meta.category(), Category.class)) {
          problems.add(
              new ProfileProblem(
                  file,
                  what
                      + " has an unknown @category(\""
                      + meta.category()
                      + "\"): one of "
                      + List.of(Category.values())));
        }
        if (!enumName(meta.severity(), Severity.class)) {
          problems.add(
              new ProfileProblem(
                  file,
                  what
                      + " has an unknown @severity(\""
                      + meta.severity()
                      + "\"): one of "
                      + List.of(Severity.values())));
        }
        if (builtInIds.contains(meta.id()) || aliases.containsKey(meta.id())) {
          problems.add(
              new ProfileProblem(
                  file,
                  what
                      + " has the id "
                      + meta.id()
                      + " of a built-in rule: choose an id of your own"));
        }
        String other = idFiles.putIfAbsent(meta.id(), file);
        if (other != null && !other.equals(file)) {
          problems.add(
              new ProfileProblem(
                  file, what + " has the id " + meta.id() + ", already used in " + other));
        }
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    LOG.info(
        "Compiled profile {} at run time ({}) in {} ms",
        profile.name(),
        executableModel() ? "executable model" : "classic engine",
        (System.nanoTime() - start) / 1_000_000);
    return Optional.of(kieBase);
  }

  private static <E extends Enum<E>> boolean enumName(String name, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String sourceOf(Rule rule, Map<String, String> display, RuleProfile profile) {
    if (rule instanceof RuleImpl impl
        && impl.getResource() != null
        && impl.getResource().getSourcePath() != null) {
      return displayOf(impl.getResource().getSourcePath(), display);
    }
    // The executable model keeps no resource: find the file declaring the package and rule name.
    java.util.regex.Pattern pkg =
        java.util.regex.Pattern.compile(
            "(?m)^\\s*package\\s+"
                + java.util.regex.Pattern.quote(rule.getPackageName())
                + "\\s*;?\\s*$");
    String decl = "rule \"" + rule.getName() + "\"";
    for (RuleSource drl : profile.drl()) {
      if (pkg.matcher(drl.content()).find() && drl.content().contains(decl)) {
        return drl.name();
      }
    }
    return profile.decisionTables().size() == 1
        ? profile.decisionTables().get(0).name()
        : "package " + rule.getPackageName();
  }

  private static final java.util.regex.Pattern LINE_COLUMN =
      java.util.regex.Pattern.compile("\\bLine (\\d+):(\\d+)\\b");

  /** A compiler message on one line, without the Drools error code and line prefix. */
  private static String clean(String text) {
    return text.strip()
        .replaceAll("\\s*\\R\\s*", " ")
        .replaceFirst("^\\[ERR \\d+\\]\\s*", "")
        .replaceFirst("^Line \\d+:\\d+\\s*", "");
  }

  private static String displayOf(String path, Map<String, String> display) {
    for (Map.Entry<String, String> e : display.entrySet()) {
      if (e.getKey().endsWith(path) || path.endsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return path;
  }

  private static String fileName(String name, String ext) {
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    return base.endsWith(ext) ? base : base + ext;
  }

  /** Descriptors of {@code engine}'s rules (for tests and tools). */
  static List<RuleDescriptor> rules(ReviewEngine engine) {
    return engine.rules();
  }
}
