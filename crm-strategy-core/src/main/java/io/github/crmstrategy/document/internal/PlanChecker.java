package io.github.crmstrategy.document.internal;

import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.model.Baseline;
import io.github.crmstrategy.model.Benchmark;
import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.Capability;
import io.github.crmstrategy.model.Competitor;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CurrentAsset;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Horizon;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.MeasuredGoal;
import io.github.crmstrategy.model.Milestone;
import io.github.crmstrategy.model.Observation;
import io.github.crmstrategy.model.Offering;
import io.github.crmstrategy.model.Organization;
import io.github.crmstrategy.model.PeerProfile;
import io.github.crmstrategy.model.Phase;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.PlanVisitor;
import io.github.crmstrategy.model.PlanWalker;
import io.github.crmstrategy.model.PriorInitiative;
import io.github.crmstrategy.model.RelationshipStrategy;
import io.github.crmstrategy.model.Segment;
import io.github.crmstrategy.model.Statement;
import io.github.crmstrategy.model.StrategicGoal;
import io.github.crmstrategy.model.Strategy;
import io.github.crmstrategy.model.Target;
import io.github.crmstrategy.model.Task;
import io.github.crmstrategy.text.Suggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects every problem that makes a plan meaningless: duplicate or empty ids, dangling or
 * wrong-kind references, impossible dates and impossible numbers. A {@link PlanVisitor}: the plan
 * is walked by {@link PlanWalker}, so problems come in document order and name the paths the walker
 * builds.
 *
 * <p>The walk runs twice: the first run only indexes the ids (so references may point forward), the
 * second reports. Everything a later rule can judge (missing owners, targets, links...) is
 * deliberately accepted.
 */
public final class PlanChecker implements PlanVisitor {
  private static final int MIN_MATURITY = 1;
  private static final int MAX_MATURITY = 5;
  private static final int MAX_LISTED_IDS = 5;

  /**
   * Largest magnitude of a measured value: above any real amount in any currency unit, and low
   * enough that the rules' arithmetic (differences, yearly rates) stays finite.
   */
  static final double MAX_MAGNITUDE = 1e18;

  private static final ElementPath CORPORATE_PLAN = ElementPath.root().field("corporatePlan");

  private final Map<String, List<Occurrence>> byId = new HashMap<>();
  private final Map<ElementKind, List<String>> idsByKind = new EnumMap<>(ElementKind.class);
  private final Map<String, Occurrence> seen = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> reusableResults = new LinkedHashSet<>();
  private boolean indexing;

  /** Where an id is defined. */
  private record Occurrence(ElementKind kind, ElementPath path) {}

  private PlanChecker() {}

  /** Every problem of {@code plan}, in document order. */
  public static List<Problem> check(PlanDocument plan) {
    PlanChecker checker = new PlanChecker();
    checker.indexing = true;
    PlanWalker.walk(plan, checker);
    checker.indexing = false;
    PlanWalker.walk(plan, checker);
    return List.copyOf(checker.problems);
  }

  @Override
  public void plan(PlanDocument plan, ElementPath path) {
    if (plan.formatVersion() != PlanDocument.CURRENT_FORMAT_VERSION) {
      report(
          path.field("formatVersion"),
          "Format version " + plan.formatVersion() + " is not supported",
          "Set formatVersion to " + PlanDocument.CURRENT_FORMAT_VERSION + ", the supported version",
          "formatVersion",
          "version",
          plan.formatVersion(),
          "current",
          PlanDocument.CURRENT_FORMAT_VERSION);
    }
  }

  @Override
  public void organization(Organization org, ElementPath path) {
    if (org.name().isBlank()) {
      report(
          path.field("name"),
          "The organization name is blank",
          "Write the company name",
          "organization.blank");
    }
    if (org.employees().isPresent() && org.employees().getAsInt() < 0) {
      report(
          path.field("employees"),
          "Organization '"
              + org.name()
              + "' has "
              + org.employees().getAsInt()
              + " employees; the number cannot be negative",
          "Write the number of employees (0 or more), or leave it out",
          "organization.employees",
          "name",
          org.name(),
          "employees",
          org.employees().getAsInt());
    }
  }

  @Override
  public void horizon(Horizon horizon, ElementPath path) {
    endNotBeforeStart(
        path, new Owner("HORIZON", "", "The horizon"), horizon.start(), horizon.end());
  }

  private void endNotBeforeStart(
      ElementPath path, Owner what, Optional<LocalDate> start, Optional<LocalDate> end) {
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      report(
          path.field("end"),
          what.english() + " ends on " + end.get() + ", before it starts on " + start.get(),
          "Set the end on or after the start (were the two dates swapped?)",
          "endBeforeStart",
          "whatKind",
          what.kind(),
          "whatId",
          what.id(),
          "end",
          end.get(),
          "start",
          start.get());
    }
  }

  @Override
  public void environmentStatement(Statement statement, ElementPath path) {
    identified(ElementKind.ENVIRONMENT_STATEMENT, statement.id(), path);
  }

  @Override
  public void swotItem(Statement item, ElementPath path) {
    identified(ElementKind.SWOT_ITEM, item.id(), path);
  }

  @Override
  public void strategicGoal(StrategicGoal goal, ElementPath path) {
    identified(ElementKind.CORPORATE_GOAL, goal.id(), path);
  }

  @Override
  public void strategy(Strategy strategy, ElementPath path) {
    identified(ElementKind.CORPORATE_STRATEGY, strategy.id(), path);
  }

  @Override
  public void corporateTask(Task task, ElementPath path) {
    identified(ElementKind.CORPORATE_TASK, task.id(), path);
  }

  @Override
  public void customerGoal(CustomerGoal goal, ElementPath path) {
    identified(ElementKind.CRM_GOAL, goal.id(), path);
  }

  @Override
  public void relationshipStrategy(RelationshipStrategy strategy, ElementPath path) {
    identified(ElementKind.RELATIONSHIP_STRATEGY, strategy.id(), path);
  }

  @Override
  public void crmTask(Task task, ElementPath path) {
    identified(ElementKind.CRM_TASK, task.id(), path);
  }

  @Override
  public void segment(Segment segment, ElementPath path) {
    identified(ElementKind.SEGMENT, segment.id(), path);
  }

  @Override
  public void capability(Capability capability, ElementPath path) {
    identified(ElementKind.CAPABILITY, capability.id(), path);
  }

  @Override
  public void phase(Phase phase, ElementPath path) {
    identified(ElementKind.PHASE, phase.id(), path);
    endNotBeforeStart(
        path,
        new Owner("PHASE", phase.id(), "Phase '" + phase.id() + "'"),
        phase.start(),
        phase.end());
  }

  @Override
  public void milestone(Milestone milestone, ElementPath path) {
    identified(ElementKind.MILESTONE, milestone.id(), path);
  }

  @Override
  public void competitor(Competitor competitor, ElementPath path) {
    competitor.id().ifPresent(id -> identified(ElementKind.COMPETITOR, id, path));
  }

  @Override
  public void priorInitiative(PriorInitiative initiative, ElementPath path) {
    initiative.id().ifPresent(id -> identified(ElementKind.PRIOR_INITIATIVE, id, path));
    if (indexing) {
      initiative.reusable().forEach(r -> reusableResults.add(r.strip()));
    }
  }

  @Override
  public void currentAsset(CurrentAsset asset, String list, ElementPath path) {
    identified(
        switch (list) {
          case "systems" -> ElementKind.SYSTEM;
          case "data" -> ElementKind.DATA_STORE;
          default -> ElementKind.PRACTICE;
        },
        asset.id(),
        path);
  }

  @Override
  public void reference(Object owner, String field, String id, ElementPath path) {
    if (field.equals("addresses")) {
      addressed(path, ownerLabel(owner, path), id);
      return;
    }
    if (field.equals("reuses")) {
      reused(path, ownerLabel(owner, path), id);
      return;
    }
    if (owner instanceof StrategicGoal goal) {
      reference(path, owner(ElementKind.CORPORATE_GOAL, goal.id()), id, ElementKind.SWOT_ITEM);
    } else if (owner instanceof Strategy strategy) {
      reference(
          path,
          owner(ElementKind.CORPORATE_STRATEGY, strategy.id()),
          id,
          ElementKind.CORPORATE_GOAL);
    } else if (owner instanceof Task task) {
      boolean corporate = CORPORATE_PLAN.contains(path);
      reference(
          path,
          owner(corporate ? ElementKind.CORPORATE_TASK : ElementKind.CRM_TASK, task.id()),
          id,
          corporate ? ElementKind.CORPORATE_STRATEGY : ElementKind.RELATIONSHIP_STRATEGY);
    } else if (owner instanceof CrmStrategy) {
      reference(
          path,
          new Owner("CRM_STRATEGY", "", "The CRM strategy"),
          id,
          ElementKind.CORPORATE_STRATEGY);
    } else if (owner instanceof CustomerGoal goal) {
      reference(path, owner(ElementKind.CRM_GOAL, goal.id()), id, ElementKind.CORPORATE_GOAL);
    } else if (owner instanceof RelationshipStrategy strategy) {
      reference(
          path,
          owner(ElementKind.RELATIONSHIP_STRATEGY, strategy.id()),
          id,
          field.equals("segments") ? ElementKind.SEGMENT : ElementKind.CRM_GOAL);
    } else if (owner instanceof Offering offering) {
      int position = path.parent().orElseThrow().index().orElse(0);
      Owner label =
          offering
              .product()
              .map(p -> new Owner("OFFERING", p, "Offering '" + p + "'"))
              .orElse(
                  new Owner(
                      "OFFERING_AT", String.valueOf(position + 1), "Offering " + (position + 1)));
      reference(path, label, id, ElementKind.SEGMENT);
    } else if (owner instanceof Capability capability) {
      Owner label = owner(ElementKind.CAPABILITY, capability.id());
      switch (field) {
        case "phase" -> reference(path, label, id, ElementKind.PHASE);
        case "dependsOn" -> {
          if (id.equals(capability.id())) {
            report(
                path,
                label.english() + " depends on itself",
                "Remove the entry: dependsOn names the capabilities that must be live before this"
                    + " one",
                "dependsOnItself",
                "ownerKind",
                label.kind(),
                "ownerId",
                label.id());
          } else {
            reference(path, label, id, ElementKind.CAPABILITY);
          }
        }
        case "drives" -> reference(path, label, id, ElementKind.INDICATOR);
        default -> reference(path, label, id, ElementKind.CRM_TASK);
      }
    } else if (owner instanceof Milestone milestone) {
      reference(path, owner(ElementKind.MILESTONE, milestone.id()), id, ElementKind.CAPABILITY);
    }
  }

  @Override
  public void selfAssessment(BuildingBlock block, int level, ElementPath path) {
    maturity(path, block, level, "Self-assessed maturity", "");
  }

  @Override
  public void peerMaturity(PeerProfile peer, BuildingBlock block, int level, ElementPath path) {
    maturity(path, block, level, "Maturity of peer '" + peer.name() + "'", peer.name());
  }

  private void maturity(
      ElementPath path, BuildingBlock block, int level, String what, String peer) {
    if (level < MIN_MATURITY || level > MAX_MATURITY) {
      report(
          path,
          what
              + " for building block '"
              + block.id()
              + "' is "
              + level
              + ", outside "
              + MIN_MATURITY
              + ".."
              + MAX_MATURITY,
          "Use a level from 1 (initial) to 5 (optimising)",
          peer.isEmpty() ? "maturity.self" : "maturity.peer",
          "peer",
          peer,
          "block",
          block.id(),
          "level",
          level,
          "min",
          MIN_MATURITY,
          "max",
          MAX_MATURITY);
    }
  }

  @Override
  public void indicator(Indicator indicator, MeasuredGoal goal, ElementPath path) {
    identified(ElementKind.INDICATOR, indicator.id(), path);
  }

  @Override
  public void baseline(Baseline baseline, Indicator indicator, ElementPath path) {
    finite(
        path.field("value"),
        "Baseline value" + of(indicator),
        baseline.value(),
        "baseline",
        indicator,
        null);
  }

  @Override
  public void target(Target target, Indicator indicator, ElementPath path) {
    finite(
        path.field("value"),
        "Target value" + of(indicator),
        target.value(),
        "target",
        indicator,
        null);
  }

  @Override
  public void observation(Observation o, Indicator indicator, ElementPath path) {
    Optional<LocalDate> baselineDate = indicator.baseline().flatMap(b -> b.asOf());
    if (baselineDate.isPresent() && o.asOf().isAfter(baselineDate.get())) {
      report(
          path,
          "History value"
              + of(indicator)
              + " is dated "
              + o.asOf()
              + ", after its baseline as of "
              + baselineDate.get(),
          "History holds measurements taken before the baseline: correct the date, or make"
              + " the newer value the baseline",
          "historyAfterBaseline",
          "indicator",
          indicator.id(),
          "asOf",
          o.asOf(),
          "baseline",
          baselineDate.get());
    }
    finite(
        path.field("value"),
        "History value" + of(indicator) + " as of " + o.asOf(),
        o.value(),
        "history",
        indicator,
        o.asOf());
  }

  @Override
  public void benchmark(Benchmark benchmark, Indicator indicator, ElementPath path) {
    if (benchmark.peerMedian().isPresent()) {
      finite(
          path.field("peerMedian"),
          "Benchmark peer median" + of(indicator),
          benchmark.peerMedian().getAsDouble(),
          "peerMedian",
          indicator,
          null);
    }
    if (benchmark.topQuartile().isPresent()) {
      finite(
          path.field("topQuartile"),
          "Benchmark top quartile" + of(indicator),
          benchmark.topQuartile().getAsDouble(),
          "topQuartile",
          indicator,
          null);
    }
  }

  private static String of(Indicator indicator) {
    return " of indicator '" + indicator.id() + "'";
  }

  /**
   * {@code value}, the {@code which} value ({@code baseline}, {@code target}, {@code history},
   * {@code peerMedian}, {@code topQuartile}) of {@code indicator}, is finite and within the limit.
   */
  private void finite(
      ElementPath path,
      String what,
      double value,
      String which,
      Indicator indicator,
      LocalDate asOf) {
    Object[] args = {
      "which", which, "indicator", indicator.id(), "asOf", asOf == null ? "" : asOf, "value", value
    };
    if (!Double.isFinite(value)) {
      report(
          path,
          what + " is " + value + ", not a finite number",
          "Write a finite number",
          "value.notFinite",
          args);
    } else if (Math.abs(value) > MAX_MAGNITUDE) {
      report(
          path,
          what + " is " + value + ", beyond the largest size a plan value may have (1e18)",
          "Write the value in a larger unit (thousands, millions) and name it in the"
              + " indicator's unit",
          "value.tooLarge",
          args);
    }
  }

  /** The kinds an {@code addresses} entry may name. */
  private static final List<ElementKind> ADDRESSABLE =
      List.of(
          ElementKind.ENVIRONMENT_STATEMENT,
          ElementKind.SWOT_ITEM,
          ElementKind.COMPETITOR,
          ElementKind.PRIOR_INITIATIVE);

  private static Owner ownerLabel(Object owner, ElementPath path) {
    if (owner instanceof Strategy s) {
      return owner(ElementKind.CORPORATE_STRATEGY, s.id());
    }
    if (owner instanceof RelationshipStrategy s) {
      return owner(ElementKind.RELATIONSHIP_STRATEGY, s.id());
    }
    if (owner instanceof Capability c) {
      return owner(ElementKind.CAPABILITY, c.id());
    }
    Task task = (Task) owner;
    return owner(
        CORPORATE_PLAN.contains(path) ? ElementKind.CORPORATE_TASK : ElementKind.CRM_TASK,
        task.id());
  }

  /** An {@code addresses} entry: an environment statement, SWOT item, competitor or initiative. */
  private void addressed(ElementPath path, Owner owner, String id) {
    if (indexing) {
      return;
    }
    List<Occurrence> targets = id.isBlank() ? List.of() : byId.getOrDefault(id, List.of());
    if (targets.stream().anyMatch(t -> ADDRESSABLE.contains(t.kind()))) {
      return;
    }
    List<String> candidates = new ArrayList<>();
    ADDRESSABLE.forEach(k -> candidates.addAll(idsByKind.getOrDefault(k, List.of())));
    String what = "an environment statement, SWOT item, competitor or prior initiative";
    String message =
        targets.isEmpty()
            ? owner.english() + " addresses '" + id + "', which does not exist"
            : owner.english()
                + " addresses '"
                + id
                + "', "
                + targets.get(0).kind().withArticle()
                + " ("
                + targets.get(0).path()
                + "); addresses names "
                + what;
    Optional<String> near = closest(id, candidates);
    String hint =
        near.map(c -> "Refer to " + what + ": did you mean '" + c + "'?")
            .orElse(
                "Refer to the id of "
                    + what
                    + " (give competitors and prior initiatives an id to refer to them)");
    report(
        path,
        message,
        hint,
        targets.isEmpty()
            ? (near.isPresent() ? "addresses.missing.near" : "addresses.missing")
            : (near.isPresent() ? "addresses.wrongKind.near" : "addresses.wrongKind"),
        "ownerKind",
        owner.kind(),
        "ownerId",
        owner.id(),
        "id",
        id,
        "targetKind",
        targets.isEmpty() ? "" : targets.get(0).kind().name(),
        "target",
        targets.isEmpty() ? "" : targets.get(0).path(),
        "near",
        near.orElse(""));
  }

  /** A {@code reuses} entry: the text of a prior initiative's reusable result. */
  private void reused(ElementPath path, Owner owner, String text) {
    if (indexing || reusableResults.contains(text.strip())) {
      return;
    }
    List<String> candidates = List.copyOf(reusableResults);
    Optional<String> near = candidates.isEmpty() ? Optional.empty() : closest(text, candidates);
    String listed =
        candidates.stream().limit(MAX_LISTED_IDS).collect(Collectors.joining(", "))
            + (candidates.size() > MAX_LISTED_IDS ? ", ..." : "");
    String hint =
        candidates.isEmpty()
            ? "List the result under a prior initiative's reusable results"
                + " (currentState.priorInitiatives[...].reusable), or remove the entry"
            : closest(text, candidates)
                .map(
                    c ->
                        "Write the result as the prior initiative lists it: did you mean '"
                            + c
                            + "'?")
                .orElse(
                    "Write one of the prior initiatives' reusable results: "
                        + candidates.stream()
                            .limit(MAX_LISTED_IDS)
                            .collect(Collectors.joining(", "))
                        + (candidates.size() > MAX_LISTED_IDS ? ", ..." : ""));
    report(
        path,
        owner.english()
            + " reuses '"
            + text
            + "', which no prior initiative lists as a reusable result",
        hint,
        candidates.isEmpty()
            ? "reuses.noResults"
            : near.isPresent() ? "reuses.near" : "reuses.listed",
        "ownerKind",
        owner.kind(),
        "ownerId",
        owner.id(),
        "text",
        text,
        "near",
        near.orElse(""),
        "listed",
        listed);
  }

  /**
   * The element a problem is about: its kind ({@link ElementKind} name, or {@code HORIZON}, {@code
   * CRM_STRATEGY}, {@code OFFERING}, {@code OFFERING_AT}), its id, and how English names it.
   */
  private record Owner(String kind, String id, String english) {}

  private static Owner owner(ElementKind kind, String id) {
    String label = kind.label();
    return new Owner(
        kind.name(),
        id,
        Character.toUpperCase(label.charAt(0)) + label.substring(1) + " '" + id + "'");
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
          "Give it a non-empty id that is unique in the document",
          "id.empty",
          "elementKind",
          kind.name());
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
              + " of the two (and the references to it)",
          first.path().equals(path) ? "id.duplicate.sameList" : "id.duplicate",
          "id",
          id,
          "elementKind",
          kind.name(),
          "firstKind",
          first.kind().name(),
          "first",
          first.path());
    }
  }

  private void reference(ElementPath path, Owner owner, String id, ElementKind expected) {
    if (indexing) {
      return;
    }
    List<Occurrence> targets = id.isBlank() ? List.of() : byId.getOrDefault(id, List.of());
    if (targets.stream().anyMatch(t -> t.kind() == expected)) {
      // Resolves; a duplicate id of another kind is reported once, where it is defined.
      return;
    }
    List<String> candidates = idsByKind.getOrDefault(expected, List.of());
    Optional<String> near = closest(id, candidates);
    String listed =
        candidates.stream().limit(MAX_LISTED_IDS).collect(Collectors.joining(", "))
            + (candidates.size() > MAX_LISTED_IDS ? ", ..." : "");
    // The hint's form: a near id, none of the kind at all, or the ids there are.
    String form = near.isPresent() ? ".near" : candidates.isEmpty() ? ".none" : ".listed";
    Object[] args = {
      "ownerKind",
      owner.kind(),
      "ownerId",
      owner.id(),
      "id",
      id,
      "expectedKind",
      expected.name(),
      "targetKind",
      targets.isEmpty() ? "" : targets.get(0).kind().name(),
      "target",
      targets.isEmpty() ? "" : targets.get(0).path(),
      "near",
      near.orElse(""),
      "listed",
      listed
    };
    if (targets.isEmpty()) {
      report(
          path,
          owner.english()
              + " refers to "
              + expected.label()
              + " '"
              + id
              + "', which does not exist",
          danglingHint(id, expected),
          "reference.missing" + form,
          args);
    } else {
      Occurrence target = targets.get(0);
      report(
          path,
          owner.english()
              + " refers to '"
              + id
              + "' as "
              + expected.withArticle()
              + ", but it is "
              + target.kind().withArticle()
              + " ("
              + target.path()
              + ")",
          danglingHint(id, expected),
          "reference.wrongKind" + form,
          args);
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

  /**
   * A problem at {@code path}: the English {@code message} and {@code hint}, and its {@code key} in
   * the problems bundle with named arguments (alternating names and values) for the other
   * languages.
   */
  private void report(ElementPath path, String message, String hint, String key, Object... args) {
    if (!indexing) {
      problems.add(Problem.keyed(path, message, hint, key, args));
    }
  }
}
