package io.github.crmstrategy.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.crmstrategy.model.Capability;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Identified;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.Milestone;
import io.github.crmstrategy.model.Offering;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.RelationshipStrategy;
import io.github.crmstrategy.model.StrategicGoal;
import io.github.crmstrategy.model.Strategy;
import io.github.crmstrategy.model.Task;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Breaks references in a valid plan, for tests of validation and of everything that must cope with
 * invalid input. Every reference of a plan is a {@link ReferenceSite}, listed in document order;
 * breaking one replaces the id it holds and tells where the validator should report it.
 */
public final class PlanBreaker {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .registerModule(new GuavaModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT);

  private PlanBreaker() {}

  /**
   * One reference in a plan: field {@code field} of the element at {@code owner}, either a single
   * id ({@code index == -1}, as in {@code task.strategy}) or the id at {@code index} of a list (as
   * in {@code goal.supports}).
   *
   * @param owner path of the element holding the reference
   * @param field the referencing field
   * @param index position in the list, or {@code -1} for a single-valued reference
   * @param id the id it holds now
   * @param validTargets every id of the kind this reference must point to
   */
  public record ReferenceSite(
      ElementPath owner, String field, int index, String id, Set<String> validTargets) {

    /** The path the validator reports when the reference holds {@code value}. */
    public ElementPath pathWith(String value) {
      return index < 0 ? owner.field(field) : owner.element(field, value, index);
    }

    /** The path of the reference as it is. */
    public ElementPath path() {
      return pathWith(id);
    }
  }

  /**
   * A plan with broken references and the paths at which validation must report them, in document
   * order.
   *
   * @param plan the broken plan
   * @param expectedPaths where the problems are, one per broken reference
   */
  public record BrokenPlan(PlanDocument plan, List<ElementPath> expectedPaths) {}

  /** Every reference of {@code plan}, in document order. */
  public static List<ReferenceSite> referenceSites(PlanDocument plan) {
    List<ReferenceSite> sites = new ArrayList<>();
    ElementPath root = ElementPath.root();
    plan.corporatePlan()
        .ifPresent(
            c -> {
              ElementPath cp = root.field("corporatePlan");
              Set<String> swot = new LinkedHashSet<>();
              c.swot()
                  .ifPresent(
                      s -> {
                        s.strengths().forEach(x -> swot.add(x.id()));
                        s.weaknesses().forEach(x -> swot.add(x.id()));
                        s.opportunities().forEach(x -> swot.add(x.id()));
                        s.threats().forEach(x -> swot.add(x.id()));
                      });
              Set<String> goals = ids(c.goals());
              Set<String> strategies = ids(c.strategies());
              for (int i = 0; i < c.goals().size(); i++) {
                StrategicGoal g = c.goals().get(i);
                list(sites, cp.element("goals", g.id(), i), "swot", g.swot(), swot);
              }
              for (int i = 0; i < c.strategies().size(); i++) {
                Strategy s = c.strategies().get(i);
                list(sites, cp.element("strategies", s.id(), i), "goals", s.goals(), goals);
              }
              tasks(sites, cp, c.tasks(), strategies);
            });
    Set<String> corporateGoals = plan.corporatePlan().map(c -> ids(c.goals())).orElse(Set.of());
    Set<String> corporateStrategies =
        plan.corporatePlan().map(c -> ids(c.strategies())).orElse(Set.of());
    Set<String> crmTasks = plan.crmStrategy().map(c -> ids(c.tasks())).orElse(Set.of());
    plan.crmStrategy()
        .ifPresent(
            c -> {
              ElementPath cs = root.field("crmStrategy");
              c.strategy()
                  .ifPresent(
                      s ->
                          sites.add(new ReferenceSite(cs, "strategy", -1, s, corporateStrategies)));
              Set<String> segments = c.customerBase().map(b -> ids(b.segments())).orElse(Set.of());
              for (int i = 0; i < c.goals().size(); i++) {
                CustomerGoal g = c.goals().get(i);
                list(
                    sites,
                    cs.element("goals", g.id(), i),
                    "supports",
                    g.supports(),
                    corporateGoals);
              }
              Set<String> crmGoals = ids(c.goals());
              for (int i = 0; i < c.relationshipStrategies().size(); i++) {
                RelationshipStrategy rs = c.relationshipStrategies().get(i);
                ElementPath rp = cs.element("relationshipStrategies", rs.id(), i);
                list(sites, rp, "goals", rs.goals(), crmGoals);
                list(sites, rp, "segments", rs.segments(), segments);
              }
              tasks(sites, cs, c.tasks(), ids(c.relationshipStrategies()));
              c.customerBase()
                  .ifPresent(
                      b -> {
                        for (int i = 0; i < b.offerings().size(); i++) {
                          Offering o = b.offerings().get(i);
                          ElementPath op =
                              cs.field("customerBase")
                                  .element("offerings", o.product().orElse(String.valueOf(i)), i);
                          o.segment()
                              .ifPresent(
                                  s ->
                                      sites.add(new ReferenceSite(op, "segment", -1, s, segments)));
                        }
                      });
            });
    Set<String> capabilities = plan.crmConcept().map(c -> ids(c.capabilities())).orElse(Set.of());
    plan.crmConcept()
        .ifPresent(
            c -> {
              ElementPath cc = root.field("crmConcept");
              Set<String> phases = ids(c.phases());
              for (int i = 0; i < c.capabilities().size(); i++) {
                Capability cap = c.capabilities().get(i);
                ElementPath p = cc.element("capabilities", cap.id(), i);
                list(sites, p, "realizes", cap.realizes(), crmTasks);
                cap.phase()
                    .ifPresent(ph -> sites.add(new ReferenceSite(p, "phase", -1, ph, phases)));
              }
            });
    plan.roadmap()
        .ifPresent(
            r -> {
              for (int i = 0; i < r.milestones().size(); i++) {
                Milestone m = r.milestones().get(i);
                list(
                    sites,
                    root.field("roadmap").element("milestones", m.id(), i),
                    "delivers",
                    m.delivers(),
                    capabilities);
              }
            });
    return sites;
  }

  /** Every id defined in {@code plan}, in document order. */
  public static List<String> ids(PlanDocument plan) {
    List<String> ids = new ArrayList<>();
    Function<List<? extends Identified>, Boolean> add =
        list -> ids.addAll(list.stream().map(Identified::id).collect(Collectors.toList()));
    plan.corporatePlan()
        .ifPresent(
            c -> {
              add.apply(c.environment());
              c.swot()
                  .ifPresent(
                      s -> {
                        add.apply(s.strengths());
                        add.apply(s.weaknesses());
                        add.apply(s.opportunities());
                        add.apply(s.threats());
                      });
              c.goals().forEach(g -> indicatorIds(ids, g.id(), g.indicators()));
              add.apply(c.strategies());
              add.apply(c.tasks());
            });
    plan.crmStrategy()
        .ifPresent(
            c -> {
              c.goals().forEach(g -> indicatorIds(ids, g.id(), g.indicators()));
              add.apply(c.relationshipStrategies());
              add.apply(c.tasks());
              c.customerBase().ifPresent(b -> add.apply(b.segments()));
            });
    plan.crmConcept()
        .ifPresent(
            c -> {
              add.apply(c.capabilities());
              add.apply(c.phases());
            });
    plan.roadmap().ifPresent(r -> add.apply(r.milestones()));
    return ids;
  }

  /**
   * {@code plan} with the reference at {@code site} replaced by {@code replacement}; the expected
   * path is where validation reports it.
   */
  public static BrokenPlan breakReference(
      PlanDocument plan, ReferenceSite site, String replacement) {
    JsonNode tree = MAPPER.valueToTree(plan);
    String pointer =
        site.owner()
            .jsonPointer()
            .orElseThrow(
                () -> new IllegalArgumentException("Reference site without positions: " + site));
    JsonNode owner = tree.at(pointer);
    if (site.index() < 0) {
      ((ObjectNode) owner).put(site.field(), replacement);
    } else {
      ((ArrayNode) owner.get(site.field())).set(site.index(), TextNode.valueOf(replacement));
    }
    try {
      PlanDocument broken = MAPPER.treeToValue(tree, PlanDocument.class);
      return new BrokenPlan(broken, List.of(site.pathWith(replacement)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Cannot rebuild the plan after breaking " + site, e);
    }
  }

  /**
   * {@code plan} with the references at {@code sites} (distinct, in document order) pointing to ids
   * that do not exist ({@code MISSING-1}, {@code MISSING-2}...).
   */
  public static BrokenPlan breakReferences(PlanDocument plan, List<ReferenceSite> sites) {
    PlanDocument current = plan;
    List<ElementPath> paths = new ArrayList<>();
    for (int i = 0; i < sites.size(); i++) {
      BrokenPlan step = breakReference(current, sites.get(i), "MISSING-" + (i + 1));
      current = step.plan();
      paths.addAll(step.expectedPaths());
    }
    return new BrokenPlan(current, List.copyOf(paths));
  }

  private static void indicatorIds(List<String> ids, String goal, List<Indicator> indicators) {
    ids.add(goal);
    indicators.forEach(i -> ids.add(i.id()));
  }

  private static Set<String> ids(List<? extends Identified> elements) {
    return elements.stream()
        .map(Identified::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static void list(
      List<ReferenceSite> sites,
      ElementPath owner,
      String field,
      List<String> ids,
      Set<String> targets) {
    for (int i = 0; i < ids.size(); i++) {
      sites.add(new ReferenceSite(owner, field, i, ids.get(i), targets));
    }
  }

  private static void tasks(
      List<ReferenceSite> sites, ElementPath parent, List<Task> tasks, Set<String> strategies) {
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      ElementPath tp = parent.element("tasks", t.id(), i);
      t.strategy().ifPresent(s -> sites.add(new ReferenceSite(tp, "strategy", -1, s, strategies)));
    }
  }
}
