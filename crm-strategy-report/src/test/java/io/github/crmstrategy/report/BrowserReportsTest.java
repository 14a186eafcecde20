package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RouteProposal;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML reports as a client sees them: each sample's page in headless Chromium (Debian's {@code
 * chromium}; {@code .ci/run} installs it). A copy of the page carries a Content-Security-Policy
 * that forbids every request, and a harness that records script errors, console errors and policy
 * violations, runs axe-core (from its Maven Central webjar) and measures the radar, the timeline
 * and the summary. The test fails on any error or request, on any serious or critical accessibility
 * violation, on a chart wider than the page, and on a PDF print of more pages than the findings
 * justify. Screenshots and PDFs are written to {@code target/browser/} to look at.
 *
 * <p>Without Chromium the test is skipped with a message, except in CI ({@code CI=true}) where it
 * fails.
 */
class BrowserReportsTest {
  private static final Path OUT = Path.of("target", "browser");
  private static final String CSP =
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">";
  private static final Pattern RESULTS =
      Pattern.compile("<pre id=\"browser-test-results\">(.*?)</pre>", Pattern.DOTALL);
  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

  private static Path chromium;

  @BeforeAll
  static void findChromium() throws IOException {
    Optional<Path> found =
        Optional.ofNullable(System.getenv("CHROMIUM"))
            .map(Path::of)
            .filter(Files::isExecutable)
            .or(
                () ->
                    List.of(
                            "/usr/bin/chromium",
                            "/usr/bin/chromium-browser",
                            "/usr/bin/google-chrome",
                            "/usr/bin/google-chrome-stable")
                        .stream()
                        .map(Path::of)
                        .filter(Files::isExecutable)
                        .findFirst());
    if (found.isEmpty()) {
      String message =
          "no Chromium found (set CHROMIUM or apt-get install chromium): the browser test is skipped";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true and " + message.replace("is skipped", "cannot run"));
      }
      Assumptions.abort(message);
    }
    chromium = found.get();
    Files.createDirectories(OUT);
  }

  /**
   * Every sample in the language it declares (the Russian sample in Russian), and the Russian
   * sample in English and an English sample in Russian: the Russian words are longer, the headings,
   * the table and the charts must still fit.
   */
  static List<Arguments> samples() {
    List<Arguments> args = new ArrayList<>();
    Samples.names().forEach(s -> args.add(Arguments.of(s, "")));
    args.add(Arguments.of("energy-retailer-ru", "en"));
    args.add(Arguments.of("energy-retailer-ru", "ru"));
    args.add(Arguments.of("hotel-group", "ru"));
    return args;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("samples")
  void eachSampleReportRendersCleanlyAccessiblyWithinThePageAndPrintsSensibly(
      String sample, String lang) throws Exception {
    ReviewedPlan plan = SampleReports.reviewed(sample);
    ReportRenderer renderer =
        ReportRenderer.of(ReportFormat.HTML).withRules(SampleReports.REVIEWER.rules());
    if (!lang.isEmpty()) {
      renderer = renderer.withLocale(java.util.Locale.forLanguageTag(lang));
    }
    String html = renderer.render(plan);
    if (!lang.isEmpty()) {
      assertThat(html).contains("<html lang=\"" + lang + "\">");
      sample = sample + "." + lang;
    }
    Path page = OUT.resolve(sample + ".html");
    Files.writeString(page, html);

    JsonNode results = check(sample, html);
    assertThat(results.path("errors"))
        .as("script errors, console errors and requests to the network")
        .isEmpty();
    List<String> serious = new ArrayList<>();
    for (JsonNode v : results.path("violations")) {
      String impact = v.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        serious.add(
            impact
                + " "
                + v.path("id").asText()
                + ": "
                + v.path("help").asText()
                + " "
                + v.path("targets"));
      }
    }
    assertThat(serious).as("axe-core serious or critical violations").isEmpty();
    int width = results.path("width").asInt();
    assertThat(results.path("scrollWidth").asInt())
        .as("no horizontal scrolling")
        .isLessThanOrEqualTo(width);
    assertThat(results.path("radarLabelsOutside"))
        .as("radar labels cut off at the chart's edge (long block names in Russian)")
        .isEmpty();
    for (String part : List.of("summary", "radar", "timeline")) {
      JsonNode box = results.path(part);
      assertThat(box.isObject()).as(part + " is on the page").isTrue();
      assertThat(box.path("width").asDouble()).as(part + " has a width").isGreaterThan(100);
      assertThat(box.path("height").asDouble()).as(part + " has a height").isGreaterThan(50);
      assertThat(box.path("left").asDouble())
          .as(part + " within the page")
          .isGreaterThanOrEqualTo(0);
      assertThat(box.path("right").asDouble())
          .as(part + " within the page")
          .isLessThanOrEqualTo(width);
    }

    run(
        "--window-size=1280,2400",
        "--hide-scrollbars",
        "--screenshot=" + OUT.resolve(sample + ".png").toAbsolutePath(),
        page.toUri().toString());
    assertThat(OUT.resolve(sample + ".png")).isNotEmptyFile();

    Path pdf = OUT.resolve(sample + ".pdf");
    run(
        "--no-pdf-header-footer",
        "--print-to-pdf=" + pdf.toAbsolutePath(),
        page.toUri().toString());
    int pages = pages(pdf);
    // A4: the summary, the radar, the maturity table and criteria, the timeline take about five
    // pages; the findings about six a page. (The weak sample printed 11 pages with a heading
    // orphaned above half a blank page before the print stylesheet.)
    // Three more for the next actions and a plan's long timeline and criteria (the hotel group
    // prints 10 pages for 12 findings).
    int sensible = 8 + (plan.report().findings().size() + 5) / 6;
    assertThat(pages).as("PDF pages of " + sample).isBetween(2, sensible);
  }

  @Test
  void theTrendAndTheComparisonRenderCleanlyAccessiblyAndWithinThePage() throws Exception {
    Trend trend = Trend.of(SampleReports.pharmacy());
    String html = ReportRenderer.of(ReportFormat.HTML).render(trend);
    Files.writeString(OUT.resolve("trend-linden-pharmacies.html"), html);

    JsonNode results = check("trend-linden-pharmacies", html);
    assertClean(results);
    int width = results.path("width").asInt();
    JsonNode charts = results.path("trendCharts");
    // One chart per building block and one overall, each with its title, description and data.
    assertThat(charts).hasSize(9);
    for (JsonNode box : charts) {
      assertThat(box.path("width").asDouble()).as("chart width").isGreaterThan(100);
      assertThat(box.path("height").asDouble()).as("chart height").isGreaterThan(50);
      assertThat(box.path("left").asDouble()).as("chart within the page").isGreaterThanOrEqualTo(0);
      assertThat(box.path("right").asDouble())
          .as("chart within the page")
          .isLessThanOrEqualTo(width);
      assertThat(box.path("name").asText()).as("accessible name").contains("maturity score");
      assertThat(box.path("description").asText()).as("description").contains("#3");
      assertThat(box.path("dataRows").asInt()).as("data table rows").isEqualTo(3);
    }
    run(
        "--window-size=1280,2400",
        "--hide-scrollbars",
        "--screenshot=" + OUT.resolve("trend-linden-pharmacies.png").toAbsolutePath(),
        OUT.resolve("trend-linden-pharmacies.html").toUri().toString());
    assertThat(OUT.resolve("trend-linden-pharmacies.png")).isNotEmptyFile();

    String comparison =
        ReportRenderer.of(ReportFormat.HTML)
            .render(SampleReports.compare(Samples.WEAK_PLAN, Samples.WEAK_PLAN_REV2));
    assertClean(check("compare-weak-plan", comparison));
  }

  /** The same pages in Russian: longer words, the same charts, names and data. */
  @Test
  void theTrendAndTheComparisonInRussianRenderCleanlyAccessiblyAndWithinThePage() throws Exception {
    ReportRenderer ru =
        ReportRenderer.of(ReportFormat.HTML).withLocale(java.util.Locale.forLanguageTag("ru"));
    String html = ru.render(Trend.of(SampleReports.pharmacy()));
    assertThat(html).contains("<html lang=\"ru\">");
    Files.writeString(OUT.resolve("trend-linden-pharmacies.ru.html"), html);
    JsonNode results = check("trend-linden-pharmacies.ru", html);
    assertClean(results);
    int width = results.path("width").asInt();
    JsonNode charts = results.path("trendCharts");
    assertThat(charts).hasSize(9);
    for (JsonNode box : charts) {
      assertThat(box.path("right").asDouble())
          .as("chart within the page")
          .isLessThanOrEqualTo(width);
      assertThat(box.path("name").asText()).as("accessible name").contains("баллы зрелости");
      assertThat(box.path("description").asText()).as("description").contains("#3");
      assertThat(box.path("dataRows").asInt()).as("data table rows").isEqualTo(3);
    }
    String comparison = ru.render(SampleReports.compare(Samples.WEAK_PLAN, Samples.WEAK_PLAN_REV2));
    assertThat(comparison).contains("<html lang=\"ru\">");
    assertClean(check("compare-weak-plan.ru", comparison));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void eachSampleRoutePageRendersCleanlyAccessiblyAndWithinThePage(String sample) throws Exception {
    LoadedPlan plan =
        PlanDocuments.read(
            Files.readString(SamplePlans.file(sample)), sample + ".yaml", DocumentFormat.YAML);
    RouteProposal route = Reviewer.withDefaultRules().route(plan.plan());
    // In the plan's own language: the Russian sample's page is Russian.
    java.util.Locale lang =
        io.github.crmstrategy.text.Languages.choose(
            java.util.Optional.empty(), plan.plan().language());
    String html = RouteRenderer.html(sample, plan.plan(), route, ReportTheme.defaults(), lang);
    assertThat(html).contains("<html lang=\"" + lang.getLanguage() + "\">");
    Files.writeString(OUT.resolve("route-" + sample + ".html"), html);
    assertClean(check("route-" + sample, html));
  }

  private static void assertClean(JsonNode results) {
    assertThat(results.path("errors"))
        .as("script errors, console errors and requests to the network")
        .isEmpty();
    List<String> serious = new ArrayList<>();
    for (JsonNode v : results.path("violations")) {
      String impact = v.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        serious.add(
            impact
                + " "
                + v.path("id").asText()
                + ": "
                + v.path("help").asText()
                + " "
                + v.path("targets"));
      }
    }
    assertThat(serious).as("axe-core serious or critical violations").isEmpty();
    assertThat(results.path("scrollWidth").asInt())
        .as("no horizontal scrolling")
        .isLessThanOrEqualTo(results.path("width").asInt());
  }

  @Test
  void theHarnessCatchesARequestToTheNetworkAndAScriptError() throws Exception {
    String html =
        ReportRenderer.of(ReportFormat.HTML)
            .render(SampleReports.reviewed(Samples.TRAVEL_COMPANY))
            .replace(
                "</main>",
                "<img alt=\"x\" src=\"http://192.0.2.1/x.png\"><script>undefinedFunction();</script></main>");
    JsonNode results = check("harness-self-test", html);
    assertThat(results.path("errors").toString()).contains("csp:", "undefinedFunction");
  }

  /** Runs the harness on a copy of {@code html} that forbids requests; its JSON results. */
  private static JsonNode check(String name, String html) throws Exception {
    String axe;
    try (InputStream in =
        BrowserReportsTest.class.getResourceAsStream(
            "/META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String harness;
    try (InputStream in = BrowserReportsTest.class.getResourceAsStream("/browser/harness.js")) {
      harness = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String copy =
        html.replaceFirst(
                "<meta charset=\"utf-8\">",
                "<meta charset=\"utf-8\">\n" + Matcher.quoteReplacement(CSP))
            .replaceFirst(
                "</head>",
                Matcher.quoteReplacement(
                    "<script>\n"
                        + axe.replace("</script", "<\\/script")
                        + "\n</script>\n<script>\n"
                        + harness
                        + "\n</script>\n</head>"));
    Path file = OUT.resolve(name + ".under-test.html");
    Files.writeString(file, copy);
    Run run =
        run(
            "--window-size=1280,900",
            "--virtual-time-budget=30000",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            file.toUri().toString());
    Matcher m = RESULTS.matcher(run.stdout());
    assertThat(m.find()).as("the harness wrote its results; stderr: " + run.stderr()).isTrue();
    String json =
        m.group(1)
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
    JsonNode results = new ObjectMapper().readTree(json);
    // Console errors Chromium logs itself (a blocked request is one), except axe-core's own advice.
    com.fasterxml.jackson.databind.node.ArrayNode errors =
        (com.fasterxml.jackson.databind.node.ArrayNode) results.path("errors");
    for (String line : run.stderr().split("\n")) {
      if (line.contains(":CONSOLE") && !line.contains("\"Canvas2D:")) {
        errors.add("console: " + line);
      }
    }
    return results;
  }

  private static String axeVersion() throws IOException {
    try (InputStream in =
        BrowserReportsTest.class.getResourceAsStream(
            "/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }

  record Run(String stdout, String stderr) {}

  private static Run run(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(chromium.toString());
    command.add("--headless");
    command.add("--no-sandbox");
    command.add("--disable-gpu");
    command.add("--disable-dev-shm-usage");
    command.add("--no-first-run");
    Path profile = Files.createTempDirectory("chromium");
    command.add("--user-data-dir=" + profile.toAbsolutePath());
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile("chromium", ".out");
    Path stderr = Files.createTempFile("chromium", ".err");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 120 s: " + command);
    }
    Run run = new Run(Files.readString(stdout), Files.readString(stderr));
    Files.delete(stdout);
    Files.delete(stderr);
    try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    return run;
  }

  private static int pages(Path pdf) throws IOException {
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher m = PAGE.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
