package io.github.crmstrategy.rules.internal.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.JacksonMappers;
import io.github.crmstrategy.rules.facts.AreaTerms;
import io.github.crmstrategy.rules.facts.BenchmarkRange;
import io.github.crmstrategy.rules.facts.BlockAreas;
import io.github.crmstrategy.rules.facts.GrowthLimit;
import io.github.crmstrategy.rules.facts.MaturityCap;
import io.github.crmstrategy.rules.facts.MaturityCriterion;
import io.github.crmstrategy.rules.facts.MaturityLevel;
import io.github.crmstrategy.rules.facts.MaturityPrerequisite;
import io.github.crmstrategy.rules.facts.MaturitySignal;
import io.github.crmstrategy.rules.facts.Param;
import io.github.crmstrategy.rules.facts.QualityCriterion;
import io.github.crmstrategy.rules.facts.RequiredSection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data the rules read: parameters, growth limits, benchmark ranges, the maturity model and the
 * required concept sections. Loaded from YAML resources; immutable and shared by all assessments.
 */
public final class RuleData {
  private static final String BASE = "/io/github/crmstrategy/rules/data/";

  /** Class-path folder of the data tables. */
  public static final String DATA_FOLDER = BASE;

  /** File names of the data tables in {@link #DATA_FOLDER}, as {@link #defaults()} reads them. */
  public static final List<String> DATA_FILES =
      List.of(
          "pack.yaml",
          "parameters.yaml",
          "growth-limits.yaml",
          "benchmarks.yaml",
          "maturity-model.yaml",
          "concept-sections.yaml");

  /** A parameter declaration. */
  public record ParamSpec(String name, String type, double defaultValue, String description) {}

  private final String packName;
  private final String packVersion;
  private final ImmutableMap<String, ParamSpec> parameters;
  private final ImmutableMap<String, Double> values;
  private final ImmutableList<GrowthLimit> growthLimits;
  private final ImmutableList<BenchmarkRange> benchmarks;
  private final MaturityData maturity;
  private final ImmutableList<RequiredSection> sections;
  private final ImmutableList<Object> facts;

  private RuleData(
      String packName,
      String packVersion,
      ImmutableMap<String, ParamSpec> parameters,
      ImmutableMap<String, Double> values,
      ImmutableList<GrowthLimit> growthLimits,
      ImmutableList<BenchmarkRange> benchmarks,
      MaturityData maturity,
      ImmutableList<RequiredSection> sections) {
    this.packName = packName;
    this.packVersion = packVersion;
    this.parameters = parameters;
    this.values = values;
    this.growthLimits = growthLimits;
    this.benchmarks = benchmarks;
    this.maturity = maturity;
    this.sections = sections;
    ImmutableList.Builder<Object> f = ImmutableList.builder();
    values.forEach((k, v) -> f.add(new Param(k, v)));
    f.addAll(growthLimits).addAll(benchmarks).addAll(maturity.facts()).addAll(sections);
    this.facts = f.build();
  }

  /** The built-in data. */
  public static RuleData defaults() {
    ObjectMapper yaml = JacksonMappers.dataFiles(DocumentFormat.YAML);
    PackDoc pack = read(yaml, "pack.yaml", PackDoc.class);
    ParamsDoc params = read(yaml, "parameters.yaml", ParamsDoc.class);
    LimitsDoc limits = read(yaml, "growth-limits.yaml", LimitsDoc.class);
    RangesDoc ranges = read(yaml, "benchmarks.yaml", RangesDoc.class);
    MaturityDoc maturity = read(yaml, "maturity-model.yaml", MaturityDoc.class);
    SectionsDoc sections = read(yaml, "concept-sections.yaml", SectionsDoc.class);

    Map<String, ParamSpec> specs = new LinkedHashMap<>();
    Map<String, Double> values = new LinkedHashMap<>();
    for (ParamDoc p : params.parameters) {
      specs.put(p.name, new ParamSpec(p.name, p.type, p.defaultValue, p.description.strip()));
      values.put(p.name, p.defaultValue);
    }
    return new RuleData(
        pack.name,
        pack.version,
        ImmutableMap.copyOf(specs),
        ImmutableMap.copyOf(values),
        ImmutableList.copyOf(limits.limits),
        ImmutableList.copyOf(ranges.ranges),
        maturity.toData(),
        ImmutableList.copyOf(sections.sections));
  }

  /** This data with other parameter values (merged over the current ones), tables and pack name. */
  public RuleData derive(
      String name,
      Map<String, Double> parameterValues,
      List<GrowthLimit> limits,
      List<BenchmarkRange> ranges,
      List<RequiredSection> requiredSections) {
    return derive(name, parameterValues, limits, ranges, requiredSections, maturity);
  }

  /**
   * This data with other parameter values (merged over the current ones), tables, maturity model
   * and pack name.
   */
  public RuleData derive(
      String name,
      Map<String, Double> parameterValues,
      List<GrowthLimit> limits,
      List<BenchmarkRange> ranges,
      List<RequiredSection> requiredSections,
      MaturityData maturityModel) {
    Map<String, Double> merged = new LinkedHashMap<>(values);
    merged.putAll(parameterValues);
    return new RuleData(
        name,
        packVersion,
        parameters,
        ImmutableMap.copyOf(merged),
        ImmutableList.copyOf(limits),
        ImmutableList.copyOf(ranges),
        maturityModel,
        ImmutableList.copyOf(requiredSections));
  }

  private static <T> T read(ObjectMapper yaml, String name, Class<T> type) {
    try (InputStream in = RuleData.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing rule data resource " + BASE + name);
      }
      return yaml.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read rule data " + BASE + name, e);
    }
  }

  /** Every data fact to insert into a session. */
  public ImmutableList<Object> facts() {
    return facts;
  }

  /** Pack name. */
  public String packName() {
    return packName;
  }

  /** Pack version. */
  public String packVersion() {
    return packVersion;
  }

  /** Parameter declarations by name. */
  public ImmutableMap<String, ParamSpec> parameters() {
    return parameters;
  }

  /** Parameter values by name. */
  public ImmutableMap<String, Double> values() {
    return values;
  }

  /** Growth limits. */
  public ImmutableList<GrowthLimit> growthLimits() {
    return growthLimits;
  }

  /** Benchmark ranges. */
  public ImmutableList<BenchmarkRange> benchmarks() {
    return benchmarks;
  }

  /** The maturity model. */
  public MaturityData maturity() {
    return maturity;
  }

  /** Maturity levels. */
  public ImmutableList<MaturityLevel> levels() {
    return maturity.levels();
  }

  /** Weight of each block in the overall score. */
  public ImmutableMap<String, Double> blockWeights() {
    return maturity.blockWeights();
  }

  /** Maturity criteria. */
  public ImmutableList<MaturityCriterion> criteria() {
    return maturity.criteria();
  }

  /** Required concept sections. */
  public ImmutableList<RequiredSection> sections() {
    return sections;
  }

  // YAML document shapes.

  static final class PackDoc {
    public String name;
    public String version;
  }

  static final class ParamsDoc {
    public List<ParamDoc> parameters;
  }

  static final class ParamDoc {
    public String name;
    public String type;

    @JsonProperty("default")
    public double defaultValue;

    public String description;
  }

  static final class LimitsDoc {
    public List<GrowthLimit> limits;
  }

  static final class RangesDoc {
    public List<BenchmarkRange> ranges;
  }

  static final class MaturityDoc {
    public List<LevelDoc> levels;
    public Map<String, Double> blockWeights;
    public Map<String, List<String>> blockAreas;
    public Map<String, List<String>> areaTerms = Map.of();
    public List<String> integrationAreas;
    public List<CriterionDoc> criteria;
    public List<SignalDoc> signals;
    public List<CapDoc> caps;
    public List<MaturityPrerequisite> prerequisites;
    public List<QualityDoc> quality;
    public Map<String, List<String>> measureElements = Map.of();

    MaturityData toData() {
      List<MaturityLevel> names = new ArrayList<>();
      for (LevelDoc l : levels) {
        names.add(new MaturityLevel(l.level, l.name));
      }
      List<BlockAreas> areas = new ArrayList<>();
      blockAreas.forEach((b, a) -> areas.add(new BlockAreas(b, a)));
      List<AreaTerms> terms = new ArrayList<>();
      areaTerms.forEach((a, t) -> terms.add(new AreaTerms(a, t)));
      List<MaturityCap> expanded = new ArrayList<>();
      for (CapDoc c : caps) {
        for (String block : c.blocks) {
          expanded.add(
              new MaturityCap(
                  c.id, block, c.measure, c.atLeast, c.maxLevel, c.description.strip()));
        }
      }
      return new MaturityData(
          ImmutableList.copyOf(names),
          ImmutableMap.copyOf(blockWeights),
          ImmutableList.copyOf(areas),
          ImmutableList.copyOf(terms),
          ImmutableList.copyOf(integrationAreas),
          criteria.stream().map(CriterionDoc::toCriterion).collect(ImmutableList.toImmutableList()),
          signals.stream().map(SignalDoc::toSignal).collect(ImmutableList.toImmutableList()),
          ImmutableList.copyOf(expanded),
          ImmutableList.copyOf(prerequisites),
          quality.stream().map(QualityDoc::toCriterion).collect(ImmutableList.toImmutableList()),
          measureElements.entrySet().stream()
              .collect(
                  ImmutableMap.toImmutableMap(
                      Map.Entry::getKey, e -> ImmutableList.copyOf(e.getValue()))));
    }
  }

  static final class LevelDoc {
    public int level;
    public String name;
  }

  /** A maturity criterion as the model file (or a profile's criteria file) writes it. */
  public static final class CriterionDoc {
    public String id;
    public String block;
    public int tier;
    public double weight;
    public String description;
    public String measure;
    public double fullAt = 1;
    public Double partialFrom;
    public boolean required;

    /** The criterion; without {@code partialFrom} it has no partial credit. */
    public MaturityCriterion toCriterion() {
      return MaturityCriterion.of(
          id, block, tier, weight, description, measure, fullAt, partialFrom, required);
    }
  }

  /** A signal as the model file (or a profile's signals file) writes it. */
  public static final class SignalDoc {
    public String id;
    public List<String> sources = List.of();
    public Map<String, List<String>> phrases = Map.of();
    public List<String> siloedAreas = List.of();
    public List<String> remedies = List.of();
    public List<String> remedyRoles = List.of();

    /** The signal, its phrases of every language in one list. */
    public MaturitySignal toSignal() {
      List<String> all = new ArrayList<>();
      phrases.values().forEach(all::addAll);
      return new MaturitySignal(id, sources, all, siloedAreas, remedies, remedyRoles);
    }
  }

  static final class CapDoc {
    public String id;
    public String measure;
    public double atLeast = 1;
    public int maxLevel;
    public List<String> blocks;
    public String description;
  }

  static final class QualityDoc {
    public String id;
    public String aspect;
    public double weight;
    public String description;
    public String measure;
    public double fullAt = 1;
    public Double partialFrom;

    QualityCriterion toCriterion() {
      return new QualityCriterion(
          id,
          aspect,
          weight,
          description.strip(),
          measure,
          fullAt,
          partialFrom == null ? fullAt : partialFrom);
    }
  }

  static final class SectionsDoc {
    public List<RequiredSection> sections;
  }
}
