package io.github.crmstrategy.report.internal;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.BlockNextSteps;
import io.github.crmstrategy.rules.DocumentQuality;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.ImmutableAssessmentReport;
import io.github.crmstrategy.rules.ImmutableBlockMaturity;
import io.github.crmstrategy.rules.ImmutableBlockNextSteps;
import io.github.crmstrategy.rules.ImmutableDocumentQuality;
import io.github.crmstrategy.rules.ImmutableFinding;
import io.github.crmstrategy.rules.ImmutableLevelStep;
import io.github.crmstrategy.rules.ImmutableMaturityEvidence;
import io.github.crmstrategy.rules.ImmutableMaturityHold;
import io.github.crmstrategy.rules.ImmutableMaturityProfile;
import io.github.crmstrategy.rules.ImmutableMaturityResult;
import io.github.crmstrategy.rules.ImmutableNextActions;
import io.github.crmstrategy.rules.ImmutableQualityAspect;
import io.github.crmstrategy.rules.ImmutableRuleDescriptor;
import io.github.crmstrategy.rules.ImmutableStepChange;
import io.github.crmstrategy.rules.ImmutableTopAction;
import io.github.crmstrategy.rules.LevelStep;
import io.github.crmstrategy.rules.MaturityEvidence;
import io.github.crmstrategy.rules.MaturityHold;
import io.github.crmstrategy.rules.MaturityProfile;
import io.github.crmstrategy.rules.MaturityResult;
import io.github.crmstrategy.rules.NextActions;
import io.github.crmstrategy.rules.QualityAspect;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.StepChange;
import io.github.crmstrategy.rules.TopAction;
import io.github.crmstrategy.text.Languages;
import io.github.crmstrategy.text.MessagePattern;
import io.github.crmstrategy.text.Messages;
import io.github.crmstrategy.text.Numbers;
import io.github.crmstrategy.text.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says every rule-derived text of a report in one language: findings (message, rationale,
 * remediation, and the findings a message mentions), rule descriptors, and the maturity model's
 * texts. English texts are the rules' and the model's own (DRL metadata and messages, the data's
 * descriptions, the evidence measures' words), so in English everything is returned as it is.
 *
 * <p>Patterns are looked up by key in the translations a profile gave ({@link
 * AssessmentReport#translations()}), then in the rule texts ({@value #RULES}: {@code
 * REAL-003.message}, {@code area.pricing}...), then the maturity texts ({@value #MATURITY}: {@code
 * criterion.VIS-LEADER.description}, {@code measure.roles.held}...), then the report's own bundle
 * (block, level and section names). A text whose pattern is missing, or that names a part whose
 * pattern is missing, stays in English: an analyst's rule without a translation reads in English in
 * a Russian report.
 *
 * <p>A finding's message pattern takes the finding's evidence by name, its {@link
 * Finding#arguments()}, and what {@link #arguments(Finding)} derives from it. Values are written as
 * the language writes them: decimal numbers with a comma in Russian, lists as "a, b и c", the
 * plan's words in «» quotes, vocabulary areas, indicator kinds and building blocks by their names.
 */
public final class RuleTextLocalizer {
  /** The bundle of the rule texts (Russian; English is the rule metadata). */
  public static final String RULES = "io.github.crmstrategy.rules.i18n.rules";

  /** The bundle of the maturity model's texts (Russian; English is the model data). */
  public static final String MATURITY = "io.github.crmstrategy.rules.i18n.maturity";

  /**
   * A quotation of the plan's words in a message: "..." as the English messages quote, «...» as the
   * Russian ones do (so that a finding said in Russian once is said the same way again).
   */
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|«([^«»]*)»");

  /** The kinds of plan element by the list they are in (and the section for goals and tasks). */
  private static final Map<String, String> KINDS =
      Map.ofEntries(
          Map.entry("corporatePlan.goals", "corporateGoal"),
          Map.entry("crmStrategy.goals", "crmGoal"),
          Map.entry("strategies", "strategy"),
          Map.entry("relationshipStrategies", "relationshipStrategy"),
          Map.entry("corporatePlan.tasks", "task"),
          Map.entry("crmStrategy.tasks", "crmTask"),
          Map.entry("capabilities", "capability"),
          Map.entry("phases", "phase"),
          Map.entry("milestones", "milestone"),
          Map.entry("indicators", "indicator"),
          Map.entry("environment", "environment"),
          Map.entry("threats", "threat"),
          Map.entry("weaknesses", "weakness"),
          Map.entry("strengths", "strength"),
          Map.entry("opportunities", "opportunity"),
          Map.entry("segments", "segment"),
          Map.entry("competitors", "competitor"),
          Map.entry("priorInitiatives", "priorInitiative"),
          Map.entry("lessons", "lesson"),
          Map.entry("reusable", "reusable"),
          Map.entry("roles", "role"),
          Map.entry("offerings", "offering"),
          Map.entry("peers", "peer"));

  private final Locale locale;
  private final Messages report;
  private final Messages rules;
  private final Messages maturity;
  private final Map<String, String> extra;

  private RuleTextLocalizer(
      Locale locale,
      Messages report,
      Messages rules,
      Messages maturity,
      Map<String, String> extra) {
    this.locale = locale;
    this.report = report;
    this.rules = rules;
    this.maturity = maturity;
    this.extra = Map.copyOf(extra);
  }

  /** The rule texts in {@code locale}'s language (English unless Russian). */
  public static RuleTextLocalizer of(Locale locale) {
    Locale language = Languages.supported(locale);
    ClassLoader loader = RuleTextLocalizer.class.getClassLoader();
    return new RuleTextLocalizer(
        language,
        Messages.of(ReportTexts.REPORT, language, loader),
        Messages.of(RULES, language, loader),
        Messages.of(MATURITY, language, loader),
        Map.of());
  }

  /**
   * These texts with a profile's translations first: of {@code byLanguage} (language tag to key to
   * pattern), the ones of this language.
   */
  public RuleTextLocalizer withTranslations(Map<String, Map<String, String>> byLanguage) {
    Map<String, String> own = byLanguage.getOrDefault(locale.getLanguage(), Map.of());
    if (own.isEmpty()) {
      return this;
    }
    Map<String, String> merged = new LinkedHashMap<>(extra);
    merged.putAll(own);
    return new RuleTextLocalizer(locale, report, rules, maturity, merged);
  }

  /** The language. */
  public Locale locale() {
    return locale;
  }

  /** Whether the texts are English, the rules' own language. */
  public boolean english() {
    return !"ru".equals(locale.getLanguage());
  }

  // ---- patterns and values ----

  /** The pattern of {@code key}: a profile's, the rules', the maturity model's, the report's. */
  public Optional<String> pattern(String key) {
    String own = extra.get(key);
    if (own != null) {
      return Optional.of(own);
    }
    return rules.pattern(key).or(() -> maturity.pattern(key)).or(() -> report.pattern(key));
  }

  /** Whether a pattern of {@code key} exists. */
  public boolean has(String key) {
    return pattern(key).isPresent();
  }

  /**
   * The text of {@code key} with {@code args} written in this language ({@link #value}); empty when
   * the key, or a wording among the arguments, has no pattern.
   */
  public Optional<String> format(String key, Map<String, ?> args) {
    Optional<String> pattern = pattern(key);
    if (pattern.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : args.entrySet()) {
      Optional<String> v = value(e.getKey(), e.getValue());
      if (v.isEmpty()) {
        return Optional.empty();
      }
      values.put(e.getKey(), v.get());
    }
    return Optional.of(tidy(MessagePattern.format(pattern.get(), locale, values)));
  }

  /**
   * {@code text} without the spaces an empty part leaves: doubled, at the ends, before a comma,
   * stop, colon, semicolon or closing bracket, after an opening one.
   */
  static String tidy(String text) {
    return text.replaceAll(" {2,}", " ")
        .replaceAll(" +([,.;:)»])", "$1")
        .replaceAll("([(«]) +", "$1")
        .replaceAll("^[;,:] *", "")
        .strip();
  }

  /** {@code w} in this language, or empty when it (or a part of it) has no pattern. */
  public Optional<String> render(Wording w) {
    if (w.key().equals(Wording.QUOTE)) {
      return Optional.of(quote(String.valueOf(w.args().get("text"))));
    }
    if (w.key().equals(Wording.NAMED)) {
      String id = String.valueOf(w.args().getOrDefault("id", ""));
      String words = String.valueOf(w.args().getOrDefault("words", ""));
      String q = words.strip().equals(id) ? "" : quote(words);
      return Optional.of(id.isEmpty() ? q : q.isEmpty() ? id : id + " " + q);
    }
    if (w.key().equals(Wording.TERM)) {
      String key = String.valueOf(w.args().getOrDefault("key", ""));
      Optional<String> own = key.isEmpty() ? Optional.empty() : format(key, Map.of());
      return Optional.of(own.orElse(String.valueOf(w.args().getOrDefault("text", ""))));
    }
    if (w.key().equals(Wording.JOIN)) {
      Object items = w.args().get("items");
      List<String> parts = new ArrayList<>();
      for (Object item : items instanceof List<?> l ? l : List.of()) {
        Optional<String> v = value("", item);
        if (v.isEmpty()) {
          return Optional.empty();
        }
        parts.add(v.get());
      }
      return Optional.of(String.join(String.valueOf(w.args().get("separator")), parts));
    }
    return format(w.key(), w.args());
  }

  /** {@code w} in this language, else {@code english}. */
  public String render(Optional<Wording> w, String english) {
    if (english()) {
      return english;
    }
    return w.flatMap(this::render).orElse(english);
  }

  /**
   * A value as this language writes it: a number with its decimal separator, a date as ISO, a list
   * as "a, b и c", a wording rendered; by its name, vocabulary areas ({@code areas}) and indicator
   * kinds ({@code kind}, {@code kinds}) by their names. Empty when a wording has no pattern.
   */
  Optional<String> value(String name, Object v) {
    if (v instanceof Wording w) {
      return render(w);
    }
    if (v instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      for (Object item : list) {
        Optional<String> p = value("", item);
        if (p.isEmpty()) {
          return Optional.empty();
        }
        parts.add(p.get());
      }
      return Optional.of(list(parts));
    }
    if (v instanceof Double || v instanceof Float) {
      return Optional.of(number(Numbers.upToTwoDecimals(((Number) v).doubleValue())));
    }
    if (v instanceof Number || v instanceof Boolean || v instanceof LocalDate) {
      return Optional.of(String.valueOf(v));
    }
    String s = String.valueOf(v);
    return Optional.of(
        switch (name) {
          case "areas", "aheadOn" -> names("area.", s);
          case "kind", "kinds", "indicatorKind", "naturalKind" -> names("indicatorKind.", s);
          default -> number(s);
        });
  }

  /** {@code items} joined as this language lists them: "a, b and c", "a, b и c". */
  public String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + (english() ? " and " : " и ")
        + items.get(items.size() - 1);
  }

  /** The plan's words quoted as this language quotes them, on one line, without a final stop. */
  public String quote(String text) {
    String s = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    while (s.endsWith(".") && !s.endsWith("...")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.isEmpty()) {
      return "";
    }
    if (s.length() > 90 && !(s.endsWith("...") && s.length() <= 93)) {
      // a quotation cut already (an English message's, or one said once) is not cut again
      int cut = s.lastIndexOf(' ', 90);
      s = s.substring(0, cut > 45 ? cut : 90).strip() + "...";
    }
    return english() ? "\"" + s.replace('"', '\'') + "\"" : "«" + s + "»";
  }

  /** A number written as text ("1.5") with this language's decimal separator ("1,5"). */
  public String number(String s) {
    return Numbers.inLanguage(s, locale);
  }

  /** Comma-separated ids named by the patterns {@code prefix + id}, each id as is without one. */
  private String names(String prefix, String ids) {
    if (ids.isBlank()) {
      return ids;
    }
    List<String> out = new ArrayList<>();
    for (String id : ids.split(",")) {
      String k = id.strip();
      out.add(pattern(prefix + k).orElse(k));
    }
    return String.join(", ", out);
  }

  // ---- findings and rules ----

  /**
   * {@code plan} with every rule-derived text in this language: the findings, the maturity today
   * and at the end of the plan (level names, criterion descriptions, what was measured, what holds
   * each block, how the overall level is computed), the document quality and what to do next.
   */
  public ReviewedPlan localize(ReviewedPlan plan) {
    if (english()) {
      return plan;
    }
    RuleTextLocalizer t = withTranslations(plan.report().translations());
    AssessmentReport r = plan.report();
    AssessmentReport localized =
        ImmutableAssessmentReport.copyOf(r)
            .withFindings(r.findings().stream().map(t::localize).toList())
            .withMaturity(t.localize(r.maturity()))
            .withDocumentQuality(t.localize(r.documentQuality()))
            .withNextActions(t.localize(r.nextActions()));
    return new ReviewedPlan(plan.name(), plan.plan(), localized, plan.loaded());
  }

  /** {@code m} with its texts in this language. */
  public MaturityResult localize(MaturityResult m) {
    if (english()) {
      return m;
    }
    return ImmutableMaturityResult.copyOf(m)
        .withCurrent(localize(m.current()))
        .withTarget(localize(m.target()));
  }

  /** {@code p} with its texts in this language. */
  public MaturityProfile localize(MaturityProfile p) {
    if (english()) {
      return p;
    }
    Map<BuildingBlock, BlockMaturity> blocks = new LinkedHashMap<>();
    p.blocks().forEach((k, b) -> blocks.put(k, localize(b)));
    return ImmutableMaturityProfile.copyOf(p)
        .withLevelName(levelName(p.levelName()))
        .withExplanation(render(p.explanationWording(), p.explanation()))
        .withBlocks(blocks);
  }

  /** {@code b} with its texts in this language. */
  public BlockMaturity localize(BlockMaturity b) {
    if (english()) {
      return b;
    }
    return ImmutableBlockMaturity.copyOf(b)
        .withLevelName(levelName(b.levelName()))
        .withEvidence(b.evidence().stream().map(this::localize).toList())
        .withHeldBy(
            b.heldBy().stream()
                .map(
                    h ->
                        (MaturityHold)
                            ImmutableMaturityHold.copyOf(h).withText(render(h.wording(), h.text())))
                .toList());
  }

  /** {@code e} with its description and detail in this language. */
  public MaturityEvidence localize(MaturityEvidence e) {
    if (english()) {
      return e;
    }
    return ImmutableMaturityEvidence.copyOf(e)
        .withDescription(
            pattern("criterion." + e.criterion() + ".description").orElse(e.description()))
        .withDetail(render(e.detailWording(), e.detail()));
  }

  /** {@code q} with its criteria's texts in this language. */
  public DocumentQuality localize(DocumentQuality q) {
    if (english()) {
      return q;
    }
    Map<String, QualityAspect> aspects = new LinkedHashMap<>();
    q.aspects()
        .forEach(
            (k, a) ->
                aspects.put(
                    k,
                    ImmutableQualityAspect.copyOf(a)
                        .withEvidence(a.evidence().stream().map(this::localize).toList())));
    return ImmutableDocumentQuality.copyOf(q).withAspects(aspects);
  }

  /** {@code n} with its changes and actions in this language. */
  public NextActions localize(NextActions n) {
    if (english()) {
      return n;
    }
    Map<BuildingBlock, BlockNextSteps> blocks = new LinkedHashMap<>();
    n.blocks()
        .forEach(
            (k, b) ->
                blocks.put(
                    k,
                    ImmutableBlockNextSteps.copyOf(b)
                        .withCurrent(b.current().map(this::localize))
                        .withTarget(b.target().map(this::localize))));
    return ImmutableNextActions.copyOf(n)
        .withBlocks(blocks)
        .withTop(
            n.top().stream()
                .map(
                    a ->
                        (TopAction)
                            ImmutableTopAction.copyOf(a)
                                .withTitle(render(a.titleWording(), a.title()))
                                .withWhy(render(a.whyWording(), a.why())))
                .toList());
  }

  /** {@code s} with its changes in this language. */
  public LevelStep localize(LevelStep s) {
    if (english()) {
      return s;
    }
    return ImmutableLevelStep.copyOf(s)
        .withChanges(
            s.changes().stream()
                .map(
                    c ->
                        (StepChange)
                            ImmutableStepChange.copyOf(c).withText(render(c.wording(), c.text())))
                .toList());
  }

  /** A maturity level's name in this language ({@code levelName.<name>}), else as it is. */
  public String levelName(String name) {
    return english() ? name : pattern("levelName." + name).orElse(name);
  }

  /** {@code f} with its message, rationale and remediation in this language where known. */
  public Finding localize(Finding f) {
    if (english()) {
      return f;
    }
    String id = f.ruleId();
    return ImmutableFinding.copyOf(f)
        .withMessage(message(f))
        .withRationale(pattern(id + ".rationale").orElse(f.rationale()))
        .withRemediation(pattern(id + ".remediation").orElse(f.remediation()))
        .withMentions(f.mentions().stream().map(this::localize).toList());
  }

  /**
   * The message of {@code f} in this language with the findings it mentions, or its English message
   * when its rule has no pattern.
   */
  private String message(Finding f) {
    return message(f, true);
  }

  /** {@link #message(Finding)}, its first letter as the pattern has it unless {@code capital}. */
  private String message(Finding f, boolean capital) {
    Map<String, Object> args = messageArguments(f);
    Optional<String> own = Optional.empty();
    for (String key : messageKeys(f)) {
      if (own.isEmpty() && has(key)) {
        own = format(key, args);
      }
    }
    if (own.isEmpty()) {
      return f.message();
    }
    String text = capital ? capitalize(own.get()) : lowerFirst(own.get());
    if (f.mentions().isEmpty()) {
      return text;
    }
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    List<String> also = f.mentions().stream().map(m -> message(m, false)).toList();
    return text + ". " + pattern("also").orElse("Also:") + " " + String.join("; ", also);
  }

  /**
   * The keys of a finding's message pattern, the first that exists wins: the check's ({@code
   * check.<id>.message}) or the relation's ({@code relation.<id>.message}) the finding reports,
   * which a profile may give for a check or relation of its own, then the rule's ({@code
   * <rule>.message}).
   */
  private static List<String> messageKeys(Finding f) {
    List<String> keys = new ArrayList<>();
    String check = f.evidence().get("check");
    if (check != null) {
      keys.add("check." + check + ".message");
    }
    String relation = f.evidence().get("relation");
    if (relation != null) {
      keys.add("relation." + relation + ".message");
    }
    keys.add(f.ruleId() + ".message");
    return keys;
  }

  /** {@code text} with its first letter in upper case. */
  static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * {@code text} with its first letter in lower case, as a message mentioned after another reads
   * ("Также: срок задачи..."), unless its first word is an id or an abbreviation (two capitals).
   */
  static String lowerFirst(String text) {
    if (text.length() < 2 || Character.isUpperCase(text.charAt(1))) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * The arguments of a finding's message pattern: {@link #arguments(Finding)}, the names of the
   * block and section the path ends in, the quotations as this language quotes them, and the
   * finding's own {@link Finding#arguments()}.
   */
  Map<String, Object> messageArguments(Finding f) {
    Map<String, Object> args = arguments(f);
    String last = String.valueOf(args.get("last"));
    report.find("block." + last, Map.of()).ifPresent(b -> args.put("block", b));
    report.find("section." + last, Map.of()).ifPresent(b -> args.put("section", b));
    for (Map.Entry<String, Object> e : args.entrySet()) {
      if (e.getKey().startsWith("quote") && e.getValue() instanceof String q) {
        e.setValue(quote(q.substring(1, q.length() - 1)));
      }
    }
    args.putAll(f.arguments());
    return args;
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
    RuleTextLocalizer t = withTranslations(d.translations());
    return ImmutableRuleDescriptor.copyOf(d)
        .withTitle(t.pattern(d.id() + ".title").orElse(d.title()))
        .withRationale(t.pattern(d.id() + ".rationale").orElse(d.rationale()))
        .withRemediation(t.pattern(d.id() + ".remediation").orElse(d.remediation()));
  }

  /**
   * The named arguments a rule's message pattern may use: its evidence; {@code element} (the key of
   * the path's last segment, {@code CT4} in {@code crmStrategy.tasks[CT4]}); {@code elementKind}
   * (what that element is: {@code crmGoal}, {@code task}, {@code capability}...); {@code path};
   * {@code last} (the path's last segment); and {@code quote1}, {@code quote2}, ... (the plan's own
   * words the English message quotes, with their quotes). {@link #localize(Finding)} adds the
   * finding's {@link Finding#arguments()}, {@code block} and {@code section} (the translated name
   * of a building block or concept section the path ends in), and writes the quotations as the
   * language quotes.
   */
  public static Map<String, Object> arguments(Finding f) {
    Map<String, Object> args = new LinkedHashMap<>(f.evidence());
    ElementPath path = f.path();
    String text = path.toString();
    args.put("path", text);
    Optional<ElementPath> keyed = keyed(path);
    String last = text.contains(".") ? text.substring(text.lastIndexOf('.') + 1) : text;
    args.putIfAbsent("element", keyed.flatMap(ElementPath::key).orElse(last));
    args.put("elementKind", keyed.map(RuleTextLocalizer::kind).orElse(""));
    args.put("last", last);
    Matcher q = QUOTED.matcher(f.message());
    int i = 1;
    while (q.find()) {
      args.put("quote" + i++, q.group());
    }
    List<String> candidates = new ArrayList<>();
    candidates.add(String.valueOf(args.get("element")));
    f.evidence().values().forEach(candidates::add);
    String id = String.valueOf(args.get("element"));
    String words = "";
    for (String c : candidates) {
      if (c.isBlank()) {
        continue;
      }
      Matcher m =
          Pattern.compile(
                  "(?<![\\p{L}\\p{N}_-])" + Pattern.quote(c) + " (?:\"([^\"]*)\"|«([^«»]*)»)")
              .matcher(f.message());
      if (m.find()) {
        id = c;
        words = m.group(1) != null ? m.group(1) : m.group(2);
        break;
      }
    }
    args.putIfAbsent("named", Wording.named(id, words));
    return args;
  }

  /** The nearest segment of {@code path} (itself or a parent) that is a keyed list element. */
  private static Optional<ElementPath> keyed(ElementPath path) {
    for (ElementPath p = path; p != null && !p.isRoot(); p = p.parent().orElse(null)) {
      if (p.key().isPresent()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** What the keyed element at {@code p} is, from the list it is in. */
  private static String kind(ElementPath p) {
    String text = p.toString();
    String section = text.contains(".") ? text.substring(0, text.indexOf('.')) : text;
    String list = p.name();
    return KINDS.getOrDefault(section + "." + list, KINDS.getOrDefault(list, list));
  }
}
