package io.github.crmstrategy.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A text as a bundle key and the named values it is made of, so that a report can say it in either
 * language: the English text of a maturity measure, a hold or a finding is written by the code that
 * computes it, and its {@code Wording} carries the same values for a pattern of the language's
 * bundle ({@link Messages}), for example {@code measure.roles.held} with {@code count 2}, {@code
 * scope current} and {@code roles} (a list of wordings, one per role).
 *
 * <p>Values are strings, numbers, booleans, dates, other wordings, or lists of these; a renderer
 * formats numbers, joins lists and renders nested wordings in the language first, then puts them
 * into the pattern. Four keys are understood by every renderer without a pattern of their own:
 * {@value #QUOTE} (the plan's own words, argument {@code text}, quoted as the language quotes:
 * "..." or «...»), {@value #NAMED} (an element's id and its words, argument {@code id} and {@code
 * words}: {@code CG1 «...»}), {@value #TERM} (the pattern of argument {@code key} when the language
 * has one, else the text of argument {@code text}: the name of something the data defines, such as
 * a criterion's description, in the data's own words when no translation exists) and {@value #JOIN}
 * (argument {@code items} joined with argument {@code separator}).
 *
 * @param key the bundle key of the pattern
 * @param args the named values, in the order given
 */
public record Wording(String key, Map<String, Object> args) {
  /** The key of a quotation of the plan's words (argument {@code text}). */
  public static final String QUOTE = "quote";

  /** The key of a list joined with a separator (arguments {@code items}, {@code separator}). */
  public static final String JOIN = "join";

  /** The key of an element named by its id and words (arguments {@code id}, {@code words}). */
  public static final String NAMED = "named";

  /**
   * The key of a translated term with its own text as fallback (arguments {@code key}, {@code
   * text}).
   */
  public static final String TERM = "term";

  /** Copies the arguments; a list argument is copied too, and a null value is refused. */
  public Wording {
    Objects.requireNonNull(key, "key");
    Map<String, Object> copy = new LinkedHashMap<>();
    args.forEach(
        (k, v) -> {
          Objects.requireNonNull(v, () -> "argument " + k + " of " + key);
          copy.put(k, v instanceof List<?> l ? List.copyOf(l) : v);
        });
    args = Collections.unmodifiableMap(copy);
  }

  /** The wording {@code key} with alternating names and values ({@code "count", 3}). */
  public static Wording of(String key, Object... namesAndValues) {
    return new Wording(key, Messages.named(namesAndValues));
  }

  /** The plan's own words {@code text}, to be quoted as the language quotes. */
  public static Wording quote(String text) {
    return of(QUOTE, "text", text == null ? "" : text);
  }

  /**
   * An element named by its {@code id} and its own {@code words} ({@code CG1 "Keep customers"});
   * the id alone when the words are empty or the id itself.
   */
  public static Wording named(String id, String words) {
    return of(NAMED, "id", id == null ? "" : id, "words", words == null ? "" : words);
  }

  /** The pattern {@code key} of the language, else {@code text} as it is. */
  public static Wording term(String key, String text) {
    return of(TERM, "key", key, "text", text == null ? "" : text);
  }

  /** {@code items} joined with {@code separator} (a list whose items are joined otherwise). */
  public static Wording join(String separator, List<?> items) {
    return of(JOIN, "separator", separator, "items", new ArrayList<>(items));
  }

  /** This wording with one more argument (or one replaced). */
  public Wording with(String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(args);
    copy.put(name, value);
    return new Wording(key, copy);
  }
}
