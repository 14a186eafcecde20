package io.github.crmstrategy.rules.internal.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.JacksonMappers;
import io.github.crmstrategy.rules.facts.BenchmarkRange;
import io.github.crmstrategy.rules.facts.BlockWeight;
import io.github.crmstrategy.rules.facts.GrowthLimit;
import io.github.crmstrategy.rules.facts.MaturityCriterion;
import io.github.crmstrategy.rules.facts.MaturityLevel;
import io.github.crmstrategy.rules.facts.Param;
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
  private final ImmutableList<MaturityLevel> levels;
  private final ImmutableMap<String, Double> blockWeights;
  private final ImmutableList<MaturityCriterion> criteria;
  private final ImmutableList<RequiredSection> sections;
  private final ImmutableList<Object> facts;

  private RuleData(
      String packName,
      String packVersion,
      ImmutableMap<String, ParamSpec> parameters,
      ImmutableMap<String, Double> values,
      ImmutableList<GrowthLimit> growthLimits,
      ImmutableList<BenchmarkRange> benchmarks,
      ImmutableList<MaturityLevel> levels,
      ImmutableMap<String, Double> blockWeights,
      ImmutableList<MaturityCriterion> criteria,
      ImmutableList<RequiredSection> sections) {
    this.packName = packName;
    this.packVersion = packVersion;
    this.parameters = parameters;
    this.values = values;
    this.growthLimits = growthLimits;
    this.benchmarks = benchmarks;
    this.levels = levels;
    this.blockWeights = blockWeights;
    this.criteria = criteria;
    this.sections = sections;
    ImmutableList.Builder<Object> f = ImmutableList.builder();
    values.forEach((k, v) -> f.add(new Param(k, v)));
    blockWeights.forEach((k, v) -> f.add(new BlockWeight(k, v)));
    f.addAll(growthLimits).addAll(benchmarks).addAll(levels).addAll(criteria).addAll(sections);
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
    List<MaturityLevel> levels = new ArrayList<>();
    for (LevelDoc l : maturity.levels) {
      levels.add(new MaturityLevel(l.level, l.name));
    }
    return new RuleData(
        pack.name,
        pack.version,
        ImmutableMap.copyOf(specs),
        ImmutableMap.copyOf(values),
        ImmutableList.copyOf(limits.limits),
        ImmutableList.copyOf(ranges.ranges),
        ImmutableList.copyOf(levels),
        ImmutableMap.copyOf(maturity.blockWeights),
        maturity.criteria.stream()
            .map(c -> new MaturityCriterion(c.id, c.block, c.tier, c.weight, c.description))
            .collect(ImmutableList.toImmutableList()),
        ImmutableList.copyOf(sections.sections));
  }

  /** This data with other parameter values (merged over the current ones), tables and pack name. */
  public RuleData derive(
      String name,
      Map<String, Double> parameterValues,
      List<GrowthLimit> limits,
      List<BenchmarkRange> ranges,
      List<RequiredSection> requiredSections) {
    Map<String, Double> merged = new LinkedHashMap<>(values);
    merged.putAll(parameterValues);
    return new RuleData(
        name,
        packVersion,
        parameters,
        ImmutableMap.copyOf(merged),
        ImmutableList.copyOf(limits),
        ImmutableList.copyOf(ranges),
        levels,
        blockWeights,
        criteria,
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

  /** Maturity levels. */
  public ImmutableList<MaturityLevel> levels() {
    return levels;
  }

  /** Weight of each block in the overall score. */
  public ImmutableMap<String, Double> blockWeights() {
    return blockWeights;
  }

  /** Maturity criteria. */
  public ImmutableList<MaturityCriterion> criteria() {
    return criteria;
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
    public List<CriterionDoc> criteria;
  }

  static final class LevelDoc {
    public int level;
    public String name;
  }

  static final class CriterionDoc {
    public String id;
    public String block;
    public int tier;
    public double weight;
    public String description;
  }

  static final class SectionsDoc {
    public List<RequiredSection> sections;
  }
}
