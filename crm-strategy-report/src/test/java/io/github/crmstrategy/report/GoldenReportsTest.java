package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.samples.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report format on every sample, every comparison format on the bundled revision pairs, and
 * every trend format on the pharmacy chain's three revisions (test resources) and on the bundled
 * pairs, against the files under {@code src/test/resources/golden}. Regenerate them (then review
 * the diff) with:
 *
 * <pre>
 * mvn -o -B -pl crm-strategy-examples -am test -Dtest=GoldenReportsTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DupdateGolden=true
 * </pre>
 */
class GoldenReportsTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("updateGolden");

  static Stream<Arguments> reports() {
    List<Arguments> args = new ArrayList<>();
    for (String sample : Samples.names()) {
      for (ReportFormat format : ReportFormat.values()) {
        args.add(Arguments.of(sample, format));
      }
    }
    return args.stream();
  }

  static Stream<Arguments> comparisons() {
    List<Arguments> args = new ArrayList<>();
    for (List<String> pair : SampleReports.REVISIONS) {
      for (ReportFormat format : ReportFormat.values()) {
        if (EnumSet.of(
                ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.MARKDOWN, ReportFormat.HTML)
            .contains(format)) {
          args.add(Arguments.of(pair.get(0), pair.get(1), format));
        }
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("reports")
  void reportMatchesGoldenFile(String sample, ReportFormat format) throws IOException {
    String actual =
        ReportRenderer.of(format)
            .withRules(SampleReports.REVIEWER.rules())
            .render(SampleReports.reviewed(sample));
    check(GOLDEN.resolve("reports").resolve(sample + "." + format.extension()), actual);
  }

  static Stream<Arguments> languages() {
    List<Arguments> args = new ArrayList<>();
    for (ReportFormat format :
        List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.JSON, ReportFormat.HTML)) {
      args.add(Arguments.of("energy-retailer-ru", "en", format));
      args.add(Arguments.of("energy-retailer-ru", "ru", format));
      args.add(Arguments.of("hotel-group", "ru", format));
    }
    // A company at level 4 in Russian: level names too wide for the text report's table.
    for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN)) {
      args.add(Arguments.of("nordvik-logistics", "ru", format));
    }
    return args.stream();
  }

  /**
   * A plan's report in a language chosen over the plan's own: the Russian sample in English and in
   * Russian, an English sample in Russian.
   */
  @ParameterizedTest(name = "{0} in {1} as {2}")
  @MethodSource("languages")
  void reportInAChosenLanguageMatchesGoldenFile(String sample, String lang, ReportFormat format)
      throws IOException {
    String actual =
        ReportRenderer.of(format)
            .withRules(SampleReports.REVIEWER.rules())
            .withLocale(java.util.Locale.forLanguageTag(lang))
            .render(SampleReports.reviewed(sample));
    check(
        GOLDEN.resolve("languages").resolve(sample + "." + lang + "." + format.extension()),
        actual);
  }

  static Stream<Arguments> routes() {
    List<Arguments> args = new ArrayList<>();
    for (String sample : List.of(Samples.TRAVEL_COMPANY, "energy-retailer-ru")) {
      for (String lang : List.of("en", "ru")) {
        args.add(Arguments.of(sample, lang));
      }
    }
    return args.stream();
  }

  /** The draft route as text, as a roadmap fragment and as a page, in English and in Russian. */
  @ParameterizedTest(name = "route of {0} in {1}")
  @MethodSource("routes")
  void routeMatchesGoldenFile(String sample, String lang) throws IOException {
    io.github.crmstrategy.rules.RouteProposal route =
        SampleReports.REVIEWER.route(SampleReports.reviewed(sample).plan());
    java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
    check(
        GOLDEN.resolve("route").resolve(sample + "." + lang + ".txt"),
        RouteRenderer.text(route, locale));
    check(
        GOLDEN.resolve("route").resolve(sample + "." + lang + ".yaml"),
        RouteRenderer.yaml(route, locale));
    check(
        GOLDEN.resolve("route").resolve(sample + "." + lang + ".html"),
        RouteRenderer.html(
            sample + ".yaml",
            SampleReports.reviewed(sample).plan(),
            route,
            ReportTheme.defaults(),
            locale));
  }

  @ParameterizedTest(name = "{0} -> {1} as {2}")
  @MethodSource("comparisons")
  void comparisonMatchesGoldenFile(String older, String newer, ReportFormat format)
      throws IOException {
    String actual = ReportRenderer.of(format).render(SampleReports.compare(older, newer));
    check(
        GOLDEN.resolve("compare").resolve(older + "--" + newer + "." + format.extension()), actual);
  }

  static Stream<Arguments> trends() {
    List<Arguments> args = new ArrayList<>();
    for (ReportFormat format :
        List.of(ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
      args.add(Arguments.of("linden-pharmacies", format));
      for (List<String> pair : SampleReports.REVISIONS) {
        args.add(Arguments.of(pair.get(0) + "--" + pair.get(1), format));
      }
    }
    return args.stream();
  }

  /** The pharmacy chain's three revisions (test resources), or a bundled pair as a trend. */
  private static Trend trend(String name) {
    if (name.equals("linden-pharmacies")) {
      return Trend.of(SampleReports.pharmacy());
    }
    String[] pair = name.split("--");
    return Trend.of(List.of(SampleReports.reviewed(pair[0]), SampleReports.reviewed(pair[1])));
  }

  @ParameterizedTest(name = "trend {0} as {1}")
  @MethodSource("trends")
  void trendMatchesGoldenFile(String name, ReportFormat format) throws IOException {
    String actual = ReportRenderer.of(format).render(trend(name));
    check(GOLDEN.resolve("trend").resolve(name + "." + format.extension()), actual);
  }

  static Stream<Arguments> russianRevisions() {
    List<Arguments> args = new ArrayList<>();
    for (ReportFormat format :
        List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
      args.add(Arguments.of("compare", "weak-plan--weak-plan-rev2", format));
      args.add(Arguments.of("trend", "linden-pharmacies", format));
      args.add(Arguments.of("trend", "travel-company--travel-company-rev2", format));
    }
    return args.stream();
  }

  /**
   * A comparison and trends in Russian, chosen over the plans' own English: beside the English
   * files, named {@code NAME.ru.EXT}.
   */
  @ParameterizedTest(name = "{0} {1} in Russian as {2}")
  @MethodSource("russianRevisions")
  void revisionsInRussianMatchGoldenFiles(String kind, String name, ReportFormat format)
      throws IOException {
    ReportRenderer renderer =
        ReportRenderer.of(format).withLocale(java.util.Locale.forLanguageTag("ru"));
    String actual;
    if (kind.equals("compare")) {
      String[] pair = name.split("--");
      actual = renderer.render(SampleReports.compare(pair[0], pair[1]));
    } else {
      actual = renderer.render(trend(name));
    }
    check(GOLDEN.resolve(kind).resolve(name + ".ru." + format.extension()), actual);
  }

  private static void check(Path golden, String actual) throws IOException {
    assertThat(actual).doesNotContain(Path.of("").toAbsolutePath().toString());
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden)
        .as("golden file missing; regenerate with -DupdateGolden=true (see this class)")
        .exists();
    assertThat(actual)
        .as("%s differs; regenerate with -DupdateGolden=true and review the diff", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
