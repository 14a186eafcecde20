package io.github.crmstrategy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The help in Russian is complete: every command's description and every option's and positional
 * parameter's description has a Russian text in {@code help_ru.properties} (picocli's keys,
 * qualified by the command's name), so {@code --lang ru --help} leaves no English sentence. With
 * {@code -DdumpHelpKeys=true} the test writes the keys with their English texts to {@code
 * target/help-keys.properties}, the start of a translation.
 */
class HelpInRussianTest {
  private static Properties russian() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        HelpInRussianTest.class.getResourceAsStream(
            "/io/github/crmstrategy/cli/i18n/help_ru.properties")) {
      assertThat(in).as("help_ru.properties").isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** The keys picocli reads for {@code spec}, each with its English text. */
  static void keys(CommandSpec spec, List<String[]> out) {
    String q = spec.qualifiedName(".");
    out.add(
        new String[] {
          q + ".usage.description", String.join(" ", spec.usageMessage().description())
        });
    for (OptionSpec o : spec.options()) {
      if (o.usageHelp() || o.versionHelp()) {
        continue;
      }
      String name = o.longestName().replaceFirst("^-+", "");
      out.add(new String[] {q + "." + name, String.join(" ", o.description())});
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      out.add(
          new String[] {
            q + "." + p.paramLabel() + "[" + p.index() + "]", String.join(" ", p.description())
          });
    }
    for (CommandLine sub : spec.subcommands().values()) {
      if (sub.getCommandSpec().parent() == spec && !sub.getCommandSpec().name().equals("help")) {
        keys(sub.getCommandSpec(), out);
      }
    }
  }

  @Test
  void theHelpInRussianSaysItsHeadingsAndOptionsInRussian() {
    LanguageCliTest.CliRun run = null;
    try {
      run = LanguageCliTest.CliRun.of("assess", "--lang", "ru", "--help");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(run.status()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .startsWith("Запуск: crm-strategy assess")
        .contains("Проверяет документы планов встроенными правилами")
        .contains("Формат отчёта: text, json, markdown")
        .contains("Коды завершения:")
        .contains("Показать эту справку и выйти.")
        .doesNotContain("Usage:", "Exit status:", "Output format");
    LanguageCliTest.CliRun top = null;
    try {
      top = LanguageCliTest.CliRun.of("--lang", "ru", "--help");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(top.out()).contains("Команды:", "Проверяет стратегию CRM компании");
  }

  @Test
  void aUsageErrorInRussianSaysWhatIsWrongAndShowsTheRussianHelp() throws IOException {
    LanguageCliTest.CliRun run =
        LanguageCliTest.CliRun.of("assess", "--lang", "ru", "--format", "pdf");
    assertThat(run.status()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err())
        .startsWith(
            "Недопустимое значение параметра '--format': ожидалось одно из [text, json, markdown,"
                + " html, sarif, junit, github] (с учётом регистра), а указано 'pdf'")
        .contains("Запуск: crm-strategy assess");
    LanguageCliTest.CliRun unknown = LanguageCliTest.CliRun.of("validate", "--lang=ru", "--fromat");
    assertThat(unknown.err()).startsWith("Неизвестный параметр: '--fromat'");
    // English stays picocli's own.
    LanguageCliTest.CliRun english =
        LanguageCliTest.CliRun.of("assess", "--lang", "en", "--format", "pdf");
    assertThat(english.err()).startsWith("Invalid value for option '--format'").contains("Usage:");
  }

  @Test
  void everyDescriptionHasARussianText() throws IOException {
    List<String[]> keys = new ArrayList<>();
    keys(CrmStrategyCli.commandLine().getCommandSpec(), keys);
    if (Boolean.getBoolean("dumpHelpKeys")) {
      StringBuilder sb = new StringBuilder();
      keys.forEach(k -> sb.append(k[0]).append('=').append(k[1]).append('\n'));
      Files.writeString(Path.of("target/help-keys.properties"), sb.toString());
    }
    Properties ru = russian();
    List<String> missing = new ArrayList<>();
    for (String[] k : keys) {
      if (!ru.containsKey(k[0]) && !ru.containsKey(k[0] + ".0")) {
        missing.add(k[0] + "=" + k[1]);
      }
    }
    assertThat(missing).as("keys without a Russian text in help_ru.properties").isEmpty();
    assertThat(ru.stringPropertyNames())
        .as("keys of no command, option or parameter")
        .allSatisfy(
            k ->
                assertThat(
                        k.startsWith("usage.")
                            || k.equals("help")
                            || k.equals("version")
                            || k.contains(".usage.")
                            || keys.stream()
                                .anyMatch(x -> x[0].equals(k) || k.startsWith(x[0] + ".")))
                    .as(k)
                    .isTrue());
  }
}
