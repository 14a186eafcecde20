package io.github.crmstrategy.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The texts of one resource bundle in one language: UTF-8 {@code .properties} files ({@code
 * name.properties} in English, {@code name_ru.properties} in Russian), whose values are {@link
 * MessagePattern} patterns with named arguments. A key the chosen language lacks falls back to the
 * English file, never to the platform's locale; a key neither has is returned as itself, so that a
 * gap shows in the output instead of failing (a test keeps the bundles complete).
 *
 * <pre>{@code
 * Messages m = Messages.of("io.github.crmstrategy.report.i18n.report", Languages.RUSSIAN);
 * m.get("findings.count", "count", 3); // "Замечаний: 3"
 * }</pre>
 */
public final class Messages {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /**
   * The bundle {@code baseName} (a class-path name with dots, as {@link ResourceBundle} takes it)
   * in {@code locale}'s language, loaded with {@code loader}.
   *
   * @throws MissingResourceException when not even the English file exists
   */
  public static Messages of(String baseName, Locale locale, ClassLoader loader) {
    Locale language = Languages.supported(locale);
    return new Messages(
        language, ResourceBundle.getBundle(baseName, language, loader, NO_FALLBACK));
  }

  /** {@link #of(String, Locale, ClassLoader)} with this library's class loader. */
  public static Messages of(String baseName, Locale locale) {
    return of(baseName, locale, Messages.class.getClassLoader());
  }

  /** The language of the texts (one of {@link Languages#SUPPORTED}). */
  public Locale locale() {
    return locale;
  }

  /** Whether the bundle (or its English fallback) has {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The keys of this language's file and of the English file. */
  public Set<String> keys() {
    return Collections.unmodifiableSet(new TreeSet<>(bundle.keySet()));
  }

  /**
   * The text of {@code key} with {@code args}, alternating names and values ({@code "count", 3});
   * the key itself when no file has it.
   */
  public String get(String key, Object... args) {
    return format(key, named(args));
  }

  /** The text of {@code key} with named {@code args}; the key itself when no file has it. */
  public String format(String key, Map<String, ?> args) {
    return find(key, args).orElse(key);
  }

  /** The text of {@code key} with named {@code args}, or empty when no file has it. */
  public Optional<String> find(String key, Map<String, ?> args) {
    if (!bundle.containsKey(key)) {
      return Optional.empty();
    }
    return Optional.of(MessagePattern.format(bundle.getString(key), locale, args));
  }

  /** The raw pattern of {@code key}, or empty. */
  public Optional<String> pattern(String key) {
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }

  /** Alternating names and values as a map in their order. */
  public static Map<String, Object> named(Object... args) {
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("arguments are pairs of a name and a value");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      map.put(String.valueOf(args[i]), args[i + 1]);
    }
    return map;
  }
}
