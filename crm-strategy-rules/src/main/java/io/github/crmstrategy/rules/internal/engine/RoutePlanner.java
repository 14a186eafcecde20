package io.github.crmstrategy.rules.internal.engine;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.Capability;
import io.github.crmstrategy.model.CapabilityStatus;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.Milestone;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.RelationshipStrategy;
import io.github.crmstrategy.model.Roadmap;
import io.github.crmstrategy.model.Target;
import io.github.crmstrategy.model.Task;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockLevels;
import io.github.crmstrategy.rules.RouteDifference;
import io.github.crmstrategy.rules.RoutePhase;
import io.github.crmstrategy.rules.RouteProposal;
import io.github.crmstrategy.rules.RouteStep;
import io.github.crmstrategy.rules.facts.BlockAreas;
import io.github.crmstrategy.rules.facts.MaturityPrerequisite;
import io.github.crmstrategy.rules.facts.MaturityScoring;
import io.github.crmstrategy.rules.internal.pack.MaturityData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The draft route of a plan: its capabilities not yet live phased by dependency, its blocks' level
 * steps in time, its indicators after the capabilities that drive them (see {@link RouteProposal}).
 *
 * <ul>
 *   <li>A capability comes after the capabilities it {@code dependsOn}, and after every capability
 *       serving a block of a lower foundation depth (a block's depth is the length of its chain of
 *       prerequisites: information 0, metrics 1, vision 2), so customer data before analytics. Its
 *       blocks are those whose CRM areas ({@code blockAreas}) it {@code covers}, technology's
 *       catch-all aside. Its phase is one more than the latest phase of what it comes after.
 *   <li>An indicator's target falls due in the phase after the latest capability that drives it
 *       (its {@code drives}, else the links capability, task, relationship strategy, goal).
 *   <li>A block climbs from today's level to the plan's target one level per {@code
 *       maturity.route.yearsPerLevel} years, and never before the blocks it rests on allow.
 *   <li>The capability phases divide the horizon evenly; a level step lands in the first phase that
 *       ends on or after it. What falls after the horizon gets phases of one level step each,
 *       marked outside the horizon, and the route says it does not fit.
 * </ul>
 */
final class RoutePlanner {
  private final MaturityData model;

  RoutePlanner(MaturityData model) {
    this.model = model;
  }

  RouteProposal propose(PlanDocument plan, AssessmentReport report) {
    LocalDate from = report.maturity().route().from().orElse(null);
    LocalDate to = report.maturity().route().to().orElse(null);
    double ypl = report.maturity().route().yearsPerLevel();
    List<Capability> all = plan.crmConcept().map(CrmConcept::capabilities).orElse(List.of());
    Map<String, Capability> open = new LinkedHashMap<>();
    Set<String> live = new HashSet<>();
    for (Capability c : all) {
      if (c.status().orElse(CapabilityStatus.PLANNED) == CapabilityStatus.LIVE) {
        live.add(c.id());
      } else {
        open.putIfAbsent(c.id(), c);
      }
    }
    Map<String, Integer> depth = blockDepths();
    Map<String, Integer> capDepth = new HashMap<>();
    for (Capability c : open.values()) {
      capDepth.put(
          c.id(), blocksOf(c).stream().mapToInt(b -> depth.getOrDefault(b, 0)).min().orElse(-1));
    }
    // Phase rank: longest path over dependsOn and the foundation order.
    Map<String, Integer> rank = new LinkedHashMap<>();
    open.keySet().forEach(id -> rank.put(id, 0));
    boolean changed = true;
    for (int round = 0; changed && round <= open.size() + 1; round++) {
      changed = false;
      for (Capability c : open.values()) {
        int r = rank.get(c.id());
        for (String d : after(c, open, capDepth)) {
          int need = rank.get(d) + 1;
          if (need > r && need <= open.size()) {
            r = need;
          }
        }
        if (r != rank.get(c.id())) {
          rank.put(c.id(), r);
          changed = true;
        }
      }
    }
    int capPhases =
        open.isEmpty() ? 0 : rank.values().stream().mapToInt(i -> i).max().orElse(0) + 1;
    // Indicators after their driving capabilities.
    Map<String, Set<String>> drivers = drivers(plan, open);
    Map<String, Integer> indicatorPhase = new LinkedHashMap<>();
    drivers.forEach(
        (ind, caps) ->
            indicatorPhase.put(ind, caps.stream().mapToInt(c -> rank.get(c) + 1).max().orElse(0)));
    int phasesForWork =
        Math.max(capPhases, indicatorPhase.values().stream().mapToInt(i -> i + 1).max().orElse(0));
    // Level steps in years from today.
    Map<BuildingBlock, BlockLevels> levels = report.maturity().blocks();
    Map<String, Map<Integer, Double>> stepYears = stepYears(levels, ypl);
    double total = MaturityScoring.yearsBetween(from, to);
    boolean dated = from != null && to != null && total > 0;
    int inside = Math.max(1, phasesForWork);
    double len = dated ? total / inside : ypl;
    List<double[]> spans = new ArrayList<>();
    for (int i = 0; i < inside; i++) {
      spans.add(new double[] {i * len, (i + 1) * len});
    }
    double latest = 0;
    for (Map<Integer, Double> m : stepYears.values()) {
      for (double y : m.values()) {
        latest = Math.max(latest, y);
      }
    }
    while (spans.get(spans.size() - 1)[1] < latest - 1e-9) {
      double end = spans.get(spans.size() - 1)[1];
      spans.add(new double[] {end, end + ypl});
    }
    Set<String> ids = new HashSet<>();
    plan.roadmap().map(Roadmap::milestones).orElse(List.of()).forEach(m -> ids.add(m.id()));
    plan.crmConcept().map(CrmConcept::phases).orElse(List.of()).forEach(p -> ids.add(p.id()));
    all.forEach(c -> ids.add(c.id()));
    String prefix = "R";
    while (ids.contains(prefix + "1")) {
      prefix = prefix + "R";
    }
    List<RoutePhase> phases = new ArrayList<>();
    boolean fits = dated;
    List<String> outside = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      int index = i;
      double[] span = spans.get(i);
      List<String> caps = new ArrayList<>();
      rank.forEach(
          (id, r) -> {
            if (r == index) {
              caps.add(id);
            }
          });
      List<RouteStep> steps = new ArrayList<>();
      for (BuildingBlock b : BuildingBlock.values()) {
        Map<Integer, Double> m = stepYears.getOrDefault(b.id(), Map.of());
        m.forEach(
            (level, y) -> {
              if (phaseOf(spans, y) == index) {
                steps.add(
                    RouteStep.builder()
                        .block(b)
                        .level(level)
                        .date(Optional.ofNullable(from == null ? null : plus(from, y)))
                        .build());
              }
            });
      }
      List<String> inds = new ArrayList<>();
      indicatorPhase.forEach(
          (ind, p) -> {
            if (p == index) {
              inds.add(ind);
            }
          });
      boolean within = dated && span[1] <= total + 1e-9;
      if (!within) {
        fits = false;
        caps.forEach(c -> outside.add("capability " + c));
        steps.forEach(s -> outside.add(s.block().id() + " at level " + s.level()));
        inds.forEach(x -> outside.add("the target of " + x));
      }
      phases.add(
          RoutePhase.builder()
              .id(prefix + (i + 1))
              .index(i + 1)
              .name(name(caps, open, steps, inds))
              .start(Optional.ofNullable(from == null ? null : plus(from, span[0])))
              .end(Optional.ofNullable(from == null ? null : plus(from, span[1])))
              .capabilities(caps)
              .levelSteps(steps)
              .indicators(inds)
              .withinHorizon(within)
              .build());
    }
    String fit;
    if (!dated) {
      fit =
          "The route cannot be fitted to the horizon: the plan gives "
              + (from == null ? "no date to start from" : "no horizon end after its date")
              + "; phases of "
              + ypl
              + " years each are proposed.";
    } else if (fits) {
      fit =
          "The route fits the horizon: "
              + phases.size()
              + (phases.size() == 1 ? " phase" : " phases")
              + " from "
              + from
              + " to "
              + to
              + " ("
              + MaturityScoring.rounded(total)
              + " years), a level step taking "
              + ypl
              + " years.";
    } else {
      fit =
          "The route does not fit the horizon ending "
              + to
              + " ("
              + MaturityScoring.rounded(total)
              + " years from "
              + from
              + "): "
              + String.join(", ", outside)
              + " fall after it at "
              + ypl
              + " years a level step.";
    }
    return RouteProposal.builder()
        .organization(plan.organization().name())
        .from(Optional.ofNullable(from))
        .to(Optional.ofNullable(to))
        .yearsPerLevel(ypl)
        .phases(phases)
        .fitsHorizon(fits)
        .fit(fit)
        .differences(differences(plan, open, rank, phases, drivers))
        .build();
  }

  private static LocalDate plus(LocalDate from, double years) {
    return from.plusDays(Math.round(years * 365.25));
  }

  private static int phaseOf(List<double[]> spans, double years) {
    for (int i = 0; i < spans.size(); i++) {
      if (years <= spans.get(i)[1] + 1e-9) {
        return i;
      }
    }
    return spans.size() - 1;
  }

  /** The blocks whose areas a capability covers (technology's catch-all aside). */
  private Set<String> blocksOf(Capability c) {
    Set<String> out = new LinkedHashSet<>();
    for (BlockAreas a : model.blockAreas()) {
      if (a.areas().stream().anyMatch(x -> !x.equals("*") && c.covers().contains(x))) {
        out.add(a.block());
      }
    }
    return out;
  }

  /** Each block's foundation depth: the longest chain of prerequisites below it. */
  private Map<String, Integer> blockDepths() {
    Map<String, Integer> depth = new HashMap<>();
    model.blockWeights().keySet().forEach(b -> depth.put(b, 0));
    int n = depth.size();
    for (int round = 0; round <= n; round++) {
      for (MaturityPrerequisite p : model.prerequisites()) {
        int need = depth.getOrDefault(p.requires(), 0) + 1;
        if (need > depth.getOrDefault(p.block(), 0) && need <= n) {
          depth.put(p.block(), need);
        }
      }
    }
    return depth;
  }

  /** The open capabilities {@code c} comes after. */
  private static List<String> after(
      Capability c, Map<String, Capability> open, Map<String, Integer> capDepth) {
    List<String> out = new ArrayList<>();
    for (String d : c.dependsOn()) {
      if (open.containsKey(d) && !d.equals(c.id())) {
        out.add(d);
      }
    }
    int mine = capDepth.getOrDefault(c.id(), -1);
    for (Map.Entry<String, Integer> e : capDepth.entrySet()) {
      if (mine >= 0 && e.getValue() >= 0 && e.getValue() < mine && !e.getKey().equals(c.id())) {
        // Not when the foundation capability itself depends on this one: its dependsOn wins.
        if (!open.get(e.getKey()).dependsOn().contains(c.id())) {
          out.add(e.getKey());
        }
      }
    }
    return out;
  }

  /** Each indicator driven by open capabilities, with those capabilities. */
  private static Map<String, Set<String>> drivers(PlanDocument plan, Map<String, Capability> open) {
    Optional<CrmStrategy> crm = plan.crmStrategy();
    Map<String, String> taskStrategy = new HashMap<>();
    Map<String, List<String>> strategyGoals = new HashMap<>();
    Map<String, List<String>> goalIndicators = new HashMap<>();
    crm.ifPresent(
        s -> {
          for (Task t : s.tasks()) {
            t.strategy().ifPresent(x -> taskStrategy.put(t.id(), x));
          }
          for (RelationshipStrategy r : s.relationshipStrategies()) {
            strategyGoals.put(r.id(), r.goals());
          }
          for (CustomerGoal g : s.goals()) {
            goalIndicators.put(g.id(), g.indicators().stream().map(Indicator::id).toList());
          }
        });
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Capability c : open.values()) {
      List<String> driven = new ArrayList<>(c.drives());
      if (driven.isEmpty()) {
        for (String task : c.realizes()) {
          String strategy = taskStrategy.get(task);
          for (String goal : strategyGoals.getOrDefault(strategy, List.of())) {
            driven.addAll(goalIndicators.getOrDefault(goal, List.of()));
          }
        }
      }
      for (String ind : driven) {
        out.computeIfAbsent(ind, k -> new LinkedHashSet<>()).add(c.id());
      }
    }
    return out;
  }

  /**
   * The years from today at which each block reaches each level above today's up to the target: one
   * step per {@code ypl} years, never before its foundations allow.
   */
  private Map<String, Map<Integer, Double>> stepYears(
      Map<BuildingBlock, BlockLevels> levels, double ypl) {
    Map<String, BlockLevels> byId = new HashMap<>();
    levels.forEach((b, l) -> byId.put(b.id(), l));
    Map<String, Map<Integer, Double>> years = new LinkedHashMap<>();
    for (BuildingBlock b : BuildingBlock.values()) {
      BlockLevels l = byId.get(b.id());
      if (l == null) {
        continue;
      }
      Map<Integer, Double> m = new LinkedHashMap<>();
      for (int level = l.current() + 1; level <= l.target(); level++) {
        m.put(level, (level - l.current()) * ypl);
      }
      years.put(b.id(), m);
    }
    int n = years.size() * (model.prerequisites().size() + 1);
    boolean changed = true;
    for (int round = 0; changed && round <= n; round++) {
      changed = false;
      for (MaturityPrerequisite p : model.prerequisites()) {
        Map<Integer, Double> mine = years.get(p.block());
        BlockLevels base = byId.get(p.requires());
        if (mine == null || base == null) {
          continue;
        }
        for (Map.Entry<Integer, Double> e : mine.entrySet()) {
          int needed = e.getKey() - p.maxAbove();
          if (needed <= base.current()) {
            continue;
          }
          Double at = years.get(p.requires()).get(needed);
          if (at != null && at > e.getValue() + 1e-9) {
            e.setValue(at);
            changed = true;
          }
        }
        // Later levels are at least one step after earlier ones.
        double prev = 0;
        for (Map.Entry<Integer, Double> e : mine.entrySet()) {
          if (e.getValue() < prev + ypl - 1e-9) {
            e.setValue(prev + ypl);
            changed = true;
          }
          prev = e.getValue();
        }
      }
    }
    return years;
  }

  private static String name(
      List<String> caps, Map<String, Capability> open, List<RouteStep> steps, List<String> inds) {
    if (!caps.isEmpty()) {
      List<String> names = caps.stream().map(c -> open.get(c).name().orElse(c)).toList();
      return names.size() <= 2
          ? String.join(" and ", names)
          : names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " more";
    }
    if (!steps.isEmpty() && !inds.isEmpty()) {
      return "Benefits and level steps";
    }
    if (!steps.isEmpty()) {
      return "Level steps";
    }
    if (!inds.isEmpty()) {
      return "Benefits: indicator targets";
    }
    return "Consolidation";
  }

  private static List<RouteDifference> differences(
      PlanDocument plan,
      Map<String, Capability> open,
      Map<String, Integer> rank,
      List<RoutePhase> phases,
      Map<String, Set<String>> drivers) {
    List<Milestone> milestones = plan.roadmap().map(Roadmap::milestones).orElse(List.of());
    if (milestones.isEmpty()) {
      return List.of();
    }
    Map<String, LocalDate> phaseEnd = new HashMap<>();
    plan.crmConcept()
        .map(CrmConcept::phases)
        .orElse(List.of())
        .forEach(p -> p.end().ifPresent(d -> phaseEnd.put(p.id(), d)));
    Map<String, LocalDate> due = new LinkedHashMap<>();
    Map<String, String> by = new HashMap<>();
    for (Milestone m : milestones) {
      for (String c : m.delivers()) {
        if (m.due().isPresent() && (!due.containsKey(c) || m.due().get().isBefore(due.get(c)))) {
          due.put(c, m.due().get());
          by.put(c, m.id());
        }
      }
    }
    List<RouteDifference> out = new ArrayList<>();
    for (Capability c : open.values()) {
      ElementPath path = ElementPath.parse("crmConcept.capabilities[" + c.id() + "]");
      boolean delivered = milestones.stream().anyMatch(m -> m.delivers().contains(c.id()));
      RoutePhase proposed = phases.get(rank.get(c.id()));
      if (!delivered) {
        out.add(
            RouteDifference.builder()
                .kind(RouteDifference.Kind.NOT_ON_ROADMAP)
                .path(path)
                .text(
                    "No milestone of the roadmap delivers "
                        + c.id()
                        + "; the proposal delivers it in phase "
                        + proposed.id()
                        + proposed.end().map(d -> " by " + d).orElse(""))
                .build());
        continue;
      }
      LocalDate mine = due.get(c.id());
      for (String d : c.dependsOn()) {
        LocalDate theirs = due.get(d);
        if (mine != null && theirs != null && !mine.isAfter(theirs)) {
          out.add(
              RouteDifference.builder()
                  .kind(RouteDifference.Kind.ORDER)
                  .path(path)
                  .text(
                      "The roadmap delivers "
                          + c.id()
                          + " on "
                          + mine
                          + " (milestone "
                          + by.get(c.id())
                          + "), no later than "
                          + d
                          + " it depends on ("
                          + theirs
                          + ")")
                  .build());
        }
      }
      if (mine != null && proposed.start().isPresent() && proposed.end().isPresent()) {
        if (mine.isBefore(proposed.start().get()) || mine.isAfter(proposed.end().get())) {
          out.add(
              RouteDifference.builder()
                  .kind(RouteDifference.Kind.PHASE)
                  .path(path)
                  .text(
                      "The roadmap delivers "
                          + c.id()
                          + " on "
                          + mine
                          + " (milestone "
                          + by.get(c.id())
                          + "); the proposal delivers it in phase "
                          + proposed.id()
                          + ", "
                          + proposed.start().get()
                          + " to "
                          + proposed.end().get())
                  .build());
        }
      }
    }
    Map<String, String> goalOf = new HashMap<>();
    Map<String, Optional<LocalDate>> targetDue = new HashMap<>();
    plan.crmStrategy()
        .ifPresent(
            s -> {
              for (CustomerGoal g : s.goals()) {
                for (Indicator i : g.indicators()) {
                  goalOf.putIfAbsent(i.id(), g.id());
                  targetDue.putIfAbsent(i.id(), i.target().flatMap(Target::due));
                }
              }
            });
    drivers.forEach(
        (ind, caps) -> {
          Optional<LocalDate> target = targetDue.getOrDefault(ind, Optional.empty());
          LocalDate delivered =
              caps.stream()
                  .map(due::get)
                  .filter(x -> x != null)
                  .max(LocalDate::compareTo)
                  .orElse(null);
          if (target.isPresent() && delivered != null && !target.get().isAfter(delivered)) {
            out.add(
                RouteDifference.builder()
                    .kind(RouteDifference.Kind.INDICATOR_BEFORE_CAPABILITY)
                    .path(
                        ElementPath.parse(
                            "crmStrategy.goals[" + goalOf.get(ind) + "].indicators[" + ind + "]"))
                    .text(
                        "The target of "
                            + ind
                            + " falls due on "
                            + target.get()
                            + ", no later than the roadmap delivers "
                            + String.join(", ", caps)
                            + " that drive it ("
                            + delivered
                            + "): the benefit is asked for before it can come")
                    .build());
          }
        });
    return out;
  }
}
