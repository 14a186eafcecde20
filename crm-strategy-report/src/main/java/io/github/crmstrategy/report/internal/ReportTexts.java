package io.github.crmstrategy.report.internal;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
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
  public static final String RULES = RuleTextLocalizer.RULES;

  /** English texts. */
  public static final ReportTexts ENGLISH = of(Languages.ENGLISH);

  private static final Pattern AT_MOST = Pattern.compile("at most (\\d+) above");

  private final Messages report;
  private final RuleTextLocalizer rulesTexts;
  private final int labelWidth;

  private ReportTexts(Messages report, RuleTextLocalizer rulesTexts) {
    this.report = report;
    this.rulesTexts = rulesTexts;
    this.labelWidth =
        Math.max(
            16,
            report.keys().stream()
                    .filter(k -> k.startsWith("label."))
                    .mapToInt(k -> report.get(k).length() + 1)
                    .max()
                    .orElse(0)
                + 1);
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

  /**
   * The texts for the revisions of a comparison or a trend: {@code explicit} when given, else the
   * language the plans declare when every one declares the same, else the platform's.
   */
  public static ReportTexts forRevisions(Optional<Locale> explicit, List<ReviewedPlan> plans) {
    List<Optional<Locale>> declared =
        plans.stream().map(p -> p.plan().language().flatMap(Languages::parse)).distinct().toList();
    Optional<String> agreed =
        declared.size() == 1 && declared.get(0).isPresent()
            ? Optional.of(declared.get(0).get().toLanguageTag())
            : Optional.empty();
    return of(Languages.choose(explicit, agreed));
  }

  /** The language. */
  public Locale locale() {
    return report.locale();
  }

  /** Whether the texts are English. */
  public boolean english() {
    return !"ru".equals(locale().getLanguage());
  }

  /**
   * The chrome text {@code key} with alternating names and values; a value that is a decimal number
   * written as text ("58.2") takes the language's decimal separator ("58,2"), as the rules' own
   * texts do.
   */
  public String t(String key, Object... args) {
    return report.get(key, Numbers.argumentsInLanguage(locale(), args));
  }

  /**
   * A number written as text, signed or not ("58.2", "+7.5"), with the language's decimal separator
   * ("58,2", "+7,5"); any other text as it is.
   */
  public String decimal(String s) {
    return Numbers.inLanguage(s, locale());
  }

  /**
   * A label padded for the text report's first column ("Organisation: "): as wide as the widest
   * {@code label.*} of the language and a space, at least 16 columns.
   */
  public String label(String key) {
    return String.format(Locale.ROOT, "%-" + labelWidth + "s", t(key) + ":");
  }

  /** A severity as a heading of the text report: {@code ERROR}, {@code ОШИБКИ}. */
  public String severity(Severity s) {
    return t("severity." + s.name());
  }

  /** A severity as the tag of one finding: {@code ERROR}, {@code ОШИБКА}. */
  public String severityTag(Severity s) {
    return t("severityTag." + s.name());
  }

  /** A severity as a heading in running text: {@code error}, {@code ошибки}. */
  public String severityWord(Severity s) {
    return t("severityWord." + s.name());
  }

  /** A count of findings of a severity: {@code 9 warnings}, {@code 9 предупреждений}. */
  public String severityCount(Severity s, int count) {
    return t("severityCount." + s.name(), "count", count);
  }

  /** The counts of every severity, most severe first: "1 error, 9 warnings, 1 info". */
  public String severityCounts(AssessmentReport report) {
    return String.join(
        ", ",
        java.util.Arrays.stream(Severity.values())
            .map(s -> severityCount(s, Formatting.count(report, s)))
            .toList());
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
                        + rulesTexts.number(Numbers.oneDecimal(e.getValue().score())))
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
   * another language the same reading rebuilt from the profile (how many blocks reach the majority
   * level and the next, which are the weakest, how far above them the overall level may be).
   */
  public String explanation(MaturityProfile p) {
    if (english()) {
      return p.explanation();
    }
    List<BlockMaturity> blocks = Formatting.blocks(p);
    int total = blocks.size();
    int majority = p.majorityLevel();
    int weakest = p.weakestLevel();
    List<String> weakestNames =
        blocks.stream().filter(b -> b.level() == weakest).map(b -> block(b.block())).toList();
    Matcher cap = AT_MOST.matcher(p.explanation());
    String reach;
    if (majority <= 1) {
      reach = t("explanation.notHalf", "reach", reach(blocks, 2));
    } else {
      reach = t("explanation.half", "reach", reach(blocks, majority));
      if (majority < 5) {
        reach += "; " + reach(blocks, majority + 1);
      }
    }
    return t(
        "explanation",
        "level",
        p.level(),
        "name",
        levelName(p.levelName()),
        "reach",
        reach,
        "weakest",
        String.join(", ", weakestNames),
        "weakestCount",
        weakestNames.size(),
        "weakestLevel",
        weakest,
        "cap",
        cap.find() ? cap.group(1) : "1",
        "capped",
        p.level() < majority
            ? t("explanation.capped", "level", p.level(), "majority", majority)
            : "");
  }

  private String reach(List<BlockMaturity> blocks, int level) {
    return t(
        "explanation.reach",
        "level",
        level,
        "count",
        blocks.stream().filter(b -> b.level() >= level).count(),
        "total",
        blocks.size());
  }

  /**
   * Whether the route gets there, in words: the climb of every block against the years the plan has
   * at the pace of a level step, and the errors to correct first; blocks named by {@code blockName}
   * (the HTML theme's labels, so that every format names them alike).
   */
  public String routeVerdict(
      AssessmentReport r, java.util.function.Function<BuildingBlock, String> blockName) {
    MaturityRoute route = r.maturity().route();
    List<io.github.crmstrategy.rules.BlockLevels> levels = Formatting.levels(r);
    String pace = Numbers.upToTwoDecimals(route.yearsPerLevel());
    int errors = Formatting.count(r, Severity.ERROR);
    String errorsNote = errors == 0 ? "" : " " + t("verdict.errors", "errors", errors);
    if (route.from().isEmpty() || route.to().isEmpty()) {
      return t("verdict.noHorizon") + errorsNote;
    }
    String years = Numbers.upToTwoDecimals(route.yearsAvailable());
    if (levels.stream().allMatch(l -> l.gap() == 0)) {
      return t("verdict.noClimb", "years", years) + errorsNote;
    }
    List<io.github.crmstrategy.rules.BlockLevels> late =
        levels.stream().filter(l -> !l.withinPace()).toList();
    if (late.isEmpty()) {
      return t(
              "verdict.fits",
              "years",
              years,
              "from",
              route.from().get(),
              "to",
              route.to().get(),
              "pace",
              pace)
          + errorsNote;
    }
    return t(
            "verdict.late",
            "pace",
            pace,
            "years",
            years,
            "late",
            String.join(
                ", ",
                late.stream()
                    .map(
                        l ->
                            t(
                                "verdict.lateBlock",
                                "block",
                                blockName.apply(l.block()),
                                "years",
                                Numbers.upToTwoDecimals(l.yearsNeeded())))
                    .toList()))
        + errorsNote;
  }

  /**
   * The three most important problems: the findings grouped by rule, ranked by severity, then by
   * how many elements the rule finds, then by rule id; one entry per rule, with {@code severity}
   * (the constant's name), {@code tag} (its name in this language), {@code message}, {@code
   * anchor}, {@code element}, {@code more} (how many more the rule found, or null) and {@code
   * remediation} (or null).
   */
  public List<Map<String, Object>> problems(AssessmentReport r) {
    Map<String, List<Finding>> byRule = new java.util.TreeMap<>();
    r.findings()
        .forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new java.util.ArrayList<>()).add(f));
    return byRule.values().stream()
        .sorted(
            java.util.Comparator.<List<Finding>>comparingInt(
                    g -> g.stream().mapToInt(f -> f.severity().ordinal()).min().orElse(9))
                .thenComparing(g -> -g.size())
                .thenComparing(g -> g.get(0).ruleId()))
        .limit(3)
        .map(
            g -> {
              Finding f =
                  g.stream()
                      .min(java.util.Comparator.comparingInt(x -> x.severity().ordinal()))
                      .orElseThrow();
              Map<String, Object> p = new LinkedHashMap<>();
              p.put("severity", f.severity().name());
              p.put("tag", severityTag(f.severity()));
              p.put("message", f.message());
              p.put("anchor", Formatting.anchor(f.path().toString()));
              p.put("element", shownPath(f.path().toString()));
              p.put(
                  "more",
                  g.size() == 1
                      ? null
                      : t("problems.more", "count", g.size() - 1, "rule", f.ruleId()));
              p.put("remediation", f.remediation().isBlank() ? null : f.remediation());
              return p;
            })
        .toList();
  }

  /** A problem of a plan document in this language (its English text when it has no key). */
  public io.github.crmstrategy.document.Problem problem(io.github.crmstrategy.document.Problem p) {
    return p.in(locale());
  }

  /**
   * The path as shown to readers: the document itself is {@code (document)}, {@code (документ)}.
   */
  public String shownPath(String path) {
    return path.isEmpty() ? t("document.path") : path;
  }

  /**
   * The top next actions as lines of plain text (no markup), each action a title line and a detail
   * line: what to change, what it resolves, why it is worth it. Empty when there is none.
   */
  public List<String[]> nextActions(AssessmentReport report, int max) {
    List<String[]> out = new java.util.ArrayList<>();
    for (io.github.crmstrategy.rules.TopAction a : report.nextActions().top()) {
      if (out.size() >= max) {
        break;
      }
      List<String> detail = new java.util.ArrayList<>();
      if (!a.elements().isEmpty()) {
        List<String> shown =
            a.elements().stream().map(e -> shownPath(e.toString())).distinct().toList();
        String first = String.join(", ", shown.subList(0, Math.min(4, shown.size())));
        detail.add(
            t(
                "nextActions.change",
                "elements",
                shown.size() > 4
                    ? t("nextActions.andMore", "shown", first, "count", shown.size() - 4)
                    : first));
      }
      if (!a.why().isBlank()) {
        detail.add(a.why());
      }
      out.add(new String[] {a.rank() + ". " + a.title(), String.join("; ", detail)});
    }
    return out;
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
