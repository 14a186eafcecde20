package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The formats CI systems read besides SARIF: JUnit XML (a suite per plan, a test case per rule) and
 * GitHub workflow-command annotations (a line per finding, escaped so that plan text cannot inject
 * commands).
 */
class CiFormatsTest {
  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    return java.util.stream.IntStream.range(0, nodes.getLength())
        .mapToObj(i -> (Element) nodes.item(i))
        .toList();
  }

  @Test
  void junitHasASuitePerPlanAndFailsTheRulesWithErrorsOrWarnings() throws Exception {
    List<PlanOutcome> batch = BatchReportsTest.batch();
    Document doc = xml(BatchReportsTest.write(ReportFormat.JUNIT, batch));

    List<Element> suites = elements(doc.getDocumentElement(), "testsuite");
    assertThat(suites.stream().map(s -> s.getAttribute("name")))
        .containsExactly(
            "northwind-telecom.yaml", "plans/broken.yaml", "plans/looping.yaml", "weak-plan.yaml");
    ReviewedPlan weak = (ReviewedPlan) batch.get(3);
    Element weakSuite = suites.get(3);
    Set<String> failing =
        weak.report().findings().stream()
            .filter(f -> f.severity() != Severity.INFO)
            .map(Finding::ruleId)
            .collect(Collectors.toSet());
    assertThat(failing).isNotEmpty();
    assertThat(Integer.parseInt(weakSuite.getAttribute("failures"))).isEqualTo(failing.size());
    assertThat(Integer.parseInt(weakSuite.getAttribute("tests")))
        .isEqualTo(SampleReports.REVIEWER.rules().size());
    List<Element> failed =
        elements(weakSuite, "testcase").stream()
            .filter(c -> c.getElementsByTagName("failure").getLength() > 0)
            .toList();
    assertThat(failed.stream().map(c -> c.getAttribute("name").split(" ")[0]))
        .containsExactlyInAnyOrderElementsOf(failing);
    Finding first =
        weak.report().findings().stream()
            .filter(f -> f.severity() != Severity.INFO)
            .findFirst()
            .orElseThrow();
    String body =
        failed.stream()
            .filter(c -> c.getAttribute("name").startsWith(first.ruleId() + " "))
            .findFirst()
            .orElseThrow()
            .getTextContent();
    assertThat(body).contains(first.message()).contains(first.path().toString());
    assertThat(body).contains("weak-plan.yaml:" + weak.locate(first.path()).orElseThrow().line());

    Element broken = suites.get(1);
    assertThat(broken.getAttribute("errors")).isEqualTo("1");
    Element error = (Element) broken.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("type")).isEqualTo("PLAN-INVALID");
    assertThat(error.getTextContent()).contains("unknown key 'colour'");
    Element looping = suites.get(2);
    assertThat(((Element) looping.getElementsByTagName("error").item(0)).getAttribute("type"))
        .isEqualTo("ASSESSMENT-CUT-SHORT");
  }

  @Test
  void junitCarriesTextXmlCannotHoldAsAReplacementCharacter() throws Exception {
    LoadedPlan loaded = SamplePlans.load(Samples.WEAK_PLAN);
    ReviewedPlan plan =
        ReviewedPlan.assess(SampleReports.REVIEWER, "weak\u0007plan <&> \"x\".yaml", loaded);

    Document doc =
        xml(
            ReportRenderer.of(ReportFormat.JUNIT)
                .withRules(SampleReports.REVIEWER.rules())
                .render(plan));

    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("name")).isEqualTo("weak\uFFFDplan <&> \"x\".yaml");
  }

  @Test
  void anEmptyBatchIsAnEmptyListOfSuites() throws Exception {
    Document doc = xml(BatchReportsTest.write(ReportFormat.JUNIT, List.of()));

    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("testsuites");
    assertThat(doc.getElementsByTagName("testsuite").getLength()).isZero();
  }

  @Test
  void githubAnnotatesEveryFindingAtItsLineAndEveryProblemOfAnInvalidPlan() throws Exception {
    List<PlanOutcome> batch = BatchReportsTest.batch();
    List<String> lines = BatchReportsTest.write(ReportFormat.GITHUB, batch).lines().toList();

    ReviewedPlan weak = (ReviewedPlan) batch.get(3);
    List<String> weakLines =
        lines.stream().filter(l -> l.contains(" file=weak-plan.yaml")).toList();
    assertThat(weakLines).hasSize(weak.report().findings().size());
    Finding f = weak.report().findings().get(0);
    int line = weak.locate(f.path()).orElseThrow().line();
    assertThat(weakLines.get(0))
        .startsWith(
            "::"
                + (f.severity() == Severity.ERROR ? "error" : "warning")
                + " file=weak-plan.yaml,line="
                + line
                + ",col=")
        .contains(",title=" + f.ruleId() + "::");
    assertThat(lines).allMatch(l -> l.matches("::(error|warning|notice) file=[^:]+::.*"));
    assertThat(lines.stream().filter(l -> l.contains("title=PLAN-INVALID"))).isNotEmpty();
    assertThat(lines.stream().filter(l -> l.contains("title=ASSESSMENT-CUT-SHORT"))).hasSize(1);
  }

  @Test
  void githubEscapesWhatWouldEndTheCommandOrStartAnother() throws Exception {
    LoadedPlan loaded = SamplePlans.load(Samples.WEAK_PLAN);
    ReviewedPlan plan =
        ReviewedPlan.assess(SampleReports.REVIEWER, "a,b:c%d\n::error::owned.yaml", loaded);

    String out = ReportRenderer.of(ReportFormat.GITHUB).render(plan);

    assertThat(out.lines()).hasSize(plan.report().findings().size());
    assertThat(out.lines())
        .allMatch(l -> l.contains(" file=a%2Cb%3Ac%25d%0A%3A%3Aerror%3A%3Aowned.yaml"));
  }
}
