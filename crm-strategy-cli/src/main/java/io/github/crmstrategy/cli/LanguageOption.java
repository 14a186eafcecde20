package io.github.crmstrategy.cli;

import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.text.Languages;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --lang en|ru}: the language of the reports. Without it each plan's report is in the
 * language the plan declares ({@code language: ru}), else in the platform's.
 */
public final class LanguageOption {
  /** Converts {@code en}, {@code ru} (and {@code ru-RU}, any case) to a locale. */
  static final class Converter implements CommandLine.ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      return Languages.parse(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "'" + value + "' is not a report language: use en or ru"));
    }
  }

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = Converter.class,
      description =
          "Language of the report: en or ru (default: the plan's 'language', then the"
              + " platform's). JSON keys, rule ids and paths are the same in both.")
  private Locale lang;

  /** The chosen language (this command's {@code --lang}, else the run's), or empty. */
  Optional<Locale> language() {
    return Optional.ofNullable(lang).or(CliTexts::explicit);
  }

  /** {@code renderer} in the chosen language, or unchanged. */
  ReportRenderer apply(ReportRenderer renderer) {
    return language().map(renderer::withLocale).orElse(renderer);
  }
}
