package io.github.crmstrategy.rules.internal.facts;

import io.github.crmstrategy.model.Capability;
import io.github.crmstrategy.model.CapabilityStatus;
import io.github.crmstrategy.model.Competitor;
import io.github.crmstrategy.model.CorporatePlan;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.CustomerType;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Governance;
import io.github.crmstrategy.model.Horizon;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.MeasuredGoal;
import io.github.crmstrategy.model.Milestone;
import io.github.crmstrategy.model.Perspective;
import io.github.crmstrategy.model.Phase;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.PlanVisitor;
import io.github.crmstrategy.model.PlanWalker;
import io.github.crmstrategy.model.PriorInitiative;
import io.github.crmstrategy.model.RelationshipStrategy;
import io.github.crmstrategy.model.Role;
import io.github.crmstrategy.model.Segment;
import io.github.crmstrategy.model.Statement;
import io.github.crmstrategy.model.StrategicGoal;
import io.github.crmstrategy.model.Strategy;
import io.github.crmstrategy.model.Task;
import io.github.crmstrategy.rules.facts.Checks;
import io.github.crmstrategy.rules.facts.ContextFact;
import io.github.crmstrategy.rules.facts.DatedFact;
import io.github.crmstrategy.rules.facts.ElementFact;
import io.github.crmstrategy.rules.facts.GovernanceFact;
import io.github.crmstrategy.rules.facts.IndicatorKind;
import io.github.crmstrategy.rules.facts.Reference;
import io.github.crmstrategy.rules.facts.Texts;
import io.github.crmstrategy.text.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The facts of the cross-element checks, from one walk over the whole plan: an {@link ElementFact}
 * per element (its own words, the vocabulary's reading of them, its tags), a {@link DatedFact} per
 * dated element (capabilities dated by the milestones that deliver them and their phases), the
 * {@code drivesByLink} references (a capability without {@code drives} drives the indicators of the
 * CRM goals its tasks' relationship strategies serve), the plan's {@link ContextFact} and {@link
 * GovernanceFact}.
 */
final class CrossElementFacts implements PlanVisitor {
  private static final class Draft {
    final String kind;
    final String id;
    final ElementPath path;
    final String parentId;
    final String label;
    final String text;
    final TreeSet<String> tags = new TreeSet<>();
    final TreeSet<String> areas = new TreeSet<>();
    final Map<String, String> reasons = new TreeMap<>();
    final Map<String, Wording> reasonWordings = new TreeMap<>();

    Draft(String kind, String id, ElementPath path, String parentId, String label, String text) {
      this.kind = kind;
      this.id = id;
      this.path = path;
      this.parentId = parentId;
      this.label = label == null ? "" : label.strip();
      this.text = text == null ? "" : text.strip();
    }
  }

  private final PlanDocument plan;
  private final Semantics semantics;
  private final List<Draft> drafts = new ArrayList<>();
  private final Map<String, Draft> byId = new HashMap<>();
  private final List<Object> facts = new ArrayList<>();

  private CrossElementFacts(PlanDocument plan, Semantics semantics) {
    this.plan = plan;
    this.semantics = semantics;
  }

  /** The cross-element facts of {@code plan}. */
  static List<Object> of(PlanDocument plan, Semantics semantics) {
    CrossElementFacts extractor = new CrossElementFacts(plan, semantics);
    PlanWalker.walk(plan, extractor);
    extractor.finish();
    return extractor.facts;
  }

  // ---- elements ----

  private Draft add(
      String kind, String id, ElementPath path, String parentId, String label, String text) {
    Draft d = new Draft(kind, id, path, parentId, label, text);
    d.areas.addAll(semantics.concepts(d.text, "area"));
    for (String signal : semantics.concepts(d.text, "signal")) {
      d.tags.add(signal);
    }
    drafts.add(d);
    byId.putIfAbsent(kind + ":" + id, d);
    return d;
  }

  private void audience(Draft d) {
    for (String a : semantics.concepts(d.text, "audience")) {
      d.tags.add(a);
    }
  }

  @Override
  public void corporatePlan(CorporatePlan c, ElementPath path) {
    c.vision().ifPresent(v -> add("vision", "vision", path.field("vision"), "", v, v));
    c.mission().ifPresent(v -> add("mission", "mission", path.field("mission"), "", v, v));
  }

  @Override
  public void environmentStatement(Statement s, ElementPath path) {
    String text = s.statement().orElse("");
    add("environment", s.id(), path, "", text, text);
  }

  @Override
  public void swotItem(Statement item, ElementPath path) {
    String kind =
        switch (path.name()) {
          case "strengths" -> "strength";
          case "weaknesses" -> "weakness";
          case "opportunities" -> "opportunity";
          default -> "threat";
        };
    String text = item.statement().orElse("");
    Draft d = add(kind, item.id(), path, "", text, text);
    if (kind.equals("threat")) {
      d.tags.add("threat");
    }
  }

  @Override
  public void strategicGoal(StrategicGoal g, ElementPath path) {
    String text = g.statement().orElse("");
    Draft d = add("corporateGoal", g.id(), path, "", text, text);
    audience(d);
    if (g.perspective().filter(p -> p == Perspective.CUSTOMER).isPresent()) {
      d.tags.add("customerPerspective");
      d.tags.add("customerDependent");
      d.reasons.put("customerDependent", "its perspective is customer");
      d.reasonWordings.put("customerDependent", Wording.of("reason.customerPerspective"));
      return;
    }
    Optional<Indicator> measuredBy = customerIndicatorOf(g);
    Optional<String> measured =
        measuredBy.map(
            i ->
                "its indicator "
                    + Texts.named("", i.id(), i.name().orElse(""))
                    + " measures customers");
    // An internal-process or learning-and-growth goal depends on customers by its indicators only:
    // its words ("one guest platform") name customers as often as not without depending on them.
    boolean internal =
        g.perspective()
            .filter(p -> p == Perspective.INTERNAL_PROCESS || p == Perspective.LEARNING_AND_GROWTH)
            .isPresent();
    if (measured.isPresent()) {
      d.tags.add("customerDependent");
      d.reasons.put("customerDependent", measured.get());
      d.reasonWordings.put(
          "customerDependent",
          Wording.of(
              "reason.customerIndicator",
              "indicator",
              Wording.named(measuredBy.get().id(), measuredBy.get().name().orElse(""))));
    } else if (!internal
        && (d.tags.contains("customer")
            || d.tags.contains("business")
            || d.tags.contains("consumer"))) {
      d.tags.add("customerDependent");
      d.reasons.put("customerDependent", "its statement speaks of customers");
      d.reasonWordings.put("customerDependent", Wording.of("reason.customerStatement"));
    }
  }

  /**
   * The indicator by which a goal depends on customers: the first that measures a customer kind.
   */
  private Optional<Indicator> customerIndicatorOf(MeasuredGoal g) {
    List<Indicator> byId = new ArrayList<>(g.indicators());
    byId.sort(java.util.Comparator.comparing(Indicator::id));
    for (Indicator i : byId) {
      Optional<IndicatorKind> k =
          semantics.kind(i.kind().map(String::strip).orElse(""), i.name().orElse(""));
      if (k.isPresent() && k.get().customer()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  @Override
  public void strategy(Strategy s, ElementPath path) {
    String text = s.statement().orElse("");
    add("strategy", s.id(), path, "", text, text);
  }

  @Override
  public void corporateTask(Task t, ElementPath path) {
    String text = t.statement().orElse("");
    add("task", t.id(), path, "", text, text);
  }

  @Override
  public void crmStrategy(CrmStrategy crm, ElementPath path) {
    crm.vision().ifPresent(v -> add("crmVision", "crmVision", path.field("vision"), "", v, v));
    crm.loyalty().ifPresent(v -> add("answer", "loyalty", path.field("loyalty"), "", v, v));
    crm.interaction()
        .ifPresent(v -> add("answer", "interaction", path.field("interaction"), "", v, v));
    crm.advocacy().ifPresent(v -> add("answer", "advocacy", path.field("advocacy"), "", v, v));
  }

  @Override
  public void role(Role r, ElementPath path) {
    String holder = r.holder().map(String::strip).orElse("");
    String label = holder.isEmpty() ? r.role() : r.role() + " (" + holder + ")";
    Draft d = add("role", r.role(), path, "", label, r.role() + " " + holder);
    if (d.areas.contains("changeManagement")) {
      d.tags.add("changeManagement");
    }
  }

  @Override
  public void customerGoal(CustomerGoal g, ElementPath path) {
    String text = g.statement().orElse("");
    audience(add("crmGoal", g.id(), path, "", text, text));
  }

  @Override
  public void relationshipStrategy(RelationshipStrategy r, ElementPath path) {
    String text = r.statement().orElse("");
    add("relationshipStrategy", r.id(), path, "", text, text);
  }

  @Override
  public void crmTask(Task t, ElementPath path) {
    String text = t.statement().orElse("");
    add("crmTask", t.id(), path, "", text, text);
  }

  @Override
  public void segment(Segment s, ElementPath path) {
    String name = s.name().orElse("");
    Draft d = add("segment", s.id(), path, "", name, name);
    if (s.ideal()) {
      d.tags.add("ideal");
    }
    if (s.type().isPresent()) {
      d.tags.add(s.type().get() == CustomerType.BUSINESS ? "business" : "consumer");
    } else {
      audience(d);
      d.tags.remove("customer");
    }
  }

  @Override
  public void indicator(Indicator i, MeasuredGoal goal, ElementPath path) {
    String name = i.name().orElse("");
    add("indicator", i.id(), path, goal.id(), name, name);
  }

  @Override
  public void crmConcept(CrmConcept c, ElementPath path) {
    c.architecture()
        .ifPresent(a -> add("architecture", "architecture", path.field("architecture"), "", a, a));
  }

  @Override
  public void capability(Capability c, ElementPath path) {
    String name = c.name().orElse("");
    Draft d = add("capability", c.id(), path, "", name, name);
    d.areas.addAll(c.covers());
    d.tags.add(c.status().orElse(CapabilityStatus.PLANNED).id());
  }

  @Override
  public void phase(Phase p, ElementPath path) {
    String name = p.name().orElse("");
    add("phase", p.id(), path, "", name, name);
  }

  @Override
  public void section(String id, String text, ElementPath path) {
    add("section", id, path, "", text, text);
  }

  @Override
  public void competitor(Competitor c, ElementPath path) {
    String id = c.id().orElse(c.name());
    Draft d = add("competitor", id, path, "", c.name(), c.name() + ". " + c.notes().orElse(""));
    if (!c.aheadOn().isEmpty()) {
      // what the plan says the competitor is ahead on is what must be answered, not every subject
      // of the notes
      d.areas.clear();
      d.areas.addAll(c.aheadOn());
    }
    c.position().ifPresent(p -> d.tags.add(p.id()));
  }

  @Override
  public void priorInitiative(PriorInitiative p, ElementPath path) {
    String id = p.id().orElse(p.name());
    Draft d = add("priorInitiative", id, path, "", p.name(), p.name());
    p.outcome().ifPresent(o -> d.tags.add(o.id()));
  }

  @Override
  public void item(Object owner, String list, String text, ElementPath path) {
    if (owner instanceof PriorInitiative p) {
      String parent = p.id().orElse(p.name());
      if (list.equals("reusable")) {
        add("reusable", text, path, parent, text, text);
      } else if (list.equals("lessons")) {
        add("lesson", text, path, parent, text, text);
      }
    }
  }

  @Override
  public void milestone(Milestone m, ElementPath path) {
    String name = m.name().orElse("");
    add("milestone", m.id(), path, "", name, name);
  }

  // ---- what needs the whole plan ----

  private void finish() {
    Map<String, List<String>> segmentsOf = new HashMap<>();
    plan.crmStrategy()
        .ifPresent(
            crm -> crm.relationshipStrategies().forEach(r -> segmentsOf.put(r.id(), r.segments())));
    List<String> answering = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.kind.equals("relationshipStrategy")) {
        for (String seg : segmentsOf.getOrDefault(d.id, List.of())) {
          Draft s = byId.get("segment:" + seg);
          if (s != null) {
            for (String a : List.of("business", "consumer")) {
              if (s.tags.contains(a)) {
                d.tags.add(a);
              }
            }
          }
        }
      }
      if ((d.kind.equals("task") || d.kind.equals("crmTask"))
          && d.areas.contains("changeManagement")) {
        d.tags.add("changeManagement");
      }
      if (List.of("capability", "task", "crmTask", "section", "architecture").contains(d.kind)) {
        answering.add(Texts.normalize(d.text));
      }
    }
    for (Draft d : drafts) {
      if (d.kind.equals("reusable")) {
        String phrase = Texts.normalize(d.text);
        if (!phrase.isEmpty() && answering.stream().anyMatch(t -> t.contains(phrase))) {
          d.tags.add("mentioned");
        }
      }
      facts.add(
          new ElementFact(
              d.kind,
              d.id,
              d.path,
              d.parentId,
              d.label,
              d.text,
              List.copyOf(d.tags),
              List.copyOf(d.areas),
              Texts.wordCount(d.text),
              semantics.placeholder(d.text),
              Map.copyOf(d.reasons),
              Map.copyOf(d.reasonWordings)));
    }
    dated();
    facts.add(context());
    plan.crmStrategy().ifPresent(crm -> facts.add(governance(crm)));
  }

  private static String label(String what, String id, String words) {
    return Texts.named(what, id, words);
  }

  private void dated() {
    Map<String, Phase> phases = new HashMap<>();
    Map<String, LocalDate> liveBy = new HashMap<>();
    plan.crmConcept().ifPresent(c -> c.phases().forEach(p -> phases.put(p.id(), p)));
    plan.roadmap()
        .ifPresent(
            r ->
                r.milestones()
                    .forEach(
                        m ->
                            m.due()
                                .ifPresent(
                                    due ->
                                        m.delivers()
                                            .forEach(
                                                cap ->
                                                    liveBy.merge(
                                                        cap,
                                                        due,
                                                        (a, b) -> a.isBefore(b) ? a : b)))));
    plan.crmConcept()
        .ifPresent(
            concept -> {
              for (Phase p : concept.phases()) {
                facts.add(
                    new DatedFact(
                        "phase",
                        p.id(),
                        byId.get("phase:" + p.id()).path,
                        label("phase", p.id(), p.name().orElse("")),
                        p.start().orElse(null),
                        p.end().orElse(null),
                        "ends",
                        false,
                        Checks.name("phase", p.id(), p.name().orElse(""))));
              }
              for (Capability c : concept.capabilities()) {
                Optional<Phase> phase = c.phase().map(phases::get);
                LocalDate live =
                    liveBy.getOrDefault(c.id(), phase.flatMap(Phase::end).orElse(null));
                boolean isLive = c.status().filter(s -> s == CapabilityStatus.LIVE).isPresent();
                facts.add(
                    new DatedFact(
                        "capability",
                        c.id(),
                        byId.get("capability:" + c.id()).path,
                        label("capability", c.id(), c.name().orElse("")),
                        isLive ? null : phase.flatMap(Phase::start).orElse(null),
                        isLive ? null : live,
                        "goes live",
                        isLive,
                        Checks.name("capability", c.id(), c.name().orElse(""))));
              }
              drivenByLink(concept);
            });
    plan.roadmap()
        .ifPresent(
            r -> {
              for (Milestone m : r.milestones()) {
                facts.add(
                    new DatedFact(
                        "milestone",
                        m.id(),
                        byId.get("milestone:" + m.id()).path,
                        label("milestone", m.id(), m.name().orElse("")),
                        null,
                        m.due().orElse(null),
                        "is due",
                        false,
                        Checks.name("milestone", m.id(), m.name().orElse(""))));
              }
            });
    plan.corporatePlan().ifPresent(c -> c.tasks().forEach(t -> task("task", t)));
    plan.crmStrategy().ifPresent(c -> c.tasks().forEach(t -> task("crmTask", t)));
    plan.corporatePlan().ifPresent(c -> c.goals().forEach(this::indicators));
    plan.crmStrategy().ifPresent(c -> c.goals().forEach(this::indicators));
  }

  private void task(String kind, Task t) {
    facts.add(
        new DatedFact(
            kind,
            t.id(),
            byId.get(kind + ":" + t.id()).path,
            label(kind.equals("crmTask") ? "CRM task" : "task", t.id(), t.statement().orElse("")),
            null,
            t.due().orElse(null),
            "is due",
            false,
            Checks.name(kind, t.id(), t.statement().orElse(""))));
  }

  private void indicators(MeasuredGoal g) {
    for (Indicator i : g.indicators()) {
      Draft d = byId.get("indicator:" + i.id());
      facts.add(
          new DatedFact(
              "indicator",
              i.id(),
              d.path,
              label("indicator", i.id(), i.name().orElse("")),
              i.baseline().flatMap(b -> b.asOf()).orElse(null),
              i.target().flatMap(t -> t.due()).orElse(null),
              "is due",
              false,
              Checks.name("indicator", i.id(), i.name().orElse(""))));
    }
  }

  /**
   * The {@code drivesByLink} references: a capability without {@code drives} drives the indicators
   * of the CRM goals served by the relationship strategies its CRM tasks carry out.
   */
  private void drivenByLink(CrmConcept concept) {
    Optional<CrmStrategy> crm = plan.crmStrategy();
    if (crm.isEmpty()) {
      return;
    }
    Map<String, String> taskStrategy = new HashMap<>();
    crm.get().tasks().forEach(t -> t.strategy().ifPresent(s -> taskStrategy.put(t.id(), s)));
    Map<String, List<String>> strategyGoals = new HashMap<>();
    crm.get().relationshipStrategies().forEach(r -> strategyGoals.put(r.id(), r.goals()));
    Map<String, List<Indicator>> goalIndicators = new HashMap<>();
    crm.get().goals().forEach(g -> goalIndicators.put(g.id(), g.indicators()));
    for (Capability c : concept.capabilities()) {
      if (!c.drives().isEmpty()) {
        continue;
      }
      TreeSet<String> driven = new TreeSet<>();
      for (String task : c.realizes()) {
        String rs = taskStrategy.get(task);
        for (String goal : strategyGoals.getOrDefault(rs, List.of())) {
          goalIndicators.getOrDefault(goal, List.of()).forEach(i -> driven.add(i.id()));
        }
      }
      ElementPath path = byId.get("capability:" + c.id()).path;
      for (String indicator : driven) {
        facts.add(new Reference("drivesByLink", c.id(), path, indicator));
      }
    }
  }

  private ContextFact context() {
    String industryText = plan.organization().industry().map(String::strip).orElse("");
    Optional<String> industry =
        industryText.isEmpty()
            ? Optional.empty()
            : semantics.industry(industryText).map(i -> i.id());
    String suggestion =
        industry.isPresent() || industryText.isEmpty()
            ? ""
            : semantics.suggestIndustry(industryText).orElse("");
    String model = plan.organization().businessModel().map(b -> b.id()).orElse("");
    String source = model.isEmpty() ? "" : "organization";
    if (model.isEmpty()) {
      TreeSet<String> types = new TreeSet<>();
      plan.crmStrategy()
          .flatMap(CrmStrategy::customerBase)
          .ifPresent(b -> b.segments().forEach(s -> s.type().ifPresent(t -> types.add(t.id()))));
      if (!types.isEmpty()) {
        model = types.size() == 2 ? "mixed" : types.first().equals("business") ? "b2b" : "b2c";
        source = "segments";
      }
    }
    double years = 0;
    Optional<Horizon> h = plan.horizon();
    if (h.isPresent() && h.get().start().isPresent() && h.get().end().isPresent()) {
      years =
          java.time.temporal.ChronoUnit.DAYS.between(
                  h.get().start().get(), h.get().end().get().plusDays(1))
              / 365.0;
      long months =
          java.time.temporal.ChronoUnit.MONTHS.between(
              h.get().start().get(), h.get().end().get().plusDays(1));
      // whole months when the horizon spans them (2026-01-01..2027-12-31 is 2 years)
      if (h.get().start().get().plusMonths(months).equals(h.get().end().get().plusDays(1))) {
        years = months / 12.0;
      }
    }
    return new ContextFact(
        industry.orElse(""),
        industryText,
        industry.isPresent(),
        suggestion,
        model,
        source,
        years,
        plan.language().map(l -> l.strip().toLowerCase(Locale.ROOT)).orElse(""));
  }

  private GovernanceFact governance(CrmStrategy crm) {
    Optional<Governance> g = crm.governance();
    ElementPath path =
        g.isPresent()
            ? ElementPath.root().field("crmStrategy").field("governance")
            : ElementPath.root().field("crmStrategy");
    Map<String, String> holders = new LinkedHashMap<>();
    g.flatMap(Governance::sponsor)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .ifPresent(s -> holders.put("sponsor", s));
    g.ifPresent(
        gov ->
            gov.roles()
                .forEach(
                    r ->
                        r.holder()
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .ifPresent(s -> holders.put("role " + r.role(), s))));
    TreeSet<String> people = new TreeSet<>();
    holders.values().forEach(v -> people.add(Texts.normalize(v)));
    String sole =
        holders.size() >= 2 && people.size() == 1 ? holders.values().iterator().next() : "";
    String evidence = "";
    for (Draft d : drafts) {
      if (d.tags.contains("changeManagement")) {
        evidence =
            (d.kind.equals("role")
                    ? "governance role "
                    : d.kind.equals("crmTask") ? "CRM task " : "task ")
                + (d.kind.equals("role") ? Texts.quote(d.label) : Texts.named("", d.id, d.label));
        break;
      }
    }
    return new GovernanceFact(
        path, g.isPresent(), holders.size(), sole, !evidence.isEmpty(), evidence);
  }
}
