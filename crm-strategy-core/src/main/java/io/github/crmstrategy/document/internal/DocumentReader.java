package io.github.crmstrategy.document.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.ElementIndex;
import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.PlanValidator;
import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PlanDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a plan document in three steps: a streaming pass that indexes source locations and rejects
 * malformed or hostile input, strict binding to the model (its first error is reported, located),
 * and validation (every problem is reported, each located).
 */
public final class DocumentReader {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentReader.class);
  private static final Pattern MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");
  private static final int MAX_LISTED_KEYS = 15;

  private DocumentReader() {}

  /** Parses, binds and validates {@code content}; {@code source} names it in problems. */
  public static LoadedPlan read(String content, String source, DocumentFormat format)
      throws InvalidPlanException {
    Map<String, SourceLocation> locations;
    try {
      locations = SourceIndex.index(content, source, format);
    } catch (ProblemException e) {
      throw new InvalidPlanException(source, List.of(e.problem()));
    }
    JsonNode tree;
    try {
      tree = Mappers.mapper(format).readTree(content);
    } catch (JsonProcessingException e) {
      // The index pass accepted the same text; this is a safety net only.
      throw new InvalidPlanException(
          source, List.of(Problem.of(ElementPath.root(), e.getOriginalMessage(), "")));
    }
    if (tree == null || tree.isMissingNode()) {
      throw new InvalidPlanException(
          source,
          List.of(
              Problem.of(
                  ElementPath.root(),
                  "the document is empty",
                  "start from the reference plan northwind-telecom.yaml")));
    }
    PlanDocument plan;
    try {
      plan = Mappers.mapper(format).treeToValue(tree, PlanDocument.class);
    } catch (JsonMappingException e) {
      throw new InvalidPlanException(source, bindingProblems(e, tree, locations));
    } catch (JsonProcessingException e) {
      throw new InvalidPlanException(
          source, List.of(Problem.of(ElementPath.root(), e.getOriginalMessage(), "")));
    }
    LoadedPlan unlocated =
        new LoadedPlan(source, plan, locations, pathLocations(tree, plan, locations));
    List<Problem> problems = new ArrayList<>();
    for (Problem problem : PlanValidator.validate(plan)) {
      problems.add(
          problem.location().isPresent()
              ? problem
              : unlocated.locate(problem.path()).map(problem::at).orElse(problem));
    }
    if (!problems.isEmpty()) {
      LOG.debug("{}: {} validation problems", source, problems.size());
      throw new InvalidPlanException(source, problems);
    }
    LOG.debug("{}: read, {} elements located", source, locations.size());
    return unlocated;
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

  private static List<Problem> bindingProblems(
      JsonMappingException e, JsonNode tree, Map<String, SourceLocation> locations) {
    List<Object> steps = new ArrayList<>();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        steps.add(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        steps.add(ref.getIndex());
      }
    }
    List<Problem> problems = new ArrayList<>();
    if (e instanceof UnrecognizedPropertyException unknown) {
      String key = unknown.getPropertyName();
      List<String> known =
          unknown.getKnownPropertyIds() == null
              ? List.of()
              : unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
      String message =
          "unknown key '"
              + key
              + "'"
              + Suggestions.closest(key, known).map(s -> "; did you mean '" + s + "'?").orElse("");
      String hint =
          known.isEmpty()
              ? "remove the key"
              : known.size() <= MAX_LISTED_KEYS
                  ? "known keys here: " + String.join(", ", known)
                  : "see the plan document schema for the known keys";
      problems.add(problem(tree, steps, locations, message, hint));
    } else if (e instanceof ValueInstantiationException instantiation) {
      problems.addAll(instantiationProblems(instantiation, tree, steps, locations));
    } else if (e instanceof MismatchedInputException mismatch) {
      problems.add(mismatchProblem(mismatch, tree, steps, locations));
    } else {
      problems.add(problem(tree, steps, locations, e.getOriginalMessage(), ""));
    }
    return problems;
  }

  private static List<Problem> instantiationProblems(
      ValueInstantiationException e,
      JsonNode tree,
      List<Object> steps,
      Map<String, SourceLocation> locations) {
    Throwable cause = e.getCause();
    String causeMessage = cause == null ? "" : String.valueOf(cause.getMessage());
    Matcher missing = MISSING.matcher(causeMessage);
    if (cause instanceof IllegalStateException && missing.find()) {
      String type = humanize(missing.group(1));
      List<Problem> problems = new ArrayList<>();
      for (String attribute : missing.group(2).split(",\\s*")) {
        Problem located = problem(tree, steps, locations, "", "");
        problems.add(
            new Problem(
                located.path().field(attribute),
                "missing required key '" + attribute + "' of " + article(type) + " " + type,
                "add '" + attribute + ": ...' here",
                located.location()));
      }
      return problems;
    }
    if (cause instanceof NullPointerException) {
      String attribute = causeMessage.replace(" element", "");
      boolean element = causeMessage.endsWith(" element");
      JsonNode object = TreePaths.nodeAt(tree, steps);
      if (object != null && object.isObject() && !object.has(attribute)) {
        // Collection builders do not name the attribute: find the null in the document.
        for (Map.Entry<String, JsonNode> field : object.properties()) {
          JsonNode value = field.getValue();
          boolean nullItem = value.isArray() && hasNull(value);
          if (value.isNull() || nullItem) {
            attribute = field.getKey();
            element = nullItem;
            break;
          }
        }
      }
      Problem located = problem(tree, steps, locations, "", "");
      List<Object> keySteps = new ArrayList<>(steps);
      keySteps.add(attribute);
      Optional<SourceLocation> where =
          Optional.ofNullable(locations.get(TreePaths.pointerOf(keySteps))).or(located::location);
      return List.of(
          new Problem(
              located.path().field(attribute),
              element ? "the list contains an empty (null) item" : "the value is empty (null)",
              element
                  ? "remove the empty item or give it a value"
                  : "give '" + attribute + "' a value, or remove the key",
              where));
    }
    return List.of(problem(tree, steps, locations, causeMessage, ""));
  }

  private static boolean hasNull(JsonNode array) {
    for (JsonNode item : array) {
      if (item.isNull()) {
        return true;
      }
    }
    return false;
  }

  private static Problem mismatchProblem(
      MismatchedInputException e,
      JsonNode tree,
      List<Object> steps,
      Map<String, SourceLocation> locations) {
    Class<?> target = e.getTargetType();
    JsonNode found = TreePaths.nodeAt(tree, steps);
    if (target != null && target.isEnum()) {
      List<String> allowed = enumValues(target);
      String value =
          e instanceof InvalidFormatException invalid
              ? String.valueOf(invalid.getValue())
              : describe(found);
      List<Object> valueSteps = steps;
      if (found != null && found.isObject() && found.has(value)) {
        // An unknown map key (for example a building block name): point at the key itself.
        valueSteps = new ArrayList<>(steps);
        valueSteps.add(value);
      }
      String message =
          "'"
              + value
              + "' is not a valid "
              + humanize(target.getSimpleName())
              + Suggestions.closest(value, allowed)
                  .map(s -> "; did you mean '" + s + "'?")
                  .orElse("");
      return problem(
          tree, valueSteps, locations, message, "use one of: " + String.join(", ", allowed));
    }
    if (target == LocalDate.class) {
      return problem(
          tree,
          steps,
          locations,
          "expected a date, found " + describe(found),
          "write an ISO date YYYY-MM-DD, for example 2027-12-31");
    }
    String expected = expected(target);
    return problem(
        tree,
        steps,
        locations,
        "expected " + expected + ", found " + describe(found),
        hintFor(target));
  }

  private static Problem problem(
      JsonNode tree,
      List<Object> steps,
      Map<String, SourceLocation> locations,
      String message,
      String hint) {
    ElementPath path = TreePaths.pathOf(tree, steps);
    for (int n = steps.size(); n >= 0; n--) {
      SourceLocation location = locations.get(TreePaths.pointerOf(steps.subList(0, n)));
      if (location != null) {
        return new Problem(path, message, hint, Optional.of(location));
      }
    }
    return Problem.of(path, message, hint);
  }

  private static String expected(Class<?> target) {
    if (target == null) {
      return "a different kind of value";
    }
    if (target == int.class
        || target == Integer.class
        || target == long.class
        || target == Long.class
        || target == java.util.OptionalInt.class) {
      return "a whole number";
    }
    if (target == double.class
        || target == Double.class
        || target == float.class
        || target == java.util.OptionalDouble.class
        || Number.class.isAssignableFrom(target)) {
      return "a number";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true or false";
    }
    if (target == String.class) {
      return "text";
    }
    if (Collection.class.isAssignableFrom(target)) {
      return "a list";
    }
    return "a mapping of keys to values";
  }

  private static String hintFor(Class<?> target) {
    return switch (expected(target)) {
      case "a whole number" -> "write a whole number without quotes, for example 3";
      case "a number" -> "write a plain number without quotes, units or separators, e.g. 12.5";
      case "true or false" -> "write true or false without quotes";
      case "text" -> "write a single text value";
      case "a list" -> "write a list: [A, B] or one '- item' per line";
      case "a mapping of keys to values" -> "write 'key: value' lines indented under this key";
      default -> "";
    };
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      return "text '" + node.textValue() + "'";
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    return node.asText();
  }

  private static List<String> enumValues(Class<?> type) {
    return Arrays.stream(type.getFields())
        .filter(java.lang.reflect.Field::isEnumConstant)
        .map(
            f -> {
              JsonProperty property = f.getAnnotation(JsonProperty.class);
              return property != null ? property.value() : f.getName();
            })
        .collect(Collectors.toList());
  }

  /** {@code BuildingBlock} becomes {@code building block}. */
  private static String humanize(String typeName) {
    return typeName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }
}
