package io.github.crmstrategy.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of reports and messages, English and Russian, and how one is chosen: an explicit
 * choice ({@code --lang}, {@code ReportRenderer.withLocale}) first, then the language the plan
 * declares ({@code language: ru}), then the platform's locale; any language other than Russian
 * reads as English.
 */
public final class Languages {
  /** English, the language of the rule sources and the fallback of every bundle. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** Russian. */
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  /** The supported languages, English first. */
  public static final List<Locale> SUPPORTED = List.of(ENGLISH, RUSSIAN);

  private Languages() {}

  /**
   * The supported language nearest to {@code locale}: Russian for any {@code ru*}, else English.
   */
  public static Locale supported(Locale locale) {
    return locale != null && "ru".equals(locale.getLanguage()) ? RUSSIAN : ENGLISH;
  }

  /**
   * The language a tag names ({@code en}, {@code ru}, {@code ru-RU}, case-insensitive), or empty
   * when it names neither.
   */
  public static Optional<Locale> parse(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
    return switch (language) {
      case "en" -> Optional.of(ENGLISH);
      case "ru" -> Optional.of(RUSSIAN);
      default -> Optional.empty();
    };
  }

  /**
   * The language of a report: {@code explicit} when given, else the plan's declared language when
   * it is a supported one, else the platform's default locale.
   */
  public static Locale choose(Optional<Locale> explicit, Optional<String> planLanguage) {
    if (explicit.isPresent()) {
      return supported(explicit.get());
    }
    Optional<Locale> declared = planLanguage.flatMap(Languages::parse);
    return declared.orElseGet(() -> supported(Locale.getDefault()));
  }
}
