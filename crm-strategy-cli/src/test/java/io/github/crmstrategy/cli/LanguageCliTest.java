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
    try (InputStream in = p.getInputStream()) {
      in.transferTo(out);
    }
    p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return out.toByteArray();
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
