package io.github.crmstrategy.document.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.ElementIndex;
import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.PlanValidator;
import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PlanDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a plan document in three steps: one streaming pass ({@link SourceIndex}) that builds the
 * tree, indexes source locations and rejects malformed or hostile input; strict binding to the
 * model; and validation. Every problem after the syntax is reported in one run: a value the binding
 * rejects (an unknown key, a value of the wrong type, a missing required key, a null) is reported,
 * located, and then taken out of a working copy of the tree (or given a placeholder of the right
 * type where the model requires one), and the binding is tried again, until the plan binds; the
 * plan is then validated, and validation problems about elements that were taken out are dropped
 * (they would only repeat what was reported).
 */
public final class DocumentReader {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentReader.class);
  private static final Pattern MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  /** Most problems listed for one document; beyond it, the rest is left for the next run. */
  static final int MAX_PROBLEMS = 100;

  /**
   * Work allowed for the binding rounds of one document, in characters bound: each round binds the
   * whole tree again, so a large document gets fewer rounds (at least {@link #MIN_ROUNDS}).
   */
  private static final long BINDING_BUDGET_CHARS = 50_000_000L;

  private static final int MIN_ROUNDS = 10;

  private static final String PLACEHOLDER = "\u2047unbound-";
  private static final Pattern PLACEHOLDER_TEXT = Pattern.compile("'?\u2047unbound-\\d+'?");

  private DocumentReader() {}

  /** Parses, binds and validates {@code content}; {@code source} names it in problems. */
  public static LoadedPlan read(String content, String source, DocumentFormat format)
      throws InvalidPlanException {
    SourceIndex.Parsed parsed;
    try {
      parsed = SourceIndex.read(DocumentText.withoutBom(content), source, format);
    } catch (ProblemException e) {
      throw new InvalidPlanException(source, List.of(e.problem()));
    }
    JsonNode tree = parsed.root();
    if (tree.isMissingNode()) {
      throw new InvalidPlanException(
          source,
          parsed.valueProblems().isEmpty()
              ? List.of(
                  new Problem(
                          ElementPath.root(),
                          "the document is empty",
                          "start from the reference plan northwind-telecom.yaml",
                          Optional.of(new SourceLocation(source, 1, 1)))
                      .keyed("document.empty"))
              : parsed.valueProblems());
    }
    Map<String, SourceLocation> locations = parsed.locations().elements();
    List<Problem> problems = new ArrayList<>(parsed.valueProblems());
    // JSON Pointers of the nodes whose problems are reported: nothing below them is reported again.
    Set<String> reported = new HashSet<>(parsed.leftOut());
    long rounds = Math.max(MIN_ROUNDS, BINDING_BUDGET_CHARS / Math.max(1, content.length()));
    Optional<PlanDocument> bound =
        bind(tree, format, locations, problems, reported, (int) Math.min(rounds, 1000));
    if (bound.isEmpty()) {
      throw new InvalidPlanException(source, inDocumentOrder(problems));
    }
    PlanDocument plan = bound.get();
    boolean repaired = !reported.isEmpty();
    LoadedPlan unlocated =
        new LoadedPlan(source, plan, locations, pathLocations(tree, plan, locations));
    for (Problem problem : PlanValidator.validate(plan)) {
      Optional<String> pointer = problem.path().jsonPointer();
      if (repaired && pointer.isPresent() && covered(reported, pointer.get())) {
        continue;
      }
      Problem p =
          repaired && pointer.isPresent()
              ? new Problem(
                  TreePaths.pathOf(tree, TreePaths.steps(pointer.get())),
                  withoutPlaceholders(problem.message()),
                  withoutPlaceholders(problem.hint()),
                  problem.location(),
                  problem.key(),
                  withoutPlaceholders(problem.args()))
              : problem;
      problems.add(
          p.location().isPresent() ? p : unlocated.locate(problem.path()).map(p::at).orElse(p));
    }
    if (!problems.isEmpty()) {
      LOG.debug("{}: {} problems", source, problems.size());
      throw new InvalidPlanException(source, repaired ? inDocumentOrder(problems) : problems);
    }
    LOG.debug("{}: read, {} elements located", source, locations.size());
    return unlocated;
  }

  /**
   * Binds {@code tree} to the model, reporting each binding error into {@code problems} and taking
   * the node at fault out of a working copy until the plan binds; empty when it cannot be made to
   * bind within {@code maxRounds} (or {@link #MAX_PROBLEMS}).
   */
  private static Optional<PlanDocument> bind(
      JsonNode tree,
      DocumentFormat format,
      Map<String, SourceLocation> locations,
      List<Problem> problems,
      Set<String> reported,
      int maxRounds) {
    JsonNode work = reported.isEmpty() ? tree : tree.deepCopy();
    // The nulls the tree holds in place of unusable list items need a placeholder first.
    for (String pointer : reported) {
      placeholderForNull(work, TreePaths.steps(pointer), reported);
    }
    Set<String> seen = new HashSet<>();
    for (int round = 0; round < maxRounds; round++) {
      try {
        return Optional.of(Mappers.mapper(format).treeToValue(work, PlanDocument.class));
      } catch (JsonMappingException e) {
        if (work == tree) {
          work = tree.deepCopy();
        }
        List<Object> steps = steps(e);
        if (!seen.add(
            e.getClass().getName() + TreePaths.pointerOf(steps) + e.getOriginalMessage())) {
          // No progress: the same error again. Report it (once) and stop.
          addAll(problems, BindingProblems.of(e, tree, locations), steps, reported);
          return Optional.empty();
        }
        addAll(problems, BindingProblems.of(e, tree, locations), steps, reported);
        if (!repair(work, e, steps, reported) || problems.size() >= MAX_PROBLEMS) {
          if (problems.size() >= MAX_PROBLEMS) {
            problems.add(stoppedAfter(problems.size(), locations));
          }
          return Optional.empty();
        }
      } catch (JsonProcessingException | IllegalArgumentException e) {
        problems.add(
            new Problem(
                    ElementPath.root(),
                    "the document cannot be read as a plan",
                    "compare it with the reference plan northwind-telecom.yaml",
                    Optional.ofNullable(locations.get("")))
                .keyed("document.notAPlan"));
        return Optional.empty();
      }
    }
    problems.add(stoppedAfter(problems.size(), locations));
    return Optional.empty();
  }

  private static Problem stoppedAfter(int count, Map<String, SourceLocation> locations) {
    return new Problem(
            ElementPath.root(),
            "the reader stopped after " + count + " problems; more may follow",
            "correct these and read the document again",
            Optional.ofNullable(locations.get("")))
        .keyed("document.stopped", "count", count);
  }

  /**
   * Adds the problems of a binding error at {@code steps}, unless a problem already reported covers
   * the node (a required key that was taken out is not reported again as missing).
   */
  private static void addAll(
      List<Problem> problems, List<Problem> found, List<Object> steps, Set<String> reported) {
    String pointer = TreePaths.pointerOf(steps);
    for (Problem p : found) {
      Optional<String> at = p.path().jsonPointer();
      if (!covered(reported, pointer) && !(at.isPresent() && covered(reported, at.get()))) {
        problems.add(p);
      }
    }
  }

  /** Whether {@code pointer} is one of {@code reported} or below one of them. */
  private static boolean covered(Set<String> reported, String pointer) {
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      if (reported.contains(p)) {
        return true;
      }
      if (p.isEmpty()) {
        return false;
      }
    }
  }

  /** The steps (field names, list positions) of a binding error's path. */
  private static List<Object> steps(JsonMappingException e) {
    List<Object> steps = new ArrayList<>();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        steps.add(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        steps.add(ref.getIndex());
      }
    }
    return steps;
  }

  /**
   * Takes the node a binding error is about out of {@code work} (or puts a placeholder of the type
   * the model requires in its place) and records it in {@code reported}; false when the error
   * cannot be repaired, so that binding must stop.
   */
  private static boolean repair(
      JsonNode work, JsonMappingException e, List<Object> steps, Set<String> reported) {
    if (e instanceof UnrecognizedPropertyException && !steps.isEmpty()) {
      reported.add(TreePaths.pointerOf(steps));
      return remove(work, steps);
    }
    if (e instanceof ValueInstantiationException instantiation) {
      Throwable cause = instantiation.getCause();
      String causeMessage = cause == null ? "" : String.valueOf(cause.getMessage());
      Matcher missing = MISSING.matcher(causeMessage);
      JsonNode object = TreePaths.nodeAt(work, steps);
      if (!(object instanceof ObjectNode owner)) {
        return false;
      }
      if (cause instanceof IllegalStateException && missing.find()) {
        boolean changed = false;
        for (String attribute : missing.group(2).split(",\\s*")) {
          List<Object> at = append(steps, attribute);
          Optional<JsonNode> placeholder =
              ModelTypes.placeholder(ModelTypes.typeAt(at), PLACEHOLDER);
          if (placeholder.isEmpty() || owner.has(attribute)) {
            return false;
          }
          owner.set(attribute, placeholder.get());
          // A placeholder date could make up a problem about its element's other dates.
          reported.add(TreePaths.pointerOf(ModelTypes.isDate(ModelTypes.typeAt(at)) ? steps : at));
          changed = true;
        }
        return changed;
      }
      if (cause instanceof NullPointerException) {
        boolean changed = false;
        for (Map.Entry<String, JsonNode> field : List.copyOf(owner.properties())) {
          List<Object> at = append(steps, field.getKey());
          JsonNode value = field.getValue();
          if (value.isNull()) {
            reported.add(TreePaths.pointerOf(at));
            owner.remove(field.getKey());
            changed = true;
          } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
              if (value.get(i).isNull()) {
                List<Object> item = append(at, i);
                reported.add(TreePaths.pointerOf(item));
                changed |= placeholderForNull(work, item, reported);
              }
            }
          }
        }
        return changed;
      }
      return false;
    }
    if (e instanceof MismatchedInputException mismatch && !steps.isEmpty()) {
      JsonNode found = TreePaths.nodeAt(work, steps);
      if (mismatch instanceof InvalidFormatException invalid
          && found != null
          && found.isObject()
          && found.has(String.valueOf(invalid.getValue()))) {
        // An unknown map key (a building block name): take out that entry.
        List<Object> key = append(steps, String.valueOf(invalid.getValue()));
        reported.add(TreePaths.pointerOf(key));
        return remove(work, key);
      }
      reported.add(TreePaths.pointerOf(steps));
      JsonNode parent = TreePaths.nodeAt(work, steps.subList(0, steps.size() - 1));
      if (parent instanceof ArrayNode) {
        return replace(work, steps);
      }
      return remove(work, steps);
    }
    return false;
  }

  /** Puts a placeholder of the model's element type in place of the null at {@code steps}. */
  private static boolean placeholderForNull(
      JsonNode work, List<Object> steps, Set<String> reported) {
    JsonNode parent =
        steps.isEmpty() ? null : TreePaths.nodeAt(work, steps.subList(0, steps.size() - 1));
    if (parent instanceof ArrayNode && TreePaths.nodeAt(work, steps) instanceof NullNode) {
      return replace(work, steps);
    }
    return false;
  }

  /** Replaces the list item at {@code steps} by a placeholder of the model's element type. */
  private static boolean replace(JsonNode work, List<Object> steps) {
    JsonNode parent = TreePaths.nodeAt(work, steps.subList(0, steps.size() - 1));
    Object last = steps.get(steps.size() - 1);
    Optional<JsonNode> placeholder = ModelTypes.placeholder(ModelTypes.typeAt(steps), PLACEHOLDER);
    if (!(parent instanceof ArrayNode array)
        || !(last instanceof Integer index)
        || placeholder.isEmpty()) {
      return false;
    }
    array.set(index, placeholder.get());
    return true;
  }

  /** Removes the field at {@code steps} from its object; false when it is not a field. */
  private static boolean remove(JsonNode work, List<Object> steps) {
    JsonNode parent = TreePaths.nodeAt(work, steps.subList(0, steps.size() - 1));
    Object last = steps.get(steps.size() - 1);
    if (parent instanceof ObjectNode object && last instanceof String field && object.has(field)) {
      object.remove(field);
      return true;
    }
    if (parent instanceof ArrayNode) {
      return replace(work, steps);
    }
    return false;
  }

  private static List<Object> append(List<Object> steps, Object step) {
    List<Object> out = new ArrayList<>(steps);
    out.add(step);
    return out;
  }

  /** {@code text} with the placeholders the reader put in for values it reported named as such. */
  private static String withoutPlaceholders(String text) {
    return PLACEHOLDER_TEXT.matcher(text).replaceAll("(unreadable, see above)");
  }

  /** {@code args} with the placeholders taken out of their texts. */
  private static java.util.Map<String, Object> withoutPlaceholders(
      java.util.Map<String, Object> args) {
    java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
    args.forEach((k, v) -> out.put(k, v instanceof String text ? withoutPlaceholders(text) : v));
    return out;
  }

  /** {@code problems} sorted by line and column (stable; unlocated ones last). */
  private static List<Problem> inDocumentOrder(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(
        Comparator.comparing(
                (Problem p) -> p.location().map(SourceLocation::line).orElse(Integer.MAX_VALUE))
            .thenComparing(p -> p.location().map(SourceLocation::column).orElse(0)));
    return sorted;
  }

  /**
   * The source location of every element and field of {@code plan}, by element path: the tree the
   * plan was bound from gives each node's path and pointer, the location index each pointer's
   * location. Nodes the plan does not hold (a null, an empty text or list) are left out, so a path
   * is located exactly when {@link ElementIndex} has it; with duplicate keys the first node wins.
   */
  private static Map<ElementPath, SourceLocation> pathLocations(
      JsonNode tree, PlanDocument plan, Map<String, SourceLocation> locations) {
    ElementIndex index = ElementIndex.of(plan);
    Map<ElementPath, SourceLocation> byPath = new HashMap<>();
    TreePaths.walk(
        tree,
        (path, pointer, node) -> {
          SourceLocation location = locations.get(pointer);
          if (location != null && !byPath.containsKey(path) && index.exists(path)) {
            byPath.put(path, location);
          }
        });
    return byPath;
  }
}
