package io.github.crmstrategy.rules.internal.facts;

import io.github.crmstrategy.model.Baseline;
import io.github.crmstrategy.model.Benchmark;
import io.github.crmstrategy.model.Capability;
import io.github.crmstrategy.model.CapabilityStatus;
import io.github.crmstrategy.model.CompetitivePosition;
import io.github.crmstrategy.model.Competitor;
import io.github.crmstrategy.model.CurrentAsset;
import io.github.crmstrategy.model.CurrentState;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.Direction;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Horizon;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.InitiativeOutcome;
import io.github.crmstrategy.model.Integration;
import io.github.crmstrategy.model.MeasuredGoal;
import io.github.crmstrategy.model.Milestone;
import io.github.crmstrategy.model.Observation;
import io.github.crmstrategy.model.Perspective;
import io.github.crmstrategy.model.Phase;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.PlanVisitor;
import io.github.crmstrategy.model.PlanWalker;
import io.github.crmstrategy.model.PriorInitiative;
import io.github.crmstrategy.model.RelationshipStrategy;
import io.github.crmstrategy.model.Revision;
import io.github.crmstrategy.model.Role;
import io.github.crmstrategy.model.Statement;
import io.github.crmstrategy.model.StrategicGoal;
import io.github.crmstrategy.model.Strategy;
import io.github.crmstrategy.model.Target;
import io.github.crmstrategy.model.Task;
import io.github.crmstrategy.rules.facts.BlockAreas;
import io.github.crmstrategy.rules.facts.CapabilityFact;
import io.github.crmstrategy.rules.facts.Evidence;
import io.github.crmstrategy.rules.facts.EvidenceScope;
import io.github.crmstrategy.rules.facts.Fmt;
import io.github.crmstrategy.rules.facts.GoalFact;
import io.github.crmstrategy.rules.facts.IndicatorFact;
import io.github.crmstrategy.rules.facts.MaturityScoring;
import io.github.crmstrategy.rules.facts.MaturitySignal;
import io.github.crmstrategy.rules.facts.MilestoneFact;
import io.github.crmstrategy.rules.facts.PhaseFact;
import io.github.crmstrategy.rules.facts.PlanFact;
import io.github.crmstrategy.rules.facts.Scope;
import io.github.crmstrategy.rules.facts.StrategyFact;
import io.github.crmstrategy.rules.facts.TaskFact;
import io.github.crmstrategy.text.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The evidence measures of the maturity model ({@link Evidence} facts), measured on the plan in
 * each scope: {@link EvidenceScope#CURRENT} (today: what is in use at the plan's date, roles held
 * since a date, baselines and history, outcomes of prior initiatives), {@link EvidenceScope#TARGET}
 * (at the end of the horizon: today plus the capabilities a dated milestone or phase delivers
 * inside the horizon, the roles with a holder and the dated targets; results stay today's) and
 * {@link EvidenceScope#DOCUMENT} (the strategy document's links, owners, indicators and sections).
 *
 * <p>Every measure is emitted in every scope it belongs to, also when its value is 0, so that a
 * criterion always finds its evidence. Block measures are taken over the block's CRM areas ({@link
 * EvidenceModel#blockAreas()}). Values never depend on the order of lists in the document: the
 * element an evidence names first is the first one in path order.
 *
 * <p>docs/maturity.md lists every measure and how each scope reads the plan.
 */
final class EvidenceFacts implements PlanVisitor {
  private static final String ANY_AREA = "*";

  private final EvidenceModel model;

  // What the walk collects.
  private final List<Asset> assets = new ArrayList<>();
  private final List<Capability> capabilities = new ArrayList<>();
  private final Map<String, ElementPath> capabilityPaths = new HashMap<>();
  private final Map<String, LocalDate> phaseEnds = new HashMap<>();
  private final Map<String, Delivery> milestoneDeliveries = new HashMap<>();
  private final List<HeldRole> roles = new ArrayList<>();
  private final List<Measured> indicators = new ArrayList<>();
  private final List<Text> texts = new ArrayList<>();
  private final List<Initiative> initiatives = new ArrayList<>();
  private final List<Rival> competitors = new ArrayList<>();
  private final List<DatedTask> tasks = new ArrayList<>();
  private final List<PlannedTask> crmTasks = new ArrayList<>();
  private final Set<String> addressedByStrategies = new HashSet<>();
  private final Set<String> reusedResults = new HashSet<>();

  /** Texts as {@link Phrase} matches them, normalised once per plan. */
  private final Map<String, String> spaced = new HashMap<>();

  /**
   * Phrases parsed, shared by every assessment: the maturity model's phrases are a few hundred (a
   * profile may add some), so the cache stops growing at {@code PHRASE_CACHE_LIMIT}.
   */
  private static final Map<String, Phrase> PHRASES = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int PHRASE_CACHE_LIMIT = 10_000;

  private static Phrase phrase(String text) {
    Phrase p = PHRASES.get(text);
    if (p == null) {
      p = Phrase.parse(text);
      if (PHRASES.size() < PHRASE_CACHE_LIMIT) {
        PHRASES.putIfAbsent(text, p);
      }
    }
    return p;
  }

  /** Whether {@code phrase} (a phrase of the maturity model) occurs in {@code text}. */
  private boolean phraseIn(String phrase, String text) {
    return phrase(phrase)
        .matchesSpaced(spaced.computeIfAbsent(text, t -> " " + Phrase.normalize(t)));
  }

  private boolean customersDescribed;
  private int peerCount;
  private int currentStateParts;

  // The two dates of the scopes.
  private LocalDate asOf;
  private LocalDate horizonEnd;

  private EvidenceFacts(EvidenceModel model) {
    this.model = model;
  }

  /** The evidence facts of {@code plan}, whose element facts are {@code facts}. */
  static List<Evidence> of(PlanDocument plan, List<Object> facts, EvidenceModel model) {
    EvidenceFacts e = new EvidenceFacts(model);
    PlanWalker.walk(plan, e);
    // Element order in the document never matters: the first element an evidence names is the
    // first in path order.
    e.roles.sort(Comparator.comparing(r -> r.path().toString()));
    e.competitors.sort(Comparator.comparing(c -> c.path().toString()));
    e.initiatives.sort(Comparator.comparing(i -> i.path().toString()));
    e.dates(plan);
    e.resolveCapabilities();
    e.resolveTasks();
    List<Evidence> out = new ArrayList<>();
    for (EvidenceScope scope : List.of(EvidenceScope.CURRENT, EvidenceScope.TARGET)) {
      e.planMeasures(scope, out);
      for (BlockAreas areas : model.blockAreas()) {
        e.blockMeasures(scope, areas, out);
      }
      for (MaturitySignal signal : model.signals()) {
        e.signal(scope, signal, out);
      }
    }
    DocumentEvidence.of(facts, e.currentStateParts, out);
    return out;
  }

  // ---- the walk ----

  @Override
  public void swotItem(Statement item, ElementPath path) {
    ElementPath p = path.withoutPositions();
    if (p.toString().contains(".weaknesses[")) {
      item.statement()
          .filter(s -> !s.isBlank())
          .ifPresent(
              s ->
                  texts.add(
                      new Text(
                          "weaknesses",
                          "SWOT weakness " + item.id(),
                          item.id(),
                          s,
                          p,
                          Wording.of("measure.source.weakness", "id", item.id()))));
    }
  }

  @Override
  public void strategy(Strategy s, ElementPath path) {
    addressedByStrategies.addAll(s.addresses());
  }

  @Override
  public void relationshipStrategy(RelationshipStrategy s, ElementPath path) {
    addressedByStrategies.addAll(s.addresses());
  }

  @Override
  public void corporateTask(Task task, ElementPath path) {
    task(task);
  }

  @Override
  public void crmTask(Task task, ElementPath path) {
    task(task);
    crmTasks.add(new PlannedTask(task, path.withoutPositions()));
  }

  private void task(Task task) {
    tasks.add(new DatedTask(task.id(), task.due().orElse(null), task.addresses()));
    task.reuses().forEach(r -> reusedResults.add(key(r)));
  }

  @Override
  public void role(Role role, ElementPath path) {
    role.holder()
        .filter(h -> !h.isBlank())
        .ifPresent(
            h ->
                roles.add(
                    new HeldRole(
                        role.role(),
                        h.strip(),
                        role.since().orElse(null),
                        path.withoutPositions())));
  }

  @Override
  public void indicator(Indicator indicator, MeasuredGoal goal, ElementPath path) {
    boolean result =
        goal instanceof CustomerGoal
            || (goal instanceof StrategicGoal g
                && g.perspective().filter(x -> x == Perspective.CUSTOMER).isPresent());
    indicators.add(new Measured(indicator.id(), indicator, result, path.withoutPositions()));
  }

  @Override
  public void capability(Capability capability, ElementPath path) {
    capabilities.add(capability);
    capabilityPaths.put(capability.id(), path.withoutPositions());
    capability.reuses().forEach(r -> reusedResults.add(key(r)));
  }

  @Override
  public void phase(Phase phase, ElementPath path) {
    phase.end().ifPresent(end -> phaseEnds.put(phase.id(), end));
  }

  @Override
  public void milestone(Milestone milestone, ElementPath path) {
    milestone
        .due()
        .ifPresent(
            due -> {
              for (String cap : milestone.delivers()) {
                Delivery d =
                    new Delivery(due, "milestone " + milestone.id(), "milestone", milestone.id());
                milestoneDeliveries.merge(cap, d, (a, b) -> b.date().isBefore(a.date()) ? b : a);
              }
            });
  }

  @Override
  public void currentState(CurrentState state, ElementPath path) {
    state
        .customers()
        .filter(c -> !c.isBlank())
        .ifPresent(
            c -> {
              customersDescribed = true;
              texts.add(
                  new Text(
                      "customers",
                      "today's customers",
                      "",
                      c,
                      path.field("customers"),
                      Wording.of("measure.source.customers")));
            });
    peerCount = state.peers().size();
    currentStateParts =
        (int)
            Stream.of(
                    !state.systems().isEmpty(),
                    !state.data().isEmpty(),
                    !state.practices().isEmpty(),
                    !state.priorInitiatives().isEmpty(),
                    !state.competitors().isEmpty(),
                    !state.peers().isEmpty())
                .filter(b -> b)
                .count();
  }

  @Override
  public void currentAsset(CurrentAsset asset, String list, ElementPath path) {
    ElementPath p = path.withoutPositions();
    String kind =
        switch (list) {
          case "systems" -> "system";
          case "practices" -> "practice";
          default -> "data store";
        };
    double integration =
        list.equals("practices")
            ? -1
            : asset.integration().map(EvidenceFacts::integrationValue).orElse(0.0);
    String name = asset.name().filter(n -> !n.isBlank()).orElse(asset.id());
    LocalDate since = asset.since().orElse(null);
    assets.add(
        new Asset(
            kind,
            asset.id(),
            name,
            p,
            covers(asset.covers(), name),
            integration,
            asset.integration().map(Object::toString).orElse(""),
            since,
            since,
            true,
            true,
            "",
            null));
    texts.add(
        new Text(
            "assets",
            kind + " " + asset.id(),
            "",
            name,
            p,
            Wording.of("measure.source.asset", "kind", kindKey(kind), "id", asset.id())));
  }

  @Override
  public void priorInitiative(PriorInitiative p, ElementPath path) {
    ElementPath at = path.withoutPositions();
    initiatives.add(new Initiative(p, at));
    if (p.outcome().filter(o -> o != InitiativeOutcome.SUCCEEDED).isPresent()) {
      for (String lesson : p.lessons()) {
        texts.add(
            new Text(
                "lessons",
                "lesson of '" + p.name() + "'",
                "",
                lesson,
                at,
                Wording.of("measure.source.lesson", "initiative", Wording.quote(p.name()))));
      }
    }
  }

  @Override
  public void competitor(Competitor c, ElementPath path) {
    competitors.add(new Rival(c, path.withoutPositions()));
  }

  // ---- after the walk ----

  /**
   * Today is the revision date, else the horizon start, else the latest baseline; the horizon's end
   * is its end, else the latest dated milestone, phase or target, else today.
   */
  private void dates(PlanDocument plan) {
    asOf =
        plan.revision()
            .flatMap(Revision::date)
            .or(() -> plan.horizon().flatMap(Horizon::start))
            .orElseGet(
                () ->
                    indicators.stream()
                        .map(m -> m.indicator().baseline().flatMap(Baseline::asOf).orElse(null))
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .orElse(null));
    horizonEnd =
        plan.horizon()
            .flatMap(Horizon::end)
            .orElseGet(
                () ->
                    Stream.concat(
                            Stream.concat(
                                milestoneDeliveries.values().stream().map(Delivery::date),
                                phaseEnds.values().stream()),
                            indicators.stream()
                                .map(m -> m.indicator().target().flatMap(Target::due).orElse(null)))
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .orElse(asOf));
    // The horizon is never before today: a plan whose horizon has passed is read as of today.
    if (asOf != null && horizonEnd != null && horizonEnd.isBefore(asOf)) {
      horizonEnd = asOf;
    }
  }

  /**
   * Capabilities become assets: live ones today (and at the horizon), the others at the horizon
   * when a dated milestone (else their phase's end) delivers them inside it.
   */
  private void resolveCapabilities() {
    for (Capability c : capabilities) {
      boolean live = c.status().filter(s -> s == CapabilityStatus.LIVE).isPresent();
      Delivery delivery = milestoneDeliveries.get(c.id());
      if (delivery == null) {
        delivery =
            c.phase()
                .map(phaseEnds::get)
                .map(end -> new Delivery(end, "phase " + c.phase().get(), "phase", c.phase().get()))
                .orElse(null);
      }
      boolean delivered = live || (delivery != null && !after(delivery.date(), horizonEnd));
      Set<String> covers = covers(c.covers(), c.name().orElse(""));
      double integration = covers.stream().anyMatch(model.integrationAreas()::contains) ? 1.0 : 0.5;
      String how =
          live
              ? "live"
              : delivery == null
                  ? "not delivered inside the horizon"
                  : "delivered by " + delivery.by() + ", " + delivery.date();
      Wording howWording =
          live
              ? Wording.of("measure.how.live")
              : delivery == null
                  ? Wording.of("measure.how.notDelivered")
                  : Wording.of(
                      "measure.how.delivered",
                      "by",
                      delivery.byKind(),
                      "id",
                      delivery.byId(),
                      "date",
                      delivery.date().toString());
      assets.add(
          new Asset(
              "capability",
              c.id(),
              c.name().filter(n -> !n.isBlank()).orElse(c.id()),
              capabilityPaths.get(c.id()),
              covers,
              integration,
              integration >= 1 ? "integrated" : "partial",
              null,
              live ? asOf : delivery == null ? null : delivery.date(),
              live,
              delivered,
              how,
              howWording));
    }
  }

  /**
   * CRM tasks due inside the horizon become practices at the horizon: carried out, the plan's tasks
   * are what people do by then (their areas read from the statement).
   */
  private void resolveTasks() {
    for (PlannedTask t : crmTasks) {
      LocalDate due = t.task().due().orElse(null);
      if (due == null || after(due, horizonEnd)) {
        continue;
      }
      String statement = t.task().statement().filter(x -> !x.isBlank()).orElse(t.task().id());
      assets.add(
          new Asset(
              "task",
              t.task().id(),
              statement,
              t.path(),
              covers(List.of(), statement),
              -1,
              "",
              null,
              due,
              false,
              true,
              "due " + due,
              Wording.of("measure.how.due", "date", due.toString())));
    }
  }

  // ---- plan-wide measures ----

  private void planMeasures(EvidenceScope scope, List<Evidence> out) {
    boolean now = scope == EvidenceScope.CURRENT;
    LocalDate at = now ? asOf : horizonEnd;

    List<Asset> operational = sortedAssets(assetsIn(scope));
    emit(
        out,
        scope,
        "",
        "evidence.operational",
        operational.size(),
        first(operational),
        operational.isEmpty()
            ? (now
                ? "no system, data store or practice in use today and no live capability"
                : "no system, data store, practice or capability in use at the horizon")
            : operational.size()
                + (now ? " in use today: " : " in use at the horizon: ")
                + names(operational),
        Wording.of(
            "measure.evidence.operational",
            "scope",
            scopeName(scope),
            "count",
            operational.size(),
            "assets",
            named(operational)));

    List<HeldRole> held =
        roles.stream()
            .filter(r -> heldIn(r, scope))
            .sorted(Comparator.comparing(r -> r.path().toString()))
            .toList();
    emit(
        out,
        scope,
        "",
        "roles.held",
        held.size(),
        held.isEmpty() ? ElementPath.root() : held.get(0).path(),
        held.isEmpty()
            ? (now ? "no governance role is held since a date" : "no governance role has a holder")
            : held.size()
                + (held.size() == 1 ? " governance role " : " governance roles ")
                + (now ? "held today: " : "with a holder: ")
                + roleNames(held, scope),
        Wording.of(
            "measure.roles.held",
            "scope",
            scopeName(scope),
            "count",
            held.size(),
            "roles",
            held.stream()
                .map(
                    r ->
                        Wording.of(
                            "measure.role",
                            "role",
                            r.role(),
                            "holder",
                            r.holder(),
                            "since",
                            r.since() == null ? "" : r.since().toString()))
                .toList()));
    Set<String> holders = new TreeSet<>();
    held.forEach(r -> holders.add(r.holder().toLowerCase(Locale.ROOT)));
    emit(
        out,
        scope,
        "",
        "roles.holders",
        holders.size(),
        held.isEmpty() ? ElementPath.root() : held.get(0).path(),
        holders.size()
            + (holders.size() == 1 ? " holder of CRM roles" : " distinct holders of CRM roles")
            + (now ? " today" : ""),
        Wording.of("measure.roles.holders", "scope", scopeName(scope), "count", holders.size()));
    // Governance is complete since its latest appointment among the roles held today; roles the
    // plan adds do not reset that clock (without any role held today, since the latest planned
    // one).
    List<HeldRole> today = roles.stream().filter(r -> heldIn(r, EvidenceScope.CURRENT)).toList();
    LocalDate complete =
        (today.isEmpty() ? held : today)
            .stream()
                .map(r -> heldFrom(r, scope))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    double tenure = held.isEmpty() ? 0 : MaturityScoring.yearsBetween(complete, at);
    emit(
        out,
        scope,
        "",
        "governance.tenureYears",
        tenure,
        held.isEmpty() ? ElementPath.root() : held.get(0).path(),
        held.isEmpty()
            ? "no governance in place"
            : "governance complete since "
                + complete
                + ": "
                + years(tenure)
                + (now ? " by " : " by the horizon, ")
                + at,
        Wording.of(
            "measure.governance.tenureYears",
            "scope",
            scopeName(scope),
            "held",
            !held.isEmpty(),
            "since",
            String.valueOf(complete),
            "years",
            yearsValue(tenure),
            "at",
            String.valueOf(at)));

    emit(
        out,
        scope,
        "",
        "customers.described",
        customersDescribed ? 1 : 0,
        customersDescribed ? "currentState.customers" : "",
        customersDescribed
            ? "today's customers are described"
            : "today's customers are not described",
        Wording.of("measure.customers.described", "described", customersDescribed));
    List<Rival> positioned =
        competitors.stream().filter(c -> c.competitor().position().isPresent()).toList();
    emit(
        out,
        scope,
        "",
        "competitors.positioned",
        positioned.size(),
        positioned.isEmpty() ? ElementPath.root() : positioned.get(0).path(),
        positioned.size()
            + (positioned.size() == 1 ? " competitor positioned" : " competitors positioned"),
        Wording.of("measure.competitors.positioned", "count", positioned.size()));
    List<Rival> ahead =
        competitors.stream()
            .sorted(Comparator.comparing(c -> c.path().toString()))
            .filter(
                c ->
                    c.competitor()
                        .position()
                        .filter(p -> p == CompetitivePosition.AHEAD)
                        .isPresent())
            .filter(c -> now || !answered(c))
            .toList();
    emit(
        out,
        scope,
        "",
        "competitors.ahead",
        ahead.size(),
        ahead.isEmpty() ? ElementPath.root() : ahead.get(0).path(),
        ahead.isEmpty()
            ? (now ? "no competitor is ahead" : "no competitor ahead is left unanswered")
            : "ahead: "
                + String.join(
                    ", ",
                    ahead.stream()
                        .map(r -> "'" + r.competitor().name() + "'" + aheadOn(r))
                        .toList())
                + (now ? "" : " (no strategy, task or delivered capability answers it)"),
        Wording.of(
            "measure.competitors.ahead",
            "scope",
            scopeName(scope),
            "count",
            ahead.size(),
            "competitors",
            ahead.stream()
                .map(
                    r ->
                        Wording.of(
                            "measure.competitor",
                            "name",
                            Wording.quote(r.competitor().name()),
                            "areas",
                            areaNames(r.competitor().aheadOn())))
                .toList()));
    emit(
        out,
        scope,
        "",
        "peers.profiled",
        peerCount,
        peerCount == 0 ? "" : "currentState.peers",
        peerCount + (peerCount == 1 ? " peer maturity profile" : " peer maturity profiles"),
        Wording.of("measure.peers.profiled", "count", peerCount));

    indicatorMeasures(scope, out);
    initiativeMeasures(scope, out);

    List<Asset> liveCaps =
        assetsIn(scope).stream().filter(a -> a.kind().equals("capability")).toList();
    emit(
        out,
        scope,
        "",
        "crm.capabilitiesLive",
        liveCaps.size(),
        first(liveCaps),
        liveCaps.isEmpty()
            ? (now
                ? "no capability is live"
                : "no capability is live or delivered inside the horizon")
            : liveCaps.size()
                + (now ? " live: " : " live or delivered inside the horizon: ")
                + names(liveCaps),
        Wording.of(
            "measure.crm.capabilitiesLive",
            "scope",
            scopeName(scope),
            "count",
            liveCaps.size(),
            "assets",
            named(liveCaps)));
  }

  private void indicatorMeasures(EvidenceScope scope, List<Evidence> out) {
    boolean now = scope == EvidenceScope.CURRENT;
    List<Measured> all = sorted(indicators);
    List<Measured> results = all.stream().filter(Measured::result).toList();
    int n = all.size();

    List<Measured> baselined =
        all.stream().filter(m -> now ? hasBaseline(m) : hasBaseline(m) || targeted(m)).toList();
    share(
        out,
        scope,
        "indicators.baselined",
        baselined,
        n,
        now
            ? "indicators have a baseline"
            : "indicators have a baseline or a dated target inside the horizon");
    List<Measured> repeated =
        all.stream()
            .filter(
                m ->
                    hasBaseline(m) && (!m.indicator().history().isEmpty() || (!now && targeted(m))))
            .toList();
    share(
        out,
        scope,
        "indicators.withHistory",
        repeated,
        n,
        now
            ? "indicators have a baseline and a history"
            : "indicators are measured more than once by the horizon");
    double[] spans = all.stream().mapToDouble(m -> span(m, scope)).sorted().toArray();
    double median = median(spans);
    emit(
        out,
        scope,
        "",
        "indicators.historyYears",
        median,
        "",
        n == 0
            ? "no indicators"
            : "median measured span "
                + years(median)
                + " over "
                + n
                + " indicators"
                + (now ? "" : " (to their target dates)"),
        Wording.of(
            "measure.indicators.historyYears",
            "scope",
            scopeName(scope),
            "count",
            n,
            "years",
            yearsValue(median)));
    List<Measured> benchmarked = all.stream().filter(EvidenceFacts::benchmarked).toList();
    share(out, scope, "indicators.benchmarked", benchmarked, n, "indicators have a peer benchmark");

    int r = results.size();
    share(
        out,
        scope,
        "results.baselined",
        results.stream().filter(m -> now ? hasBaseline(m) : hasBaseline(m) || targeted(m)).toList(),
        r,
        now
            ? "customer results have a baseline"
            : "customer results have a baseline or a dated target");
    share(
        out,
        scope,
        "results.benchmarked",
        results.stream().filter(EvidenceFacts::benchmarked).toList(),
        r,
        "customer results have a peer benchmark");

    List<Measured> withMedian =
        results.stream()
            .filter(m -> bench(m).flatMap(b -> opt(b.peerMedian())).isPresent())
            .toList();
    List<String> medianDetail = new ArrayList<>();
    List<Wording> medianWords = new ArrayList<>();
    List<Measured> atMedian = new ArrayList<>();
    for (Measured m : withMedian) {
      double median2 = bench(m).get().peerMedian().getAsDouble();
      Optional<Double> v =
          now || !targeted(m) ? baseline(m) : Optional.of(m.indicator().target().get().value());
      boolean ok = v.isPresent() && atLeast(m, v.get(), median2);
      if (ok) {
        atMedian.add(m);
      }
      medianDetail.add(
          m.id() + " " + v.map(Fmt::num).orElse("no baseline") + " vs median " + Fmt.num(median2));
      medianWords.add(
          Wording.of(
              "measure.vsMedian",
              "id",
              m.id(),
              "value",
              v.map(Fmt::num).orElse(""),
              "median",
              median2));
    }
    emit(
        out,
        scope,
        "",
        "results.atPeerMedian",
        ratio(atMedian.size(), withMedian.size()),
        first2(withMedian),
        atMedian.size()
            + " of "
            + withMedian.size()
            + " benchmarked customer results reach the peer median"
            + (now ? "" : " at their targets")
            + detail(medianDetail),
        Wording.of(
            "measure.results.atPeerMedian",
            "scope",
            scopeName(scope),
            "part",
            atMedian.size(),
            "whole",
            withMedian.size(),
            "items",
            medianWords));

    // Results are today's in both scopes: a plan cannot promise them.
    List<Measured> withTop =
        results.stream()
            .filter(m -> bench(m).flatMap(b -> opt(b.topQuartile())).isPresent())
            .toList();
    List<String> topDetail = new ArrayList<>();
    List<Wording> topWords = new ArrayList<>();
    int atTop = 0;
    for (Measured m : withTop) {
      double top = bench(m).get().topQuartile().getAsDouble();
      Optional<Double> v = baseline(m);
      if (v.isPresent() && atLeast(m, v.get(), top)) {
        atTop++;
      }
      topDetail.add(
          m.id()
              + " "
              + v.map(Fmt::num).orElse("no baseline")
              + " vs top quartile "
              + Fmt.num(top));
      topWords.add(
          Wording.of(
              "measure.vsTopQuartile",
              "id",
              m.id(),
              "value",
              v.map(Fmt::num).orElse(""),
              "top",
              top));
    }
    emit(
        out,
        scope,
        "",
        "results.atTopQuartile",
        ratio(atTop, withTop.size()),
        first2(withTop),
        atTop
            + " of "
            + withTop.size()
            + " customer results reach the peer top quartile today"
            + detail(topDetail),
        Wording.of(
            "measure.results.atTopQuartile",
            "part",
            atTop,
            "whole",
            withTop.size(),
            "items",
            topWords));
    List<Measured> improving = results.stream().filter(EvidenceFacts::improving).toList();
    share(
        out,
        scope,
        "results.improving",
        improving,
        r,
        "customer results improved over their history (today's trend)");
  }

  private void initiativeMeasures(EvidenceScope scope, List<Evidence> out) {
    boolean now = scope == EvidenceScope.CURRENT;
    List<Initiative> sorted =
        initiatives.stream().sorted(Comparator.comparing(i -> i.path().toString())).toList();
    List<Initiative> succeeded =
        sorted.stream().filter(i -> outcome(i, InitiativeOutcome.SUCCEEDED)).toList();
    emit(
        out,
        scope,
        "",
        "initiatives.succeeded",
        succeeded.size(),
        succeeded.isEmpty() ? ElementPath.root() : succeeded.get(0).path(),
        succeeded.isEmpty()
            ? "no prior CRM initiative succeeded (" + sorted.size() + " listed)"
            : succeeded.size()
                + (succeeded.size() == 1
                    ? " prior CRM initiative succeeded: "
                    : " prior CRM initiatives succeeded: ")
                + String.join(
                    ", ", succeeded.stream().map(i -> "'" + i.initiative().name() + "'").toList()),
        Wording.of(
            "measure.initiatives.succeeded",
            "count",
            succeeded.size(),
            "listed",
            sorted.size(),
            "names",
            initiativeNames(succeeded)));
    List<Initiative> failed =
        sorted.stream()
            .filter(i -> outcome(i, InitiativeOutcome.FAILED))
            .filter(i -> succeeded.stream().noneMatch(s -> later(s, i)))
            .filter(i -> now || !learnedFrom(i))
            .toList();
    emit(
        out,
        scope,
        "",
        "initiatives.failedUnrecovered",
        failed.size(),
        failed.isEmpty() ? ElementPath.root() : failed.get(0).path(),
        failed.isEmpty()
            ? (now
                ? "no failed CRM initiative without a later success"
                : "every failed initiative is answered by the plan")
            : "failed and not followed by a success: "
                + String.join(
                    ", ", failed.stream().map(i -> "'" + i.initiative().name() + "'").toList())
                + (now ? "" : " (nothing in the plan addresses it or reuses its results)"),
        Wording.of(
            "measure.initiatives.failedUnrecovered",
            "scope",
            scopeName(scope),
            "count",
            failed.size(),
            "names",
            initiativeNames(failed)));
  }

  // ---- block measures ----

  private void blockMeasures(EvidenceScope scope, BlockAreas blockAreas, List<Evidence> out) {
    String block = blockAreas.block();
    Set<String> areas = new HashSet<>(blockAreas.areas());
    boolean any = areas.contains(ANY_AREA);
    LocalDate at = scope == EvidenceScope.CURRENT ? asOf : horizonEnd;
    List<Asset> in =
        assetsIn(scope).stream()
            .filter(a -> any || a.covers().stream().anyMatch(areas::contains))
            .sorted(Comparator.comparing(a -> a.path().toString()))
            .toList();
    List<Asset> systems = in.stream().filter(a -> !practice(a)).toList();
    List<Asset> practices = in.stream().filter(EvidenceFacts::practice).toList();
    String where = scope == EvidenceScope.CURRENT ? " in use today" : " in use at the horizon";
    emit(
        out,
        scope,
        block,
        "systems.inUse",
        systems.size(),
        first(systems),
        count(
            systems,
            "system, data store or capability" + where,
            "systems, data stores and capabilities" + where),
        countWording("measure.systems.inUse", scope, systems));
    emit(
        out,
        scope,
        block,
        "practices.inUse",
        practices.size(),
        first(practices),
        count(practices, "practice" + where, "practices" + where),
        countWording("measure.practices.inUse", scope, practices));
    emit(
        out,
        scope,
        block,
        "assets.inUse",
        in.size(),
        first(in),
        count(
            in,
            "system, data store, capability or practice" + where,
            "systems, data stores, capabilities and practices" + where),
        countWording("measure.assets.inUse", scope, in));

    Asset best = systems.stream().max(Comparator.comparingDouble(Asset::integration)).orElse(null);
    emit(
        out,
        scope,
        block,
        "systems.integrated",
        best == null ? 0 : best.integration(),
        best == null ? ElementPath.root() : best.path(),
        systems.isEmpty()
            ? "no system in use" + areasText(blockAreas)
            : "best integrated: "
                + label(best)
                + "; "
                + String.join(
                    ", ",
                    systems.stream()
                        .map(
                            a ->
                                a.id()
                                    + " "
                                    + (a.integrationName().isEmpty()
                                        ? "integration not stated"
                                        : a.integrationName()))
                        .toList()),
        Wording.of(
            "measure.systems.integrated",
            "count",
            systems.size(),
            "best",
            best == null ? "" : named(best),
            "systems",
            Wording.join(
                ", ",
                systems.stream()
                    .map(
                        a ->
                            Wording.of(
                                "measure.integration",
                                "id",
                                a.id(),
                                "integration",
                                a.integrationName()))
                    .toList()),
            "areas",
            areasArg(blockAreas)));

    Asset oldest =
        in.stream().max(Comparator.comparingDouble(a -> tenure(a, scope, at))).orElse(null);
    double tenure = oldest == null ? 0 : tenure(oldest, scope, at);
    emit(
        out,
        scope,
        block,
        "assets.tenureYears",
        tenure,
        oldest == null ? ElementPath.root() : oldest.path(),
        oldest == null || tenure == 0
            ? "no "
                + (in.isEmpty() ? "" : "dated ")
                + "system or practice in use"
                + areasText(blockAreas)
            : label(oldest) + " in use since " + from(oldest, scope) + ": " + years(tenure),
        Wording.of(
            "measure.assets.tenureYears",
            "found",
            oldest == null || tenure == 0 ? (in.isEmpty() ? "none" : "undated") : "dated",
            "asset",
            oldest == null ? "" : named(oldest),
            "since",
            oldest == null ? "" : String.valueOf(from(oldest, scope)),
            "years",
            yearsValue(tenure),
            "areas",
            areasArg(blockAreas)));

    Asset integrated =
        systems.stream()
            .filter(a -> a.integration() >= 1)
            .max(Comparator.comparingDouble(a -> tenure(a, scope, at)))
            .orElse(null);
    double integratedTenure = integrated == null ? 0 : tenure(integrated, scope, at);
    emit(
        out,
        scope,
        block,
        "integrated.tenureYears",
        integratedTenure,
        integrated == null ? ElementPath.root() : integrated.path(),
        integrated == null
            ? "no integrated system in use" + areasText(blockAreas)
            : label(integrated)
                + " integrated"
                + (integratedTenure == 0
                    ? ", since an unknown date"
                    : " since " + from(integrated, scope) + ": " + years(integratedTenure)),
        Wording.of(
            "measure.integrated.tenureYears",
            "found",
            integrated == null ? "none" : integratedTenure == 0 ? "undated" : "dated",
            "asset",
            integrated == null ? "" : named(integrated),
            "since",
            integrated == null ? "" : String.valueOf(from(integrated, scope)),
            "years",
            yearsValue(integratedTenure),
            "areas",
            areasArg(blockAreas)));

    Set<String> covered = new TreeSet<>();
    in.forEach(
        a -> a.covers().stream().filter(c -> any || areas.contains(c)).forEach(covered::add));
    emit(
        out,
        scope,
        block,
        "areas.covered",
        covered.size(),
        first(in),
        covered.isEmpty()
            ? "no area covered" + areasText(blockAreas)
            : covered.size() + " areas covered: " + String.join(", ", covered),
        Wording.of(
            "measure.areas.covered",
            "count",
            covered.size(),
            "covered",
            areaNames(covered),
            "areas",
            areasArg(blockAreas)));
  }

  // ---- signals of negative present-day evidence ----

  private void signal(EvidenceScope scope, MaturitySignal signal, List<Evidence> out) {
    List<Match> matches = new ArrayList<>();
    Set<ElementPath> seen = new HashSet<>();
    for (Text t : texts) {
      if (signal.sources().contains(t.source())
          && signal.phrases().stream().anyMatch(p -> phraseIn(p, t.text()))
          && seen.add(t.path())) {
        matches.add(
            new Match(
                t.label() + " '" + t.text().strip() + "'",
                t.swotId(),
                t.path(),
                Wording.of(
                    "measure.match", "source", t.labelWording(), "text", Wording.quote(t.text()))));
      }
    }
    for (Asset a : assets) {
      if (a.inCurrent()
          && !a.kind().equals("capability")
          && a.integrationName().equals("siloed")
          && a.covers().stream().anyMatch(signal.siloedAreas()::contains)
          && seen.add(a.path())) {
        matches.add(
            new Match(
                a.kind() + " " + a.id() + " '" + a.name() + "' is siloed",
                "",
                a.path(),
                Wording.of(
                    "measure.siloed",
                    "kind",
                    kindKey(a.kind()),
                    "asset",
                    Wording.named(a.id(), a.name()))));
      }
    }
    matches.sort(Comparator.comparing(m -> m.path().toString()));
    String measure = "signal." + signal.id();
    if (scope == EvidenceScope.CURRENT || matches.isEmpty()) {
      emit(
          out,
          scope,
          "",
          measure,
          matches.size(),
          matches.isEmpty() ? ElementPath.root() : matches.get(0).path(),
          matches.isEmpty()
              ? "none"
              : String.join("; ", matches.stream().map(Match::text).toList()),
          Wording.of(
              "measure.signal",
              "count",
              matches.size(),
              "matches",
              Wording.join("; ", matches.stream().map(Match::wording).toList())));
      return;
    }
    Optional<Asset> remedy =
        assetsIn(scope).stream()
            .filter(a -> a.kind().equals("capability") || a.kind().equals("task"))
            .filter(a -> a.covers().stream().anyMatch(signal.remedies()::contains))
            .min(Comparator.comparing(a -> a.path().toString()));
    Optional<HeldRole> role =
        signal.remedyRoles().isEmpty()
            ? Optional.empty()
            : roles.stream()
                .filter(r -> heldIn(r, EvidenceScope.TARGET))
                .filter(r -> signal.remedyRoles().stream().anyMatch(p -> phraseIn(p, r.role())))
                .findFirst();
    List<Match> left = new ArrayList<>();
    List<String> ended = new ArrayList<>();
    List<Wording> endedWords = new ArrayList<>();
    for (Match m : matches) {
      if (remedy.isPresent()) {
        ended.add(m.text());
        endedWords.add(m.wording());
      } else if (role.isPresent()) {
        ended.add(m.text());
        endedWords.add(m.wording());
      } else if (!m.swotId().isEmpty() && addressedByDatedTask(m.swotId())) {
        ended.add(m.text() + " (addressed by a task due inside the horizon)");
        endedWords.add(Wording.of("measure.addressedByTask", "match", m.wording()));
      } else {
        left.add(m);
      }
    }
    String endedBy =
        remedy
            .map(a -> " by " + label(a) + ", " + a.how())
            .or(() -> role.map(r -> " by the role '" + r.role() + "' (" + r.holder() + ")"))
            .orElse("");
    Object endedByWording =
        remedy
            .<Object>map(
                a ->
                    Wording.of(
                        "measure.endedBy.asset",
                        "asset",
                        named(a),
                        "how",
                        a.howWording() == null ? "" : a.howWording()))
            .or(
                () ->
                    role.map(
                        r ->
                            Wording.of(
                                "measure.endedBy.role", "role", r.role(), "holder", r.holder())))
            .orElse("");
    String detail =
        left.isEmpty()
            ? "ended at the horizon" + endedBy + ": " + String.join("; ", ended)
            : "still at the horizon: "
                + String.join("; ", left.stream().map(Match::text).toList())
                + (ended.isEmpty() ? "" : "; ended: " + String.join("; ", ended));
    emit(
        out,
        scope,
        "",
        measure,
        left.size(),
        left.isEmpty() ? matches.get(0).path() : left.get(0).path(),
        detail,
        Wording.of(
            "measure.signal.target",
            "leftCount",
            left.size(),
            "left",
            Wording.join("; ", left.stream().map(Match::wording).toList()),
            "endedCount",
            ended.size(),
            "ended",
            Wording.join("; ", endedWords),
            "endedBy",
            endedByWording));
  }

  // ---- helpers ----

  /** The areas an element covers: as it lists them, else as its name names them. */
  private Set<String> covers(List<String> listed, String name) {
    if (!listed.isEmpty()) {
      return new LinkedHashSet<>(listed);
    }
    Set<String> inferred = new LinkedHashSet<>();
    for (var terms : model.areaTerms()) {
      if (terms.phrases().stream().anyMatch(ph -> phraseIn(ph, name))) {
        inferred.add(terms.area());
      }
    }
    return inferred;
  }

  private List<Asset> assetsIn(EvidenceScope scope) {
    return assets.stream()
        .filter(
            a ->
                scope == EvidenceScope.CURRENT
                    ? a.inCurrent() && inUseToday(a)
                    : a.inTarget() && inUseAtHorizon(a))
        .toList();
  }

  /** Practices of today, and the CRM tasks due inside the horizon (practices by then). */
  private static boolean practice(Asset a) {
    return a.kind().equals("practice") || a.kind().equals("task");
  }

  private boolean inUseToday(Asset a) {
    return a.kind().equals("capability")
        || a.since() == null
        || asOf == null
        || !a.since().isAfter(asOf);
  }

  private boolean inUseAtHorizon(Asset a) {
    return a.kind().equals("capability")
        || a.since() == null
        || horizonEnd == null
        || !a.since().isAfter(horizonEnd);
  }

  /** The years {@code a} has been in use at {@code at}: 0 when its start is unknown. */
  private double tenure(Asset a, EvidenceScope scope, LocalDate at) {
    LocalDate from = from(a, scope);
    return from == null ? 0 : MaturityScoring.yearsBetween(from, at);
  }

  private LocalDate from(Asset a, EvidenceScope scope) {
    if (a.kind().equals("task")) {
      return a.targetFrom();
    }
    if (!a.kind().equals("capability")) {
      return a.since();
    }
    // A live capability has no start date today; at the horizon it has been live since today.
    return scope == EvidenceScope.CURRENT ? null : a.targetFrom();
  }

  private boolean heldIn(HeldRole r, EvidenceScope scope) {
    if (scope == EvidenceScope.CURRENT) {
      return r.since() != null && !after(r.since(), asOf);
    }
    return r.since() == null || !after(r.since(), horizonEnd);
  }

  private LocalDate heldFrom(HeldRole r, EvidenceScope scope) {
    if (scope == EvidenceScope.CURRENT || (r.since() != null && !after(r.since(), asOf))) {
      return r.since();
    }
    return r.since() != null ? r.since() : asOf;
  }

  private String roleNames(List<HeldRole> held, EvidenceScope scope) {
    return String.join(
        ", ",
        held.stream()
            .map(
                r ->
                    "'"
                        + r.role()
                        + "' ("
                        + r.holder()
                        + (r.since() == null ? ", planned" : ", since " + r.since())
                        + ")")
            .toList());
  }

  private boolean answered(Rival r) {
    Optional<String> id = r.competitor().id();
    if (id.isPresent()
        && (addressedByStrategies.contains(id.get())
            || tasks.stream().anyMatch(t -> t.addresses().contains(id.get())))) {
      return true;
    }
    return assetsIn(EvidenceScope.TARGET).stream()
        .filter(a -> a.kind().equals("capability") || a.kind().equals("task"))
        .anyMatch(a -> a.covers().stream().anyMatch(r.competitor().aheadOn()::contains));
  }

  private boolean learnedFrom(Initiative i) {
    Optional<String> id = i.initiative().id();
    if (id.isPresent()
        && (addressedByStrategies.contains(id.get())
            || tasks.stream().anyMatch(t -> t.addresses().contains(id.get())))) {
      return true;
    }
    return i.initiative().reusable().stream()
        .map(EvidenceFacts::key)
        .anyMatch(reusedResults::contains);
  }

  private boolean addressedByDatedTask(String id) {
    return tasks.stream()
        .anyMatch(
            t -> t.addresses().contains(id) && t.due() != null && !after(t.due(), horizonEnd));
  }

  private static boolean later(Initiative succeeded, Initiative failed) {
    return succeeded.initiative().year().isPresent()
        && failed.initiative().year().isPresent()
        && succeeded.initiative().year().getAsInt() > failed.initiative().year().getAsInt();
  }

  private static boolean outcome(Initiative i, InitiativeOutcome o) {
    return i.initiative().outcome().filter(x -> x == o).isPresent();
  }

  private static String aheadOn(Rival r) {
    return r.competitor().aheadOn().isEmpty()
        ? ""
        : " on " + String.join(", ", r.competitor().aheadOn());
  }

  private boolean targeted(Measured m) {
    return m.indicator()
        .target()
        .map(t -> t.due().map(d -> !after(d, horizonEnd)).orElse(true))
        .orElse(false);
  }

  private static boolean hasBaseline(Measured m) {
    return m.indicator().baseline().isPresent();
  }

  private static Optional<Double> baseline(Measured m) {
    return m.indicator().baseline().map(Baseline::value);
  }

  private static Optional<Benchmark> bench(Measured m) {
    return m.indicator().benchmark();
  }

  private static boolean benchmarked(Measured m) {
    return bench(m)
        .map(b -> b.peerMedian().isPresent() || b.topQuartile().isPresent())
        .orElse(false);
  }

  private static Optional<Double> opt(java.util.OptionalDouble d) {
    return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
  }

  /** Whether {@code value} is at or better than {@code reference} in the indicator's direction. */
  private static boolean atLeast(Measured m, double value, double reference) {
    return m.indicator().direction().filter(d -> d == Direction.DECREASE).isPresent()
        ? value <= reference
        : value >= reference;
  }

  /**
   * Whether the indicator's baseline is better than its earliest history value in its direction (an
   * indicator to maintain counts when it has a history; one without a direction never does).
   */
  private static boolean improving(Measured m) {
    Indicator i = m.indicator();
    if (i.baseline().isEmpty() || i.history().isEmpty() || i.direction().isEmpty()) {
      return false;
    }
    double first = i.history().stream().min(Comparator.comparing(Observation::asOf)).get().value();
    double now = i.baseline().get().value();
    return switch (i.direction().get()) {
      case INCREASE -> now > first;
      case DECREASE -> now < first;
      case MAINTAIN -> true;
    };
  }

  /**
   * The measured span in years: first history to baseline today, to the target date at the horizon.
   */
  private double span(Measured m, EvidenceScope scope) {
    Indicator i = m.indicator();
    LocalDate first =
        i.history().stream().map(Observation::asOf).min(Comparator.naturalOrder()).orElse(null);
    LocalDate base = i.baseline().flatMap(Baseline::asOf).orElse(null);
    LocalDate start = first != null ? first : base;
    if (i.baseline().isEmpty()) {
      return 0;
    }
    double today = first == null || base == null ? 0 : MaturityScoring.yearsBetween(first, base);
    if (scope == EvidenceScope.TARGET && targeted(m)) {
      LocalDate due = i.target().flatMap(Target::due).orElse(null);
      if (due != null && start != null) {
        return Math.max(today, MaturityScoring.yearsBetween(start, due));
      }
    }
    return today;
  }

  private static double median(double[] sorted) {
    if (sorted.length == 0) {
      return 0;
    }
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static void share(
      List<Evidence> out,
      EvidenceScope scope,
      String measure,
      List<Measured> ok,
      int all,
      String what) {
    emit(
        out,
        scope,
        "",
        measure,
        ratio(ok.size(), all),
        "",
        ok.size() + " of " + all + " " + what,
        Wording.of(
            "measure." + measure, "scope", scopeName(scope), "part", ok.size(), "whole", all));
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static List<Asset> sortedAssets(List<Asset> in) {
    return in.stream().sorted(Comparator.comparing(a -> a.path().toString())).toList();
  }

  private static List<Measured> sorted(Collection<Measured> ms) {
    return ms.stream().sorted(Comparator.comparing(m -> m.path().toString())).toList();
  }

  private static ElementPath first2(List<Measured> ms) {
    return ms.stream()
        .map(Measured::path)
        .min(Comparator.comparing(ElementPath::toString))
        .orElse(ElementPath.root());
  }

  private static ElementPath first(List<Asset> in) {
    return in.stream()
        .map(Asset::path)
        .min(Comparator.comparing(ElementPath::toString))
        .orElse(ElementPath.root());
  }

  private static String count(List<Asset> in, String one, String many) {
    return in.size() + " " + (in.size() == 1 ? one : many) + (in.isEmpty() ? "" : ": " + names(in));
  }

  private static String names(List<Asset> in) {
    return String.join(
        ", ",
        in.stream()
            .sorted(Comparator.comparing(a -> a.path().toString()))
            .map(EvidenceFacts::label)
            .toList());
  }

  private static String label(Asset a) {
    return a.id() + " '" + a.name() + "'";
  }

  private static String areasText(BlockAreas areas) {
    return areas.areas().contains(ANY_AREA) ? "" : " covering " + String.join(", ", areas.areas());
  }

  private static String detail(List<String> parts) {
    return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
  }

  private static String years(double y) {
    return Fmt.num(Math.round(y * 10) / 10.0) + " years";
  }

  private static boolean after(LocalDate date, LocalDate limit) {
    return limit != null && date.isAfter(limit);
  }

  private static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  private static double integrationValue(Integration i) {
    return switch (i) {
      case INTEGRATED -> 1.0;
      case PARTIAL -> 0.5;
      case SILOED -> 0.0;
    };
  }

  private static void emit(
      List<Evidence> out,
      EvidenceScope scope,
      String block,
      String measure,
      double value,
      String path,
      String detail,
      Wording wording) {
    out.add(new Evidence(scope, block, measure, value, path, detail, wording));
  }

  private static void emit(
      List<Evidence> out,
      EvidenceScope scope,
      String block,
      String measure,
      double value,
      ElementPath path,
      String detail,
      Wording wording) {
    out.add(new Evidence(scope, block, measure, value, path, detail, wording));
  }

  /** How the wordings name a scope: {@code current}, {@code target}, {@code document}. */
  private static String scopeName(EvidenceScope scope) {
    return scope.name().toLowerCase(Locale.ROOT);
  }

  /** Years rounded to one decimal, as {@link #years} writes them. */
  private static double yearsValue(double y) {
    return Math.round(y * 10) / 10.0;
  }

  /** An asset named by its id and name. */
  private static Wording named(Asset a) {
    return Wording.named(a.id(), a.name());
  }

  /** Assets named by their ids and names, in path order. */
  private static List<Wording> named(List<Asset> in) {
    return in.stream()
        .sorted(Comparator.comparing(a -> a.path().toString()))
        .map(EvidenceFacts::named)
        .toList();
  }

  /** The names of initiatives, quoted. */
  private static List<Wording> initiativeNames(List<Initiative> in) {
    return in.stream().map(i -> Wording.quote(i.initiative().name())).toList();
  }

  /** An asset kind as the wordings key it: {@code system}, {@code practice}, {@code dataStore}. */
  private static String kindKey(String kind) {
    return kind.equals("data store") ? "dataStore" : kind;
  }

  /** The areas a block measure is taken over, named; empty for every area. */
  private static List<Wording> areasArg(BlockAreas areas) {
    return areas.areas().contains(ANY_AREA) ? List.of() : areaNames(areas.areas());
  }

  /** Vocabulary areas by their names ({@code area.<id>}), each id where it has none. */
  static List<Wording> areaNames(java.util.Collection<String> ids) {
    return ids.stream().map(a -> Wording.term("area." + a, a)).toList();
  }

  /** The wording of a count of assets with their names. */
  private static Wording countWording(String key, EvidenceScope scope, List<Asset> in) {
    return Wording.of(key, "scope", scopeName(scope), "count", in.size(), "assets", named(in));
  }

  // ---- what the walk collects ----

  /** A system, data store, practice or capability, and when it is in use. */
  private record Asset(
      String kind,
      String id,
      String name,
      ElementPath path,
      Set<String> covers,
      double integration,
      String integrationName,
      LocalDate since,
      LocalDate targetFrom,
      boolean inCurrent,
      boolean inTarget,
      String how,
      Wording howWording) {}

  private record Delivery(LocalDate date, String by, String byKind, String byId) {}

  private record HeldRole(String role, String holder, LocalDate since, ElementPath path) {}

  private record Measured(String id, Indicator indicator, boolean result, ElementPath path) {}

  private record Text(
      String source,
      String label,
      String swotId,
      String text,
      ElementPath path,
      Wording labelWording) {
    Text {
      // the SWOT id only for SWOT weaknesses
      swotId = source.equals("weaknesses") ? swotId : "";
    }
  }

  private record Match(String text, String swotId, ElementPath path, Wording wording) {}

  private record Initiative(PriorInitiative initiative, ElementPath path) {}

  private record Rival(Competitor competitor, ElementPath path) {}

  private record DatedTask(String id, LocalDate due, List<String> addresses) {}

  private record PlannedTask(Task task, ElementPath path) {}

  /**
   * A phrase of a signal: fragments joined by {@code " & "}, all of which must occur, each with
   * alternatives joined by {@code "|"}, each matching at the start of a word.
   */
  record Phrase(List<List<String>> groups) {
    static Phrase parse(String text) {
      List<List<String>> groups = new ArrayList<>();
      for (String group : text.split("&")) {
        List<String> alternatives = new ArrayList<>();
        for (String alt : group.split("\\|")) {
          String n = normalize(alt).strip();
          if (!n.isEmpty()) {
            alternatives.add(n);
          }
        }
        if (!alternatives.isEmpty()) {
          groups.add(alternatives);
        }
      }
      return new Phrase(List.copyOf(groups));
    }

    boolean matches(String text) {
      return matchesSpaced(" " + normalize(text));
    }

    /** As {@link #matches}, of a text already {@link #normalize normalised} after a space. */
    boolean matchesSpaced(String t) {
      if (groups.isEmpty()) {
        return false;
      }
      for (List<String> group : groups) {
        if (group.stream().noneMatch(alt -> t.contains(" " + alt))) {
          return false;
        }
      }
      return true;
    }

    /** Lower case, ё as е, every run of characters other than letters and digits one space. */
    static String normalize(String text) {
      String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
      StringBuilder sb = new StringBuilder(lower.length());
      boolean space = false;
      for (int i = 0; i < lower.length(); ) {
        int c = lower.codePointAt(i);
        i += Character.charCount(c);
        if (Character.isLetterOrDigit(c)) {
          sb.appendCodePoint(c);
          space = false;
        } else if (!space) {
          sb.append(' ');
          space = true;
        }
      }
      return sb.toString();
    }
  }

  /** The document-quality measures, from the element facts. */
  private static final class DocumentEvidence {
    private DocumentEvidence() {}

    static void of(List<Object> facts, int currentStateParts, List<Evidence> out) {
      PlanFact plan = only(facts, PlanFact.class).stream().findFirst().orElse(null);
      if (plan == null) {
        return;
      }
      List<GoalFact> goals = only(facts, GoalFact.class);
      List<StrategyFact> strategies = only(facts, StrategyFact.class);
      List<TaskFact> tasks = only(facts, TaskFact.class);
      List<CapabilityFact> caps = only(facts, CapabilityFact.class);
      List<MilestoneFact> milestones = only(facts, MilestoneFact.class);
      List<PhaseFact> phases = only(facts, PhaseFact.class);
      List<IndicatorFact> indicators = only(facts, IndicatorFact.class);
      List<GoalFact> crmGoals = goals.stream().filter(g -> g.scope() == Scope.CRM).toList();
      List<GoalFact> customerGoals =
          goals.stream()
              .filter(g -> g.scope() == Scope.CORPORATE && g.perspective().equals("customer"))
              .toList();
      List<StrategyFact> relationships =
          strategies.stream().filter(s -> s.scope() == Scope.CRM).toList();
      List<TaskFact> crmTasks = tasks.stream().filter(t -> t.scope() == Scope.CRM).toList();
      boolean linked =
          strategies.stream()
              .anyMatch(
                  s ->
                      s.scope() == Scope.CORPORATE
                          && s.area().equals("crm")
                          && s.id().equals(plan.crmStrategyRef()));
      doc(
          out,
          "doc.crmStrategyLinked",
          linked ? 1 : 0,
          "crmStrategy",
          linked
              ? "the CRM strategy details corporate strategy " + plan.crmStrategyRef()
              : "the CRM strategy details no corporate strategy of area crm",
          Wording.of("", "linked", linked, "strategy", plan.crmStrategyRef()));
      share(
          out,
          "doc.crmGoalsSupportCorporate",
          crmGoals,
          g -> g.supportCount() > 0,
          "CRM goals support a corporate goal",
          "crmStrategy");
      share(
          out,
          "doc.customerGoalsCovered",
          customerGoals,
          g -> g.supportingCrmGoalCount() > 0,
          "customer-perspective corporate goals are supported by a CRM goal",
          "corporatePlan");
      share(
          out,
          "doc.relationshipStrategiesServeGoals",
          relationships,
          s -> s.goalCount() > 0,
          "relationship strategies serve a CRM goal",
          "crmStrategy");
      share(
          out,
          "doc.relationshipStrategiesHaveTasks",
          relationships,
          s -> s.taskCount() > 0,
          "relationship strategies have tasks",
          "crmStrategy");
      share(
          out,
          "doc.crmTasksRealised",
          crmTasks,
          t -> t.realizingCapabilityCount() > 0,
          "CRM tasks are realised by a concept capability",
          "crmConcept");
      share(
          out,
          "doc.capabilitiesOnRoadmap",
          caps,
          c -> c.deliveringMilestoneCount() > 0,
          "capabilities are delivered by a roadmap milestone",
          "roadmap");
      doc(
          out,
          "doc.visionSharedTerms",
          plan.visionSharedTerms(),
          "crmStrategy",
          "the CRM vision shares "
              + plan.visionSharedTerms()
              + " key terms with the corporate vision",
          Wording.of("", "count", plan.visionSharedTerms()));
      share(out, "doc.tasksOwned", tasks, t -> !t.owner().isEmpty(), "tasks have an owner", "");
      share(
          out,
          "doc.crmTasksOwnedAndDated",
          crmTasks,
          t -> !t.owner().isEmpty() && t.hasDue(),
          "CRM tasks have an owner and a due date",
          "crmStrategy");
      doc(
          out,
          "doc.sponsorNamed",
          plan.sponsor().isEmpty() ? 0 : 1,
          "crmStrategy",
          plan.sponsor().isEmpty() ? "no sponsor named" : "sponsor: " + plan.sponsor(),
          Wording.of("", "sponsor", plan.sponsor()));
      doc(
          out,
          "doc.rolesWithHolder",
          plan.rolesWithHolder(),
          "crmStrategy",
          plan.rolesWithHolder()
              + (plan.rolesWithHolder() == 1
                  ? " governance role has a holder"
                  : " governance roles have a holder"),
          Wording.of("", "count", plan.rolesWithHolder()));
      share(
          out,
          "doc.milestonesDated",
          milestones,
          MilestoneFact::hasDue,
          "roadmap milestones have a due date",
          "roadmap");
      share(
          out,
          "doc.phasesDated",
          phases,
          p -> p.start() != null && p.end() != null,
          "concept phases have start and end dates",
          "crmConcept");
      share(
          out,
          "doc.crmGoalsMeasured",
          crmGoals,
          g -> g.indicatorCount() > 0,
          "CRM goals have an indicator",
          "crmStrategy");
      share(
          out,
          "doc.indicatorsBaselineAndTarget",
          indicators,
          i -> i.hasBaseline() && i.hasTarget(),
          "indicators have a baseline and a target",
          "");
      share(
          out,
          "doc.targetsDated",
          indicators,
          i -> i.targetDue() != null,
          "indicators have a target due date",
          "");
      share(
          out,
          "doc.indicatorsBenchmarked",
          indicators,
          IndicatorFact::hasBenchmark,
          "indicators have a peer benchmark",
          "");
      share(
          out,
          "doc.crmGoalsWithTwoIndicators",
          crmGoals,
          g -> g.indicatorCount() >= 2,
          "CRM goals are measured by two indicators or more",
          "crmStrategy");
      doc(
          out,
          "doc.architectureStated",
          plan.architecture().isEmpty() ? 0 : 1,
          "crmConcept",
          plan.architecture().isEmpty() ? "no architecture" : "architecture stated",
          Wording.of("", "stated", !plan.architecture().isEmpty()));
      int visions =
          (plan.corporateVision().isEmpty() ? 0 : 1) + (plan.crmVision().isEmpty() ? 0 : 1);
      doc(
          out,
          "doc.visionsStated",
          visions,
          "",
          visions + " of 2 visions stated (corporate, CRM)",
          Wording.of("", "count", visions));
      int answers =
          (plan.loyalty().isEmpty() ? 0 : 1)
              + (plan.interaction().isEmpty() ? 0 : 1)
              + (plan.advocacy().isEmpty() ? 0 : 1);
      doc(
          out,
          "doc.routeAnswers",
          answers / 3.0,
          "crmStrategy",
          answers + " of 3 answers given (loyalty, interaction, advocacy)",
          Wording.of("", "count", answers));
      int parts =
          (plan.environmentCount() > 0 ? 1 : 0)
              + (plan.strengthCount() > 0 ? 1 : 0)
              + (plan.weaknessCount() > 0 ? 1 : 0)
              + (plan.opportunityCount() > 0 ? 1 : 0)
              + (plan.threatCount() > 0 ? 1 : 0);
      doc(
          out,
          "doc.analysisParts",
          parts / 5.0,
          "corporatePlan",
          parts + " of 5 analysis parts filled (environment and the four SWOT quadrants)",
          Wording.of("", "count", parts));
      doc(
          out,
          "doc.offeringsComplete",
          plan.offeringCount() == 0
              ? 0
              : (double) plan.completeOfferingCount() / plan.offeringCount(),
          "crmStrategy",
          plan.completeOfferingCount()
              + " of "
              + plan.offeringCount()
              + " offerings name product, segment, price and channels",
          Wording.of("", "part", plan.completeOfferingCount(), "whole", plan.offeringCount()));
      doc(
          out,
          "doc.idealSegments",
          plan.idealSegmentCount(),
          "crmStrategy",
          plan.idealSegmentCount()
              + (plan.idealSegmentCount() == 1
                  ? " ideal segment defined"
                  : " ideal segments defined"),
          Wording.of("", "count", plan.idealSegmentCount()));
      doc(
          out,
          "doc.currentStateParts",
          currentStateParts / 6.0,
          plan.hasCurrentState() ? "currentState" : "",
          currentStateParts
              + " of 6 current-state parts listed (systems, data, practices, prior initiatives, competitors, peers)",
          Wording.of("", "count", currentStateParts));
    }

    private static <T> void share(
        List<Evidence> out,
        String measure,
        List<T> all,
        Predicate<T> ok,
        String what,
        String path) {
      long n = all.stream().filter(ok).count();
      doc(
          out,
          measure,
          all.isEmpty() ? 0 : (double) n / all.size(),
          path,
          n + " of " + all.size() + " " + what,
          Wording.of("", "part", n, "whole", all.size()));
    }

    /**
     * A document measure whose detail's wording has the pattern {@code measure.<measure>} and the
     * arguments of {@code args} (a wording whose key is ignored).
     */
    private static void doc(
        List<Evidence> out,
        String measure,
        double value,
        String path,
        String detail,
        Wording args) {
      out.add(
          new Evidence(
              EvidenceScope.DOCUMENT,
              "",
              measure,
              value,
              path,
              detail,
              new Wording("measure." + measure, args.args())));
    }

    private static <T> List<T> only(List<Object> facts, Class<T> type) {
      return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }
}
