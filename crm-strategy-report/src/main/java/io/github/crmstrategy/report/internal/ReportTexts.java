package io.github.crmstrategy.report.internal;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.CriterionStatus;
import io.github.crmstrategy.rules.DocumentQuality;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.ImmutableAssessmentReport;
import io.github.crmstrategy.rules.ImmutableFinding;
import io.github.crmstrategy.rules.ImmutableRuleDescriptor;
import io.github.crmstrategy.rules.MaturityProfile;
import io.github.crmstrategy.rules.MaturityRoute;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.text.Languages;
import io.github.crmstrategy.text.Messages;
import io.github.crmstrategy.text.Numbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  public static final String RULES = "io.github.crmstrategy.rules.i18n.rules";

  /** English texts. */
  public static final ReportTexts ENGLISH = of(Languages.ENGLISH);

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern KEYED = Pattern.compile("\\[([^\\]]*)\\]$");

  private final Messages report;
  private final Messages rules;

  private ReportTexts(Messages report, Messages rules) {
    this.report = report;
    this.rules = rules;
  }

  /** The texts in {@code locale}'s language (English unless Russian). */
  public static ReportTexts of(Locale locale) {
    Locale language = Languages.supported(locale);
    return new ReportTexts(
        Messages.of(REPORT, language, ReportTexts.class.getClassLoader()),
        Messages.of(RULES, language, ReportTexts.class.getClassLoader()));
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

  /** {@code plan} with its findings' texts in this language. */
  public ReviewedPlan localize(ReviewedPlan plan) {
    if (english()) {
      return plan;
    }
    AssessmentReport r = plan.report();
    AssessmentReport localized =
        ImmutableAssessmentReport.copyOf(r)
            .withFindings(r.findings().stream().map(this::localize).toList());
    return new ReviewedPlan(plan.name(), plan.plan(), localized, plan.loaded());
  }

  /** {@code f} with its message, rationale and remediation in this language where known. */
  public Finding localize(Finding f) {
    if (english()) {
      return f;
    }
    String id = f.ruleId();
    Map<String, Object> args = arguments(f);
    String last = String.valueOf(args.get("last"));
    report.find("block." + last, Map.of()).ifPresent(b -> args.put("block", b));
    report.find("section." + last, Map.of()).ifPresent(b -> args.put("section", b));
    return ImmutableFinding.copyOf(f)
        .withMessage(rules.find(id + ".message", args).orElse(f.message()))
        .withRationale(rules.find(id + ".rationale", args).orElse(f.rationale()))
        .withRemediation(rules.find(id + ".remediation", args).orElse(f.remediation()));
  }

  /** {@code rules} with their titles, rationales and remediations in this language. */
  public List<RuleDescriptor> localize(List<RuleDescriptor> descriptors) {
    if (english()) {
      return descriptors;
    }
    return descriptors.stream().map(this::localize).toList();
  }

  /** One rule's descriptor in this language. */
  public RuleDescriptor localize(RuleDescriptor d) {
    if (english()) {
      return d;
    }
    return ImmutableRuleDescriptor.copyOf(d)
        .withTitle(rules.find(d.id() + ".title", Map.of()).orElse(d.title()))
        .withRationale(rules.find(d.id() + ".rationale", Map.of()).orElse(d.rationale()))
        .withRemediation(rules.find(d.id() + ".remediation", Map.of()).orElse(d.remediation()));
  }

  /**
   * The named arguments a rule's message pattern may use: its evidence, {@code element} (the key of
   * the path's last segment, {@code CT4} in {@code crmStrategy.tasks[CT4]}), {@code path}, and
   * {@code quote1}, {@code quote2}, ... (the plan's own words the English message quotes, with
   * their quotes); {@link #localize(Finding)} adds {@code block} and {@code section}, the
   * translated name of a building block or concept section the path ends in.
   */
  static Map<String, Object> arguments(Finding f) {
    Map<String, Object> args = new LinkedHashMap<>(f.evidence());
    String path = f.path().toString();
    args.put("path", path);
    Matcher keyed = KEYED.matcher(path);
    String last = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
    args.putIfAbsent("element", keyed.find() ? keyed.group(1) : last);
    args.put("last", last);
    Matcher q = QUOTED.matcher(f.message());
    int i = 1;
    while (q.find()) {
      args.put("quote" + i++, q.group());
    }
    return args;
  }
}
