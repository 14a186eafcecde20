package io.github.crmstrategy.report.internal;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.CriterionStatus;
import io.github.crmstrategy.rules.DocumentQuality;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.MaturityProfile;
import io.github.crmstrategy.rules.MaturityRoute;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.text.Languages;
import io.github.crmstrategy.text.Messages;
import io.github.crmstrategy.text.Numbers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The texts of a report in one language: the report's chrome from the bundle {@value #REPORT}, and
 * the rules' titles, rationales, remediations and messages from {@value #RULES} keyed by rule id
 * ({@code REAL-003.title}, {@code REAL-003.message}). English rule texts are the rules' own
 * metadata and messages; a Russian text missing from the bundle leaves the English one in place.
 */
public final class ReportTexts {
  /** The bundle of the report chrome. */
  public static final String REPORT = "io.github.crmstrategy.report.i18n.report";

  /** The bundle of the rule texts (Russian; English is the rule metadata). */
  public static final String RULES = RuleTextLocalizer.RULES;

  /** English texts. */
  public static final ReportTexts ENGLISH = of(Languages.ENGLISH);

  private final Messages report;
  private final RuleTextLocalizer rulesTexts;

  private ReportTexts(Messages report, RuleTextLocalizer rulesTexts) {
    this.report = report;
    this.rulesTexts = rulesTexts;
  }

  /** The texts in {@code locale}'s language (English unless Russian). */
  public static ReportTexts of(Locale locale) {
    Locale language = Languages.supported(locale);
    return new ReportTexts(
        Messages.of(REPORT, language, ReportTexts.class.getClassLoader()),
        RuleTextLocalizer.of(language));
  }

  /**
   * The texts for {@code plan}: {@code explicit} when given, else the plan's declared language,
   * else the platform's.
   */
  public static ReportTexts forPlan(Optional<Locale> explicit, ReviewedPlan plan) {
    return of(Languages.choose(explicit, plan.plan().language()));
  }

  /** The language. */
  public Locale locale() {
    return report.locale();
  }

  /** Whether the texts are English. */
  public boolean english() {
    return !"ru".equals(locale().getLanguage());
  }

  /** The chrome text {@code key} with alternating names and values. */
  public String t(String key, Object... args) {
    return report.get(key, args);
  }

  /** A label padded for the text report's first column ("Organisation: "). */
  public String label(String key) {
    return String.format(Locale.ROOT, "%-16s", t(key) + ":");
  }

  /** A severity as a heading: {@code ERROR}, {@code ОШИБКИ}. */
  public String severity(Severity s) {
    return t("severity." + s.name());
  }

  /** A count of findings of a severity: {@code error 1}, {@code 1 ошибка}. */
  public String severityCount(Severity s, int count) {
    return t("severityCount." + s.name(), "count", count);
  }

  /** A category in lower case: {@code realism}, {@code реалистичность}. */
  public String category(Category c) {
    return t("category." + c.name());
  }

  /** A building block: its id in English, its Gartner name in Russian. */
  public String block(BuildingBlock b) {
    return t("block." + b.id());
  }

  /** A maturity level's name from the maturity model, translated when the bundle knows it. */
  public String levelName(String name) {
    return report.find("levelName." + name, Map.of()).orElse(name);
  }

  /** A criterion status: {@code partly met}, {@code выполнен частично}. */
  public String status(CriterionStatus s) {
    return t("status." + s.name());
  }

  /** "level 2 (Managed), score 38.5 / 100" for a profile. */
  public String levelAndScore(MaturityProfile p) {
    return t(
        "levelAndScore",
        "level",
        p.level(),
        "name",
        levelName(p.levelName()),
        "score",
        Numbers.oneDecimal(p.score()));
  }

  /** The document-quality aspects with their scores: "links 100, owners 93.3, ...". */
  public String aspects(DocumentQuality q) {
    return String.join(
        ", ",
        q.aspects().entrySet().stream()
            .map(
                e ->
                    report.find("aspect." + e.getKey(), Map.of()).orElse(e.getKey())
                        + " "
                        + Numbers.oneDecimal(e.getValue().score()))
            .toList());
  }

  /** The route in words: "2.1 years from 2026-11-20 to 2028-12-31, at 1.5 years per level step". */
  public String route(MaturityRoute r) {
    String span =
        r.from().isPresent() && r.to().isPresent()
            ? t(
                "route.span",
                "years",
                Numbers.upToTwoDecimals(r.yearsAvailable()),
                "from",
                r.from().get(),
                "to",
                r.to().get())
            : t("route.none");
    return t("route.pace", "span", span, "pace", Numbers.upToTwoDecimals(r.yearsPerLevel()));
  }

  /**
   * How the overall level of a profile is computed: the profile's own explanation in English; in
   * another language the same reading rebuilt from the blocks (how many reach the level, which are
   * the weakest).
   */
  public String explanation(MaturityProfile p) {
    if (english()) {
      return p.explanation();
    }
    List<BlockMaturity> blocks = Formatting.blocks(p);
    long majority = blocks.stream().filter(b -> b.level() >= p.level()).count();
    int weakest = blocks.stream().mapToInt(BlockMaturity::level).min().orElse(p.level());
    String names =
        String.join(
            ", ",
            blocks.stream().filter(b -> b.level() == weakest).map(b -> block(b.block())).toList());
    return t(
        "explanation",
        "level",
        p.level(),
        "name",
        levelName(p.levelName()),
        "majority",
        majority,
        "total",
        blocks.size(),
        "weakest",
        names,
        "weakestLevel",
        weakest);
  }

  /**
   * {@code plan} with every rule-derived text in this language (findings, maturity, next actions),
   * by {@link RuleTextLocalizer}.
   */
  public ReviewedPlan localize(ReviewedPlan plan) {
    return rulesTexts.localize(plan);
  }

  /** {@code f} with its message, rationale and remediation in this language where known. */
  public Finding localize(Finding f) {
    return rulesTexts.localize(f);
  }

  /** {@code rules} with their titles, rationales and remediations in this language. */
  public List<RuleDescriptor> localize(List<RuleDescriptor> descriptors) {
    return rulesTexts.localize(descriptors);
  }

  /** One rule's descriptor in this language. */
  public RuleDescriptor localize(RuleDescriptor d) {
    return rulesTexts.localize(d);
  }

  /** The rule-derived texts in this language. */
  public RuleTextLocalizer ruleTexts() {
    return rulesTexts;
  }

  /** The named arguments of a finding's message pattern ({@link RuleTextLocalizer#arguments}). */
  static Map<String, Object> arguments(Finding f) {
    return RuleTextLocalizer.arguments(f);
  }
}
