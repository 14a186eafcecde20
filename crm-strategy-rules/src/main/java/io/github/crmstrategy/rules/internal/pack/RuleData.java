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
import io.github.crmstrategy.rules.facts.CoverageCheck;
import io.github.crmstrategy.rules.facts.FoldRule;
import io.github.crmstrategy.rules.facts.GrowthLimit;
import io.github.crmstrategy.rules.facts.IndicatorKind;
import io.github.crmstrategy.rules.facts.IndicatorRelation;
import io.github.crmstrategy.rules.facts.Industry;
import io.github.crmstrategy.rules.facts.MaturityCap;
import io.github.crmstrategy.rules.facts.MaturityCriterion;
import io.github.crmstrategy.rules.facts.MaturityLevel;
import io.github.crmstrategy.rules.facts.MaturityPrerequisite;
import io.github.crmstrategy.rules.facts.MaturitySignal;
import io.github.crmstrategy.rules.facts.OrderingCheck;
import io.github.crmstrategy.rules.facts.Param;
import io.github.crmstrategy.rules.facts.QualityCriterion;
import io.github.crmstrategy.rules.facts.Relations;
import io.github.crmstrategy.rules.facts.RequiredSection;
import io.github.crmstrategy.rules.facts.TextCheck;
import io.github.crmstrategy.rules.facts.UnitScale;
import io.github.crmstrategy.rules.facts.UnitSpec;
import io.github.crmstrategy.rules.facts.VocabularyConcept;
import io.github.crmstrategy.rules.profile.DataTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data the rules read: parameters, growth limits, benchmark ranges, the maturity model, the
 * required concept sections, the indicator catalogue (kinds, units, scales) and its relations, the
 * industries, the vocabulary, the cross-element checks (coverage, orderings, texts) and the folding
 * of consequences into root causes. Loaded from YAML resources; immutable and shared by all
 * assessments.
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
          "concept-sections.yaml",
          "indicator-catalogue.yaml",
          "indicator-relations.yaml",
          "industries.yaml",
          "vocabulary.yaml",
          "checks.yaml",
          "folding.yaml");

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
  private final Tables tables;
  private final ImmutableList<Object> facts;

  /**
   * The tables of the indicator catalogue, relations, industries, vocabulary, checks and folding.
   *
   * @param kinds indicator kinds
   * @param units units
   * @param scales unit scales
   * @param relations relations between indicator kinds
   * @param industries industries and their names
   * @param concepts vocabulary concepts
   * @param coverage coverage checks
   * @param orderings orderings of dated elements
   * @param texts narrative texts that must say something
   * @param folds consequences folded into root causes
   */
  public record Tables(
      List<IndicatorKind> kinds,
      List<UnitSpec> units,
      List<UnitScale> scales,
      List<IndicatorRelation> relations,
      List<Industry> industries,
      List<VocabularyConcept> concepts,
      List<CoverageCheck> coverage,
      List<OrderingCheck> orderings,
      List<TextCheck> texts,
      List<FoldRule> folds) {
    /** Tables; lists are copied. */
    public Tables {
      kinds = List.copyOf(kinds);
      units = List.copyOf(units);
      scales = List.copyOf(scales);
      relations = List.copyOf(relations);
      industries = List.copyOf(industries);
      concepts = List.copyOf(concepts);
      coverage = List.copyOf(coverage);
      orderings = List.copyOf(orderings);
      texts = List.copyOf(texts);
      folds = List.copyOf(folds);
    }

    /**
     * Every row that is inserted as a fact (all but the folds); an ordering's lag parameter is
     * resolved to its value in {@code values}.
     */
    List<Object> facts(Map<String, Double> values) {
      List<Object> out = new ArrayList<>();
      out.addAll(kinds);
      out.addAll(units);
      out.addAll(scales);
      out.addAll(relations);
      out.addAll(industries);
      out.addAll(concepts);
      out.addAll(coverage);
      for (OrderingCheck o : orderings) {
        out.add(
            o.lagParam().isEmpty() || !values.containsKey(o.lagParam())
                ? o
                : new OrderingCheck(
                    o.id(),
                    o.rule(),
                    o.relations(),
                    o.earlier(),
                    o.later(),
                    values.get(o.lagParam()),
                    o.lagParam(),
                    o.message()));
      }
      out.addAll(texts);
      return out;
    }

    /**
     * These tables with {@code table}'s rows added (replacing rows with the same key) or, for
     * {@code replace}, in place of the built-in rows of the same types.
     */
    Tables with(DataTable table) {
      List<Object> rows = table.rows();
      String file = table.file();
      boolean r = table.replace();
      boolean catalogue = r && file.equals("indicator-catalogue");
      boolean checks = r && file.equals("checks");
      return new Tables(
          merge(kinds, rows, IndicatorKind.class, catalogue, IndicatorKind::id),
          merge(units, rows, UnitSpec.class, catalogue, UnitSpec::id),
          mergeScales(scales, rows, catalogue),
          merge(
              relations,
              rows,
              IndicatorRelation.class,
              r && file.equals("indicator-relations"),
              IndicatorRelation::id),
          merge(industries, rows, Industry.class, r && file.equals("industries"), Industry::id),
          mergeConcepts(concepts, rows, r && file.equals("vocabulary")),
          merge(coverage, rows, CoverageCheck.class, checks, CoverageCheck::id),
          merge(orderings, rows, OrderingCheck.class, checks, OrderingCheck::id),
          merge(texts, rows, TextCheck.class, checks, TextCheck::kind),
          merge(
              folds,
              rows,
              FoldRule.class,
              r && file.equals("folding"),
              f -> f.fold() + ">" + f.into()));
    }

    private static <T> List<T> merge(
        List<T> base,
        List<Object> rows,
        Class<T> type,
        boolean replace,
        java.util.function.Function<T, String> key) {
      List<T> own = rows.stream().filter(type::isInstance).map(type::cast).toList();
      if (own.isEmpty() && !replace) {
        return base;
      }
      Map<String, T> out = new LinkedHashMap<>();
      if (!replace) {
        base.forEach(t -> out.put(key.apply(t), t));
      }
      own.forEach(t -> out.put(key.apply(t), t));
      return List.copyOf(out.values());
    }

    private static List<UnitScale> mergeScales(
        List<UnitScale> base, List<Object> rows, boolean replace) {
      List<UnitScale> own =
          rows.stream().filter(UnitScale.class::isInstance).map(UnitScale.class::cast).toList();
      if (own.isEmpty() && !replace) {
        return base;
      }
      Map<Double, List<String>> names = new LinkedHashMap<>();
      for (UnitScale s : replace ? own : concat(base, own)) {
        names.computeIfAbsent(s.factor(), f -> new ArrayList<>()).addAll(s.names());
      }
      List<UnitScale> out = new ArrayList<>();
      names.forEach((f, n) -> out.add(new UnitScale(f, n)));
      return out;
    }

    private static List<VocabularyConcept> mergeConcepts(
        List<VocabularyConcept> base, List<Object> rows, boolean replace) {
      List<VocabularyConcept> own =
          rows.stream()
              .filter(VocabularyConcept.class::isInstance)
              .map(VocabularyConcept.class::cast)
              .toList();
      if (own.isEmpty() && !replace) {
        return base;
      }
      Map<String, VocabularyConcept> out = new LinkedHashMap<>();
      for (VocabularyConcept c : replace ? own : concat(base, own)) {
        VocabularyConcept before = out.get(c.id());
        out.put(
            c.id(),
            before == null
                ? c
                : new VocabularyConcept(c.id(), before.type(), concat(before.terms(), c.terms())));
      }
      return List.copyOf(out.values());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
      List<T> out = new ArrayList<>(a);
      out.addAll(b);
      return out;
    }

    /**
     * Checks what the engine cannot run: a relation whose formula does not parse, a fold or check
     * with an unknown scope or side.
     *
     * @throws IllegalArgumentException naming the row
     */
    void validate() {
      for (IndicatorRelation r : relations) {
        try {
          Relations.parse(r.formula());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("relation " + r.id() + ": " + e.getMessage(), e);
        }
      }
      for (OrderingCheck o : orderings) {
        for (String side : List.of(o.earlier(), o.later())) {
          if (!List.of("from.start", "from.end", "to.start", "to.end").contains(side)) {
            throw new IllegalArgumentException(
                "ordering "
                    + o.id()
                    + ": '"
                    + side
                    + "' is not one of from.start, from.end, to.start, to.end");
          }
        }
      }
      for (FoldRule f : folds) {
        if (!List.of("samePath", "section", "plan").contains(f.scope())
            && !(f.scope().startsWith("section:") && f.scope().length() > "section:".length())) {
          throw new IllegalArgumentException(
              "fold of "
                  + f.fold()
                  + " into "
                  + f.into()
                  + ": scope '"
                  + f.scope()
                  + "' is not one of samePath, section, section:NAME, plan");
        }
        if (!List.of("mention", "drop").contains(f.mode())) {
          throw new IllegalArgumentException(
              "fold of "
                  + f.fold()
                  + " into "
                  + f.into()
                  + ": mode '"
                  + f.mode()
                  + "' is not one of mention, drop");
        }
      }
    }
  }

  private RuleData(
      String packName,
      String packVersion,
      ImmutableMap<String, ParamSpec> parameters,
      ImmutableMap<String, Double> values,
      ImmutableList<GrowthLimit> growthLimits,
      ImmutableList<BenchmarkRange> benchmarks,
      MaturityData maturity,
      ImmutableList<RequiredSection> sections,
      Tables tables) {
    this.packName = packName;
    this.packVersion = packVersion;
    this.parameters = parameters;
    this.values = values;
    this.growthLimits = growthLimits;
    this.benchmarks = benchmarks;
    this.maturity = maturity;
    this.sections = sections;
    tables.validate();
    this.tables = tables;
    ImmutableList.Builder<Object> f = ImmutableList.builder();
    values.forEach((k, v) -> f.add(new Param(k, v)));
    f.addAll(growthLimits).addAll(benchmarks).addAll(maturity.facts()).addAll(sections);
    f.addAll(tables.facts(values));
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
    CatalogueDoc catalogue = read(yaml, "indicator-catalogue.yaml", CatalogueDoc.class);
    RelationsDoc relations = read(yaml, "indicator-relations.yaml", RelationsDoc.class);
    IndustriesDoc industries = read(yaml, "industries.yaml", IndustriesDoc.class);
    VocabularyDoc vocabulary = read(yaml, "vocabulary.yaml", VocabularyDoc.class);
    ChecksDoc checks = read(yaml, "checks.yaml", ChecksDoc.class);
    FoldingDoc folding = read(yaml, "folding.yaml", FoldingDoc.class);

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
        ImmutableList.copyOf(sections.sections),
        new Tables(
            orEmpty(catalogue.kinds),
            orEmpty(catalogue.units),
            orEmpty(catalogue.scales),
            orEmpty(relations.relations),
            orEmpty(industries.industries),
            orEmpty(vocabulary.concepts),
            orEmpty(checks.coverage),
            orEmpty(checks.orderings),
            orEmpty(checks.texts),
            orEmpty(folding.folds)));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** This data with other parameter values (merged over the current ones), tables and pack name. */
  public RuleData derive(
      String name,
      Map<String, Double> parameterValues,
      List<GrowthLimit> limits,
      List<BenchmarkRange> ranges,
      List<RequiredSection> requiredSections) {
    return derive(name, parameterValues, limits, ranges, requiredSections, maturity, List.of());
  }

  /**
   * This data with other parameter values (merged over the current ones), tables, maturity model, a
   * profile's rows of the other data files and pack name.
   *
   * @throws IllegalArgumentException when a row cannot be run (a formula that does not parse)
   */
  public RuleData derive(
      String name,
      Map<String, Double> parameterValues,
      List<GrowthLimit> limits,
      List<BenchmarkRange> ranges,
      List<RequiredSection> requiredSections,
      MaturityData maturityModel,
      List<DataTable> dataTables) {
    Map<String, Double> merged = new LinkedHashMap<>(values);
    merged.putAll(parameterValues);
    Tables t = tables;
    for (DataTable table : dataTables) {
      t = t.with(table);
    }
    return new RuleData(
        name,
        packVersion,
        parameters,
        ImmutableMap.copyOf(merged),
        ImmutableList.copyOf(limits),
        ImmutableList.copyOf(ranges),
        maturityModel,
        ImmutableList.copyOf(requiredSections),
        t);
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

  /** The catalogue, relations, industries, vocabulary, checks and folding tables. */
  public Tables tables() {
    return tables;
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

  static final class CatalogueDoc {
    public List<UnitSpec> units;
    public List<UnitScale> scales;
    public List<IndicatorKind> kinds;
  }

  static final class RelationsDoc {
    public List<IndicatorRelation> relations;
  }

  static final class IndustriesDoc {
    public List<Industry> industries;
  }

  static final class VocabularyDoc {
    public List<VocabularyConcept> concepts;
  }

  static final class ChecksDoc {
    public List<CoverageCheck> coverage;
    public List<OrderingCheck> orderings;
    public List<TextCheck> texts;
  }

  static final class FoldingDoc {
    public List<FoldRule> folds;
  }
}
