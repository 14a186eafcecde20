package io.github.crmstrategy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code --lang} and the output encoding, in a JVM of its own started as a POSIX container starts
 * it ({@code LANG=C}, ASCII as the default and standard-output encoding): the Russian sample's
 * report must still be UTF-8 Cyrillic, in Russian with {@code --lang ru} and in English with {@code
 * --lang en}, with the same JSON keys and rule ids in both.
 */
class LanguageCliTest {
  private static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  private static byte[] runUnderPosixLocale(String... args) throws Exception {
    return runUnderPosixLocale(false, args);
  }

  /** The bytes the CLI writes on standard output, or on standard error when {@code stderr}. */
  private static byte[] runUnderPosixLocale(boolean stderr, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-Dfile.encoding=ANSI_X3.4-1968");
    command.add("-Dstdout.encoding=US-ASCII");
    command.add("-Dsun.stdout.encoding=US-ASCII");
    command.add("-Duser.language=en");
    command.add("-cp");
    command.add(classPath());
    command.add(CrmStrategyCli.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.put("LANG", "C");
    env.put("LC_ALL", "C");
    pb.redirectErrorStream(false);
    Process p = pb.start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errors =
        new Thread(
            () -> {
              try (InputStream in = p.getErrorStream()) {
                in.transferTo(err);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    errors.start();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(out);
    }
    errors.join();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return stderr ? err.toByteArray() : out.toByteArray();
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  @Test
  void russianReportIsUtf8CyrillicUnderAPosixLocale() throws Exception {
    String text =
        strictUtf8(runUnderPosixLocale("assess", "--sample", "energy-retailer-ru", "--lang", "ru"));
    assertThat(text)
        .doesNotContain("?????")
        .contains("ЭнергоСбыт Поволжья")
        .contains("зрелость CRM — уровень 2 (Управляемый)")
        .contains("Организационное взаимодействие")
        .contains("РЕКОМЕНДАЦИИ, ПО ОДНОЙ НА ПРАВИЛО");
  }

  @Test
  void englishReportOfTheRussianPlanKeepsThePlansCyrillicWords() throws Exception {
    String text =
        strictUtf8(runUnderPosixLocale("assess", "--sample", "energy-retailer-ru", "--lang", "en"));
    assertThat(text)
        .contains("ЭнергоСбыт Поволжья")
        .contains("CRM maturity level 2 (Managed)")
        .contains("REMEDIATION, ONE PER RULE")
        .doesNotContain("РЕКОМЕНДАЦИИ");
  }

  @Test
  void jsonKeysAndRuleIdsDoNotChangeWithTheLanguage() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode ru =
        mapper.readTree(
            strictUtf8(
                runUnderPosixLocale(
                    "assess",
                    "--sample",
                    "energy-retailer-ru",
                    "--format",
                    "json",
                    "--lang",
                    "ru")));
    JsonNode en =
        mapper.readTree(
            strictUtf8(
                runUnderPosixLocale(
                    "assess",
                    "--sample",
                    "energy-retailer-ru",
                    "--format",
                    "json",
                    "--lang",
                    "en")));
    assertThat(ImmutableKeys.of(ru)).isEqualTo(ImmutableKeys.of(en));
    List<String> ruIds = new ArrayList<>();
    List<String> enIds = new ArrayList<>();
    ru.get("findings")
        .forEach(f -> ruIds.add(f.get("ruleId").asText() + " " + f.get("path").asText()));
    en.get("findings")
        .forEach(f -> enIds.add(f.get("ruleId").asText() + " " + f.get("path").asText()));
    assertThat(ruIds).isEqualTo(enIds).isNotEmpty();
    assertThat(ru.get("findings").get(0).get("remediation").asText())
        .isNotEqualTo(en.get("findings").get(0).get("remediation").asText());
  }

  /**
   * The exact bytes of the Russian report's opening lines under LANG=C: UTF-8 Cyrillic, the Russian
   * labels in their column, the maturity in Russian.
   */
  @Test
  void theRussianReportsOpeningLinesAreTheseUtf8Bytes() throws Exception {
    byte[] bytes = runUnderPosixLocale("assess", "--sample", "energy-retailer-ru", "--lang", "ru");
    String expected =
        "energy-retailer-ru.yaml\n"
            + "Организация:     ЭнергоСбыт Поволжья\n"
            + "Набор правил:    crm-strategy-default 1.0.0\n"
            + "Сегодня:         зрелость CRM — уровень 2 (Управляемый), 31,7 балла из 100\n";
    byte[] head = expected.getBytes(StandardCharsets.UTF_8);
    assertThat(java.util.Arrays.copyOf(bytes, head.length)).isEqualTo(head);
    // "Организация" is 11 letters of two bytes each in UTF-8.
    assertThat(java.util.Arrays.copyOfRange(bytes, 24, 46))
        .isEqualTo("Организация".getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A Russian validation error under LANG=C: the problem, its place and its fix in Russian, as
   * UTF-8 bytes on standard error; exit status 2.
   */
  @Test
  void aRussianValidationErrorIsUtf8UnderAPosixLocale(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    // An ASCII name: under LANG=C the JVM cannot pass a Cyrillic file name in its arguments.
    Path plan = dir.resolve("plan.yaml");
    java.nio.file.Files.writeString(
        plan,
        "formatVersion: 1\norganization:\n  name: Acme\n  colour: x\n",
        StandardCharsets.UTF_8);
    String err = strictUtf8(runUnderPosixLocale(true, "validate", "--lang", "ru", plan.toString()));
    assertThat(err)
        .contains(plan + ": НЕКОРРЕКТНЫЙ ДОКУМЕНТ, 1 проблема\n")
        .contains(
            plan
                + ":4:3: organization.colour: неизвестный ключ 'colour' (как исправить: известные"
                + " здесь ключи: businessModel, employees, industry, name)");
    byte[] fix = "как исправить".getBytes(StandardCharsets.UTF_8);
    assertThat(
            new String(
                runUnderPosixLocale(true, "validate", "--lang", "ru", plan.toString()),
                StandardCharsets.ISO_8859_1))
        .contains(new String(fix, StandardCharsets.ISO_8859_1));
  }

  @Test
  void theRouteInRussianUnderAPosixLocale() throws Exception {
    String text =
        strictUtf8(
            runUnderPosixLocale(
                "route", "--sample", "travel-company", "--format", "text", "--lang", "ru"));
    assertThat(text)
        .startsWith("Черновик маршрута: Meridian Travel\n")
        .contains("Маршрут не укладывается в горизонт")
        .contains("Где дорожная карта плана расходится с маршрутом:");
  }

  /**
   * The comparison of two English revisions in Russian under LANG=C: UTF-8 Cyrillic, the Russian
   * headings, block names and finding texts, the decimals with a comma; the rule ids unchanged.
   */
  @Test
  void theComparisonInRussianUnderAPosixLocale() throws Exception {
    String text =
        strictUtf8(
            runUnderPosixLocale(
                "compare",
                "sample:weak-plan",
                "sample:weak-plan-rev2",
                "--color=never",
                "--lang",
                "ru"));
    assertThat(text)
        .doesNotContain("?????")
        .startsWith("Сравнение ")
        .contains("Организация:    Harbor Street Outfitters")
        .contains("Организационное взаимодействие")
        .contains("Устранённые замечания (")
        .contains("ОШИБКА [REAL-012]")
        .contains("+7,5")
        .doesNotContain("Resolved findings", "Building block");
  }

  /** The route page in the Russian plan's own language, its words and decimals Russian. */
  @Test
  void theRoutePageInThePlansLanguage() throws Exception {
    String html =
        strictUtf8(
            runUnderPosixLocale("route", "--sample", "energy-retailer-ru", "--format", "html"));
    assertThat(html)
        .contains("<html lang=\"ru\">")
        .contains("Черновик маршрута CRM: ЭнергоСбыт Поволжья")
        .contains("1,5 года на шаг уровня")
        .doesNotContain("Does the route fit", "years per level step");
  }

  /** {@code rules list} in Russian: the headings, the built-in titles, the count's plural. */
  @Test
  void theRulesListInRussian() throws Exception {
    CliRun ru = CliRun.of("--lang", "ru", "rules", "list");
    CliRun en = CliRun.of("--lang", "en", "rules", "list");
    assertThat(ru.status()).isZero();
    String[] ruLines = ru.out().split("\n");
    String[] enLines = en.out().split("\n");
    assertThat(ruLines).hasSameSizeAs(enLines);
    assertThat(ruLines[0]).startsWith("ID").contains("ВАЖНОСТЬ", "НАЗВАНИЕ [ПАРАМЕТРЫ]");
    assertThat(enLines[0])
        .isEqualTo("ID           CATEGORY      SEVERITY ENABLED TITLE [PARAMETERS]");
    // Every built-in rule has a Russian title: no row of the Russian list is its English row.
    for (int i = 1; i < enLines.length - 1; i++) {
      assertThat(ruLines[i]).as("row %d", i).isNotEqualTo(enLines[i]).contains(" да ");
    }
    int count = enLines.length - 2;
    assertThat(count).isGreaterThan(100);
    assertThat(ruLines[ruLines.length - 1]).isEqualTo(count + " " + ruRules(count));
  }

  private static String ruRules(int n) {
    int tens = n % 100;
    int units = n % 10;
    if (tens >= 11 && tens <= 14) {
      return "правил";
    }
    return units == 1 ? "правило" : units >= 2 && units <= 4 ? "правила" : "правил";
  }

  /** {@code rules cache} in Russian, with the plural of an empty cache. */
  @Test
  void theRulesCacheInRussian(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("--lang", "ru", "rules", "cache", "--cache-dir", dir.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(": 0 скомпилированных пакетов, 0 байт\n")
        .endsWith(
            "хранятся: 20 последних использованных, ни одного неиспользуемого дольше 30 дней"
                + " (очистка после каждого нового пакета)\n");
    CliRun cleared =
        CliRun.of("--lang", "ru", "rules", "cache", "clear", "--cache-dir", dir.toString());
    assertThat(cleared.out()).endsWith(": кэш очищен, удалено 0 файлов\n");
    CliRun pruned =
        CliRun.of("--lang", "ru", "rules", "cache", "prune", "--cache-dir", dir.toString());
    assertThat(pruned.out())
        .endsWith(": лишнее удалено, удалено 0 файлов, осталось 0 скомпилированных пакетов\n");
  }

  @Test
  void anUnknownLanguageIsAClearError() throws Exception {
    CliRun run = CliRun.of("assess", "--sample", "weak-plan", "--lang", "de");
    assertThat(run.status()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("'de' is not a report language: use en or ru");
  }

  /** Every field name of a JSON tree, with its path (array elements by position). */
  static final class ImmutableKeys {
    static List<String> of(JsonNode node) {
      List<String> out = new ArrayList<>();
      walk(node, "", out);
      return out;
    }

    private static void walk(JsonNode node, String at, List<String> out) {
      if (node.isObject()) {
        node.fieldNames()
            .forEachRemaining(
                n -> {
                  out.add(at + "/" + n);
                  walk(node.get(n), at + "/" + n, out);
                });
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          walk(node.get(i), at + "/" + i, out);
        }
      }
    }
  }

  /** A run of the command line in this JVM. */
  record CliRun(int status, String out, String err) {
    static CliRun of(String... args) throws IOException {
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();
      picocli.CommandLine cli = CrmStrategyCli.commandLine();
      cli.setOut(new java.io.PrintWriter(out));
      cli.setErr(new java.io.PrintWriter(err));
      int status = CrmStrategyCli.execute(cli, args);
      return new CliRun(status, out.toString(), err.toString());
    }
  }
}
