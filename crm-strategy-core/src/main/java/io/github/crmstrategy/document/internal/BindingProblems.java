package io.github.crmstrategy.document.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Suggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binding errors of a document's tree (Jackson's {@link JsonMappingException}s) as problems in the
 * document's own terms: the key, the value found, what was expected and how to write it, located at
 * the node; never Jackson's or the model's class names. Plan documents and data files (a profile's
 * tables, baselines) share it.
 */
public final class BindingProblems {
  private static final Pattern MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");
  private static final int MAX_LISTED_KEYS = 15;

  private BindingProblems() {}

  /**
   * The problems of {@code e}, raised binding {@code tree}, located by {@code locations} (JSON
   * Pointer to location).
   */
  public static List<Problem> of(
      JsonMappingException e, JsonNode tree, Map<String, SourceLocation> locations) {
    return bindingProblems(e, tree, locations);
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
      Optional<String> near = Suggestions.closest(key, known);
      String message =
          "unknown key '" + key + "'" + near.map(s -> "; did you mean '" + s + "'?").orElse("");
      String form =
          known.isEmpty() ? ".none" : known.size() <= MAX_LISTED_KEYS ? ".listed" : ".schema";
      String hint =
          known.isEmpty()
              ? "remove the key"
              : known.size() <= MAX_LISTED_KEYS
                  ? "known keys here: " + String.join(", ", known)
                  : "see the plan document schema for the known keys";
      problems.add(
          problem(tree, steps, locations, message, hint)
              .keyed(
                  "key.unknown" + (near.isPresent() ? ".near" : "") + form,
                  "key",
                  key,
                  "near",
                  near.orElse(""),
                  "known",
                  String.join(", ", known)));
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
                    located.location())
                .keyed("key.missing", "key", attribute, "type", type));
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
      JsonNode list = object == null ? null : object.get(attribute);
      if (element && list != null && list.isArray()) {
        // Point at the empty item itself, not at the list.
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i).isNull()) {
            keySteps.add(i);
            where =
                Optional.ofNullable(locations.get(TreePaths.pointerOf(keySteps)))
                    .or(() -> located.location());
            break;
          }
        }
      }
      return List.of(
          new Problem(
                  located.path().field(attribute),
                  element ? "the list contains an empty (null) item" : "the value is empty (null)",
                  element
                      ? "remove the empty item or give it a value"
                      : "give '" + attribute + "' a value, or remove the key",
                  where)
              .keyed(element ? "null.item" : "null.value", "key", attribute));
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
      Optional<String> near = Suggestions.closest(value, allowed);
      String message =
          "'"
              + value
              + "' is not a valid "
              + humanize(target.getSimpleName())
              + near.map(s -> "; did you mean '" + s + "'?").orElse("");
      return problem(
              tree, valueSteps, locations, message, "use one of: " + String.join(", ", allowed))
          .keyed(
              near.isPresent() ? "value.notAllowed.near" : "value.notAllowed",
              "value",
              value,
              "type",
              target.getSimpleName(),
              "near",
              near.orElse(""),
              "allowed",
              String.join(", ", allowed));
    }
    if (target == LocalDate.class) {
      return problem(
              tree,
              steps,
              locations,
              "expected a date, found " + describe(found),
              "write an ISO date YYYY-MM-DD, for example 2027-12-31")
          .keyed("expected.date", foundArgs(found));
    }
    String expected = expected(target);
    Object[] args = foundArgs(found);
    Object[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "expected";
    all[args.length + 1] = expectedId(target);
    return problem(
            tree,
            steps,
            locations,
            "expected " + expected + ", found " + describe(found),
            hintFor(target))
        .keyed("expected.value", all);
  }

  /** What was found, as arguments: {@code found} (its kind) and {@code text}. */
  private static Object[] foundArgs(JsonNode node) {
    String kind;
    String text = "";
    if (node == null || node.isMissingNode()) {
      kind = "nothing";
    } else if (node.isNull()) {
      kind = "null";
    } else if (node.isTextual()) {
      kind = "text";
      text = node.textValue();
    } else if (node.isNumber()) {
      kind = "number";
      text = node.asText();
    } else if (node.isBoolean()) {
      kind = "boolean";
      text = node.asText();
    } else if (node.isArray()) {
      kind = "list";
    } else if (node.isObject()) {
      kind = "mapping";
    } else {
      kind = "other";
      text = node.asText();
    }
    return new Object[] {"found", kind, "text", text};
  }

  /**
   * The kind of value {@code target} takes, as an argument: {@code wholeNumber}, {@code list}...
   */
  private static String expectedId(Class<?> target) {
    return switch (expected(target)) {
      case "a whole number" -> "wholeNumber";
      case "a number" -> "number";
      case "true or false" -> "boolean";
      case "text" -> "text";
      case "a list" -> "list";
      case "a mapping of keys to values" -> "mapping";
      default -> "other";
    };
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
