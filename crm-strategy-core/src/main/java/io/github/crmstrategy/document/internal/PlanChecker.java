package io.github.crmstrategy.document.internal;

import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.model.Benchmark;
import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.Capability;
import io.github.crmstrategy.model.CorporatePlan;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CurrentState;
import io.github.crmstrategy.model.CustomerBase;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Horizon;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.Milestone;
import io.github.crmstrategy.model.Observation;
import io.github.crmstrategy.model.Offering;
import io.github.crmstrategy.model.Organization;
import io.github.crmstrategy.model.PeerProfile;
import io.github.crmstrategy.model.Phase;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.RelationshipStrategy;
import io.github.crmstrategy.model.Segment;
import io.github.crmstrategy.model.Statement;
import io.github.crmstrategy.model.StrategicGoal;
import io.github.crmstrategy.model.Strategy;
import io.github.crmstrategy.model.Swot;
import io.github.crmstrategy.model.Task;
import io.github.crmstrategy.text.Suggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Walks a plan in document order and collects every problem that makes it meaningless: duplicate or
 * empty ids, dangling or wrong-kind references, impossible dates and impossible numbers.
 *
 * <p>The walk runs twice: the first run only indexes the ids (so references may point forward), the
 * second reports. Everything a later rule can judge (missing owners, targets, links...) is
 * deliberately accepted.
 */
public final class PlanChecker {
  private static final int MIN_MATURITY = 1;
  private static final int MAX_MATURITY = 5;
  private static final int MAX_LISTED_IDS = 5;

  private final PlanDocument plan;
  private final Map<String, List<Occurrence>> byId = new HashMap<>();
  private final Map<ElementKind, List<String>> idsByKind = new EnumMap<>(ElementKind.class);
  private final Map<String, Occurrence> seen = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private boolean indexing;

  /** Where an id is defined. */
  private record Occurrence(ElementKind kind, ElementPath path) {}

  private PlanChecker(PlanDocument plan) {
    this.plan = plan;
  }

  /** Every problem of {@code plan}, in document order. */
  public static List<Problem> check(PlanDocument plan) {
    PlanChecker checker = new PlanChecker(plan);
    checker.indexing = true;
    checker.walk();
    checker.indexing = false;
    checker.walk();
    return List.copyOf(checker.problems);
  }

  private void walk() {
    ElementPath root = ElementPath.root();
    if (plan.formatVersion() != PlanDocument.CURRENT_FORMAT_VERSION) {
      report(
          root.field("formatVersion"),
          "Format version " + plan.formatVersion() + " is not supported",
          "Set formatVersion to "
              + PlanDocument.CURRENT_FORMAT_VERSION
              + ", the supported version");
    }
    organization(root.field("organization"), plan.organization());
    plan.horizon().ifPresent(h -> horizon(root.field("horizon"), h));
    plan.corporatePlan().ifPresent(c -> corporatePlan(root.field("corporatePlan"), c));
    plan.crmStrategy().ifPresent(c -> crmStrategy(root.field("crmStrategy"), c));
    plan.crmConcept().ifPresent(c -> crmConcept(root.field("crmConcept"), c));
    plan.currentState().ifPresent(c -> currentState(root.field("currentState"), c));
    plan.roadmap()
        .ifPresent(
            r -> {
              ElementPath path = root.field("roadmap");
              for (int i = 0; i < r.milestones().size(); i++) {
                Milestone m = r.milestones().get(i);
                ElementPath mp = path.element("milestones", m.id(), i);
                identified(ElementKind.MILESTONE, m.id(), mp);
                references(
                    mp,
                    "delivers",
                    owner(ElementKind.MILESTONE, m.id()),
                    m.delivers(),
                    ElementKind.CAPABILITY);
              }
            });
  }

  private void organization(ElementPath path, Organization org) {
    if (org.name().isBlank()) {
      report(path.field("name"), "The organization name is blank", "Write the company name");
    }
    if (org.employees().isPresent() && org.employees().getAsInt() < 0) {
      report(
          path.field("employees"),
          "Organization '"
              + org.name()
              + "' has "
              + org.employees().getAsInt()
              + " employees; the number cannot be negative",
          "Write the number of employees (0 or more), or leave it out");
    }
  }

  private void horizon(ElementPath path, Horizon horizon) {
    endNotBeforeStart(path, "The horizon", horizon.start(), horizon.end());
  }

  private void endNotBeforeStart(
      ElementPath path, String what, Optional<LocalDate> start, Optional<LocalDate> end) {
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      report(
          path.field("end"),
          what + " ends on " + end.get() + ", before it starts on " + start.get(),
          "Set the end on or after the start (were the two dates swapped?)");
    }
  }

  private void corporatePlan(ElementPath path, CorporatePlan corporate) {
    statements(path, "environment", corporate.environment(), ElementKind.ENVIRONMENT_STATEMENT);
    corporate.swot().ifPresent(s -> swot(path.field("swot"), s));
    for (int i = 0; i < corporate.goals().size(); i++) {
      StrategicGoal goal = corporate.goals().get(i);
      ElementPath gp = path.element("goals", goal.id(), i);
      identified(ElementKind.CORPORATE_GOAL, goal.id(), gp);
      references(
          gp,
          "swot",
          owner(ElementKind.CORPORATE_GOAL, goal.id()),
          goal.swot(),
          ElementKind.SWOT_ITEM);
      indicators(gp, goal.indicators());
    }
    for (int i = 0; i < corporate.strategies().size(); i++) {
      Strategy strategy = corporate.strategies().get(i);
      ElementPath sp = path.element("strategies", strategy.id(), i);
      identified(ElementKind.CORPORATE_STRATEGY, strategy.id(), sp);
      references(
          sp,
          "goals",
          owner(ElementKind.CORPORATE_STRATEGY, strategy.id()),
          strategy.goals(),
          ElementKind.CORPORATE_GOAL);
    }
    tasks(path, corporate.tasks(), ElementKind.CORPORATE_TASK, ElementKind.CORPORATE_STRATEGY);
  }

  private void swot(ElementPath path, Swot swot) {
    statements(path, "strengths", swot.strengths(), ElementKind.SWOT_ITEM);
    statements(path, "weaknesses", swot.weaknesses(), ElementKind.SWOT_ITEM);
    statements(path, "opportunities", swot.opportunities(), ElementKind.SWOT_ITEM);
    statements(path, "threats", swot.threats(), ElementKind.SWOT_ITEM);
  }

  private void statements(
      ElementPath path, String list, List<Statement> statements, ElementKind kind) {
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      identified(kind, s.id(), path.element(list, s.id(), i));
    }
  }

  private void tasks(ElementPath path, List<Task> tasks, ElementKind kind, ElementKind strategy) {
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      ElementPath tp = path.element("tasks", task.id(), i);
      identified(kind, task.id(), tp);
      task.strategy()
          .ifPresent(s -> reference(tp.field("strategy"), owner(kind, task.id()), s, strategy));
    }
  }

  private void crmStrategy(ElementPath path, CrmStrategy crm) {
    crm.strategy()
        .ifPresent(
            s ->
                reference(
                    path.field("strategy"), "The CRM strategy", s, ElementKind.CORPORATE_STRATEGY));
    for (int i = 0; i < crm.goals().size(); i++) {
      CustomerGoal goal = crm.goals().get(i);
      ElementPath gp = path.element("goals", goal.id(), i);
      identified(ElementKind.CRM_GOAL, goal.id(), gp);
      references(
          gp,
          "supports",
          owner(ElementKind.CRM_GOAL, goal.id()),
          goal.supports(),
          ElementKind.CORPORATE_GOAL);
      indicators(gp, goal.indicators());
    }
    for (int i = 0; i < crm.relationshipStrategies().size(); i++) {
      RelationshipStrategy rs = crm.relationshipStrategies().get(i);
      ElementPath rp = path.element("relationshipStrategies", rs.id(), i);
      identified(ElementKind.RELATIONSHIP_STRATEGY, rs.id(), rp);
      String owner = owner(ElementKind.RELATIONSHIP_STRATEGY, rs.id());
      references(rp, "goals", owner, rs.goals(), ElementKind.CRM_GOAL);
      references(rp, "segments", owner, rs.segments(), ElementKind.SEGMENT);
    }
    tasks(path, crm.tasks(), ElementKind.CRM_TASK, ElementKind.RELATIONSHIP_STRATEGY);
    crm.customerBase().ifPresent(b -> customerBase(path.field("customerBase"), b));
  }

  private void customerBase(ElementPath path, CustomerBase base) {
    for (int i = 0; i < base.segments().size(); i++) {
      Segment segment = base.segments().get(i);
      identified(ElementKind.SEGMENT, segment.id(), path.element("segments", segment.id(), i));
    }
    for (int i = 0; i < base.offerings().size(); i++) {
      Offering offering = base.offerings().get(i);
      String key = offering.product().orElse(String.valueOf(i));
      ElementPath op = path.element("offerings", key, i);
      String owner =
          offering.product().map(p -> "Offering '" + p + "'").orElse("Offering " + (i + 1));
      offering
          .segment()
          .ifPresent(s -> reference(op.field("segment"), owner, s, ElementKind.SEGMENT));
    }
  }

  private void crmConcept(ElementPath path, CrmConcept concept) {
    for (int i = 0; i < concept.capabilities().size(); i++) {
      Capability cap = concept.capabilities().get(i);
      ElementPath cp = path.element("capabilities", cap.id(), i);
      identified(ElementKind.CAPABILITY, cap.id(), cp);
      String owner = owner(ElementKind.CAPABILITY, cap.id());
      references(cp, "realizes", owner, cap.realizes(), ElementKind.CRM_TASK);
      cap.phase().ifPresent(p -> reference(cp.field("phase"), owner, p, ElementKind.PHASE));
    }
    for (int i = 0; i < concept.phases().size(); i++) {
      Phase phase = concept.phases().get(i);
      ElementPath pp = path.element("phases", phase.id(), i);
      identified(ElementKind.PHASE, phase.id(), pp);
      endNotBeforeStart(pp, "Phase '" + phase.id() + "'", phase.start(), phase.end());
    }
  }

  private void currentState(ElementPath path, CurrentState state) {
    maturity(path.field("selfAssessment"), state.selfAssessment(), "Self-assessed maturity");
    for (int i = 0; i < state.peers().size(); i++) {
      PeerProfile peer = state.peers().get(i);
      maturity(
          path.element("peers", peer.name(), i).field("maturity"),
          peer.maturity(),
          "Maturity of peer '" + peer.name() + "'");
    }
  }

  private void maturity(ElementPath path, Map<BuildingBlock, Integer> levels, String what) {
    levels.forEach(
        (block, level) -> {
          if (level < MIN_MATURITY || level > MAX_MATURITY) {
            report(
                path.field(block.id()),
                what
                    + " for building block '"
                    + block.id()
                    + "' is "
                    + level
                    + ", outside "
                    + MIN_MATURITY
                    + ".."
                    + MAX_MATURITY,
                "Use a level from 1 (initial) to 5 (optimising)");
          }
        });
  }

  private void indicators(ElementPath goalPath, List<Indicator> indicators) {
    for (int i = 0; i < indicators.size(); i++) {
      Indicator ind = indicators.get(i);
      ElementPath ip = goalPath.element("indicators", ind.id(), i);
      identified(ElementKind.INDICATOR, ind.id(), ip);
      String of = " of indicator '" + ind.id() + "'";
      ind.baseline()
          .ifPresent(
              b -> finite(ip.field("baseline").field("value"), "Baseline value" + of, b.value()));
      ind.target()
          .ifPresent(
              t -> finite(ip.field("target").field("value"), "Target value" + of, t.value()));
      Optional<LocalDate> baselineDate = ind.baseline().flatMap(b -> b.asOf());
      for (int j = 0; j < ind.history().size(); j++) {
        Observation o = ind.history().get(j);
        ElementPath hp = ip.element("history", o.asOf().toString(), j);
        if (baselineDate.isPresent() && o.asOf().isAfter(baselineDate.get())) {
          report(
              hp,
              "History value"
                  + of
                  + " is dated "
                  + o.asOf()
                  + ", after its baseline as of "
                  + baselineDate.get(),
              "History holds measurements taken before the baseline: correct the date, or make"
                  + " the newer value the baseline");
        }
        finite(hp.field("value"), "History value" + of + " as of " + o.asOf(), o.value());
      }
      ind.benchmark().ifPresent(b -> benchmark(ip.field("benchmark"), of, b));
    }
  }

  private void benchmark(ElementPath path, String of, Benchmark benchmark) {
    if (benchmark.peerMedian().isPresent()) {
      finite(
          path.field("peerMedian"),
          "Benchmark peer median" + of,
          benchmark.peerMedian().getAsDouble());
    }
    if (benchmark.topQuartile().isPresent()) {
      finite(
          path.field("topQuartile"),
          "Benchmark top quartile" + of,
          benchmark.topQuartile().getAsDouble());
    }
  }

  private void finite(ElementPath path, String what, double value) {
    if (!Double.isFinite(value)) {
      report(path, what + " is " + value + ", not a finite number", "Write a finite number");
    }
  }

  private static String owner(ElementKind kind, String id) {
    String label = kind.label();
    return Character.toUpperCase(label.charAt(0)) + label.substring(1) + " '" + id + "'";
  }

  private void identified(ElementKind kind, String id, ElementPath path) {
    if (indexing) {
      if (!id.isBlank()) {
        List<Occurrence> occurrences = byId.computeIfAbsent(id, k -> new ArrayList<>());
        if (occurrences.stream().noneMatch(o -> o.kind() == kind)) {
          idsByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
        }
        occurrences.add(new Occurrence(kind, path));
      }
      return;
    }
    if (id.isBlank()) {
      report(
          path,
          "The id of this " + kind.label() + " is empty",
          "Give it a non-empty id that is unique in the document");
      return;
    }
    Occurrence first = seen.putIfAbsent(id, new Occurrence(kind, path));
    if (first != null) {
      String where =
          first.path().equals(path)
              ? first.path() + " (an earlier element of the same list)"
              : first.path().toString();
      report(
          path,
          "Duplicate id '"
              + id
              + "': this "
              + kind.label()
              + " has the same id as the "
              + first.kind().label()
              + " at "
              + where,
          "Ids must be unique across the whole document because references use them: rename one"
              + " of the two (and the references to it)");
    }
  }

  private void references(
      ElementPath path, String list, String owner, List<String> ids, ElementKind expected) {
    for (int i = 0; i < ids.size(); i++) {
      reference(path.element(list, ids.get(i), i), owner, ids.get(i), expected);
    }
  }

  private void reference(ElementPath path, String owner, String id, ElementKind expected) {
    if (indexing) {
      return;
    }
    List<Occurrence> targets = id.isBlank() ? List.of() : byId.getOrDefault(id, List.of());
    if (targets.stream().anyMatch(t -> t.kind() == expected)) {
      // Resolves; a duplicate id of another kind is reported once, where it is defined.
      return;
    }
    if (targets.isEmpty()) {
      report(
          path,
          owner + " refers to " + expected.label() + " '" + id + "', which does not exist",
          danglingHint(id, expected));
    } else {
      Occurrence target = targets.get(0);
      report(
          path,
          owner
              + " refers to '"
              + id
              + "' as "
              + expected.withArticle()
              + ", but it is "
              + target.kind().withArticle()
              + " ("
              + target.path()
              + ")",
          danglingHint(id, expected));
    }
  }

  private String danglingHint(String id, ElementKind expected) {
    List<String> candidates = idsByKind.getOrDefault(expected, List.of());
    Optional<String> closest = closest(id, candidates);
    if (closest.isPresent()) {
      return "Refer to an existing " + expected.label() + ": did you mean '" + closest.get() + "'?";
    }
    if (candidates.isEmpty()) {
      return "Add " + expected.withArticle() + " with this id, or remove the reference";
    }
    String listed =
        candidates.stream().limit(MAX_LISTED_IDS).collect(Collectors.joining(", "))
            + (candidates.size() > MAX_LISTED_IDS ? ", ..." : "");
    return "Refer to an existing "
        + expected.label()
        + " ("
        + listed
        + "), or remove the reference";
  }

  /** The candidate within a small edit distance of {@code id}, the nearest and first if tied. */
  static Optional<String> closest(String id, List<String> candidates) {
    return Suggestions.closest(
        id, candidates.stream().filter(c -> !c.equals(id)).toList(), id.length() <= 3 ? 1 : 2);
  }

  private void report(ElementPath path, String message, String hint) {
    if (!indexing) {
      problems.add(Problem.of(path, message, hint));
    }
  }
}
