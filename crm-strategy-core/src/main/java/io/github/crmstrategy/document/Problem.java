package io.github.crmstrategy.document;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Languages;
import io.github.crmstrategy.text.Messages;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a plan document: where it is (element path and, when known, file, line and
 * column), what is wrong, and how to fix it.
 *
 * <p>The message and the hint are English. A problem may also carry a {@code key} and named {@code
 * args}: {@link #in(Locale)} then gives it in another language, from the bundle {@value #BUNDLE}
 * ({@code KEY.message}, {@code KEY.hint}); a problem without a key, or a key the language lacks,
 * stays English. An argument {@code xKind} (an element kind such as {@code CRM_TASK}) with its
 * {@code xId} gives the patterns {@code {x}} (the element as the subject of a sentence, from {@code
 * label.KIND}) and {@code {x.nom}}, {@code {x.acc}}, {@code {x.gen}} (the kind's noun in the
 * nominative, accusative and genitive, from {@code kind.KIND.nom}...).
 *
 * @param path the document path of the element (or key) at fault
 * @param message what is wrong, naming the element and the values involved (English)
 * @param hint how to fix it (English)
 * @param location the file, line and column, when known
 * @param key the problem's key in {@value #BUNDLE}, or empty
 * @param args the named values its patterns take
 */
public record Problem(
    ElementPath path,
    String message,
    String hint,
    Optional<SourceLocation> location,
    String key,
    Map<String, Object> args) {

  /** The bundle of the problems' texts in other languages than English. */
  public static final String BUNDLE = "io.github.crmstrategy.document.i18n.problems";

  /** Checks that no component is null and copies the arguments. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(key, "key");
    args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  /** A problem without a key: English only. */
  public Problem(ElementPath path, String message, String hint, Optional<SourceLocation> location) {
    this(path, message, hint, location, "", Map.of());
  }

  /** A problem with no known source location. */
  public static Problem of(ElementPath path, String message, String hint) {
    return new Problem(path, message, hint, Optional.empty());
  }

  /**
   * A problem with no known source location, keyed: {@code key} names its texts in {@value
   * #BUNDLE}, {@code args} alternate names and values.
   */
  public static Problem keyed(
      ElementPath path, String message, String hint, String key, Object... args) {
    return new Problem(path, message, hint, Optional.empty(), key, Messages.named(args));
  }

  /** This problem with {@code key} and named {@code args} (alternating names and values). */
  public Problem keyed(String key, Object... args) {
    return new Problem(path, message, hint, location, key, Messages.named(args));
  }

  /** This problem, located at {@code where}. */
  public Problem at(SourceLocation where) {
    return withLocation(Optional.of(where));
  }

  /** This problem with {@code where} as its location. */
  public Problem withLocation(Optional<SourceLocation> where) {
    return new Problem(path, message, hint, where, key, args);
  }

  /** This problem at {@code other} (a path of the document). */
  public Problem withPath(ElementPath other) {
    return new Problem(other, message, hint, location, key, args);
  }

  /**
   * This problem in {@code locale}'s language: its message and hint from {@value #BUNDLE} when it
   * has a key the language has; else itself (English).
   */
  public Problem in(Locale locale) {
    Locale language = Languages.supported(locale);
    if (key.isEmpty() || language.equals(Languages.ENGLISH)) {
      return this;
    }
    Messages texts = Messages.of(BUNDLE, language);
    Map<String, Object> named = new LinkedHashMap<>(args);
    named.putIfAbsent("path", path.toString());
    // An element kind is said in the language's words: for an argument xKind (CRM_TASK) and its
    // xId, x is the element as a subject ("Задача CRM «CT4»", label.KIND), and x.nom, x.acc, x.gen
    // the kind's noun in the nominative, accusative and genitive (kind.KIND.nom...).
    args.forEach(
        (name, value) -> {
          if (name.endsWith("Kind") && name.length() > 4) {
            String base = name.substring(0, name.length() - 4);
            String kind = String.valueOf(value);
            Object id = args.getOrDefault(base + "Id", "");
            texts
                .find("label." + kind, Map.of("id", id))
                .ifPresent(label -> named.putIfAbsent(base, label));
            for (String grammaticalCase : new String[] {"nom", "acc", "gen"}) {
              texts
                  .find("kind." + kind + "." + grammaticalCase, Map.of())
                  .ifPresent(noun -> named.putIfAbsent(base + "." + grammaticalCase, noun));
            }
          }
        });
    String m = texts.find(key + ".message", named).orElse(message);
    String h = hint.isEmpty() ? "" : texts.find(key + ".hint", named).orElse(hint);
    return new Problem(path, m, h, location, key, args);
  }

  /** {@code file:line:column: path: message (fix: hint)}; parts that are unknown are left out. */
  @Override
  public String toString() {
    return toString(Languages.ENGLISH);
  }

  /**
   * {@code file:line:column: path: message (fix: hint)} with the word for the fix in {@code
   * locale}'s language ({@code исправление} in Russian); the texts as they are (see {@link
   * #in(Locale)}).
   */
  public String toString(Locale locale) {
    StringBuilder sb = new StringBuilder();
    location.ifPresent(l -> sb.append(l).append(": "));
    if (!path.isRoot()) {
      sb.append(path).append(": ");
    }
    sb.append(message);
    if (!hint.isEmpty()) {
      sb.append(
              Languages.supported(locale).equals(Languages.RUSSIAN)
                  ? " (как исправить: "
                  : " (fix: ")
          .append(hint)
          .append(')');
    }
    return sb.toString();
  }
}
