package io.github.crmstrategy.cli;

import io.github.crmstrategy.text.Languages;
import io.github.crmstrategy.text.Messages;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line's own words in the language of the run: {@code --lang} wherever it is given on
 * the command line, else the platform's. The help comes from picocli's resource bundle {@value
 * #HELP} (English is the annotations' text); messages from {@value #MESSAGES}, whose English file
 * holds the English texts. The language is set for the run by {@link CrmStrategyCli#execute}.
 */
final class CliTexts {
  /** The bundle of the help in other languages than English (picocli's keys). */
  static final String HELP = "io.github.crmstrategy.cli.i18n.help";

  /** The bundle of the command line's messages. */
  static final String MESSAGES = "io.github.crmstrategy.cli.i18n.cli";

  private static final ThreadLocal<Optional<Locale>> EXPLICIT =
      ThreadLocal.withInitial(Optional::empty);

  private CliTexts() {}

  /** The language {@code --lang} gives in {@code args} ({@code --lang ru}, {@code --lang=ru}). */
  static Optional<Locale> scan(String... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--lang") && i + 1 < args.length) {
        return Languages.parse(args[i + 1]);
      }
      if (args[i].startsWith("--lang=")) {
        return Languages.parse(args[i].substring("--lang=".length()));
      }
    }
    return Optional.empty();
  }

  /** Sets the run's chosen language (empty: the platform's). */
  static void choose(Optional<Locale> explicit) {
    EXPLICIT.set(explicit);
  }

  /** Forgets the run's chosen language. */
  static void reset() {
    EXPLICIT.remove();
  }

  /** The language chosen with {@code --lang} for this run, if any. */
  static Optional<Locale> explicit() {
    return EXPLICIT.get();
  }

  /** The language of this run's messages: the chosen one, else the platform's. */
  static Locale locale() {
    return Languages.choose(explicit(), Optional.empty());
  }

  /** Whether this run speaks Russian. */
  static boolean russian() {
    return locale().equals(Languages.RUSSIAN);
  }

  /** The message {@code key} with alternating names and values, in this run's language. */
  static String t(String key, Object... args) {
    return Messages.of(MESSAGES, locale(), CliTexts.class.getClassLoader()).get(key, args);
  }

  /** The help bundle of {@code locale}, or empty for English (the annotations' text). */
  static Optional<ResourceBundle> help(Locale locale) {
    if (!Languages.supported(locale).equals(Languages.RUSSIAN)) {
      return Optional.empty();
    }
    return Optional.of(
        ResourceBundle.getBundle(
            HELP,
            Languages.RUSSIAN,
            CliTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  private static final Pattern[] PICOCLI = {
    Pattern.compile("Unknown options?: (.*)"),
    Pattern.compile("Unmatched arguments? (?:from|at) index (\\d+): (.*)"),
    Pattern.compile("Missing required parameters?: (.*)"),
    Pattern.compile("Missing required options?: (.*)"),
    Pattern.compile("Missing required parameter for option '([^']*)' \\((.*)\\)"),
    Pattern.compile("Expected parameter for option '([^']*)' but found '([^']*)'"),
    Pattern.compile(
        "Invalid value for option '([^']*)': expected one of \\[(.*)\\] \\(case-sensitive\\) but"
            + " was '(.*)'"),
    Pattern.compile("Invalid value for option '([^']*)': (.*)"),
    Pattern.compile("Invalid value for positional parameter at index (\\S+) \\(([^)]*)\\): (.*)"),
    Pattern.compile("'(.*)' is not a report language: use en or ru"),
    Pattern.compile("option '([^']*)' \\(([^)]*)\\) should be specified only once"),
  };

  private static final String[] KEYS = {
    "picocli.unknown",
    "picocli.unmatched",
    "picocli.missingParameter",
    "picocli.missingOption",
    "picocli.missingValue",
    "picocli.expectedValue",
    "picocli.oneOf",
    "picocli.invalidValue",
    "picocli.invalidPositional",
    "picocli.notALanguage",
    "picocli.once",
  };

  /**
   * A message of picocli's (or of an option's converter) in this run's language: the forms the
   * command line meets are said again in Russian with their values; any other stays English.
   */
  static String usageError(String message) {
    if (!russian() || message == null) {
      return message;
    }
    for (int i = 0; i < PICOCLI.length; i++) {
      Matcher m = PICOCLI[i].matcher(message);
      if (m.matches()) {
        Object[] args = new Object[m.groupCount() * 2];
        for (int g = 1; g <= m.groupCount(); g++) {
          args[(g - 1) * 2] = "g" + g;
          args[(g - 1) * 2 + 1] =
              g == m.groupCount() && i == 7 ? usageError(m.group(g)) : m.group(g);
        }
        return t(KEYS[i], args);
      }
    }
    return message;
  }
}
