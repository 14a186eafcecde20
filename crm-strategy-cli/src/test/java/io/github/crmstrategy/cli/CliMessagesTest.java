package io.github.crmstrategy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The command line's messages have the same keys in English and in Russian. */
class CliMessagesTest {
  private static Set<String> keys(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CliMessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  @Test
  void englishAndRussianMessagesHaveTheSameKeys() throws IOException {
    Set<String> en = keys("/io/github/crmstrategy/cli/i18n/cli.properties");
    assertThat(keys("/io/github/crmstrategy/cli/i18n/cli_ru.properties")).isEqualTo(en);
    assertThat(en).isNotEmpty();
  }

  @Test
  void picocliMessagesInRussianTakeTheirValues() {
    CliTexts.choose(java.util.Optional.of(io.github.crmstrategy.text.Languages.RUSSIAN));
    try {
      assertThat(CliTexts.usageError("Missing required parameter: 'PROFILE'"))
          .isEqualTo("Не указан обязательный аргумент: 'PROFILE'");
      assertThat(
              CliTexts.usageError(
                  "Invalid value for option '--lang': 'de' is not a report language: use en or ru"))
          .isEqualTo(
              "Недопустимое значение параметра '--lang': 'de' — не язык отчёта: укажите en или ru");
      assertThat(CliTexts.usageError("something picocli says")).isEqualTo("something picocli says");
    } finally {
      CliTexts.reset();
    }
  }
}
