package io.github.crmstrategy.report.internal;

import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.report.CutShortPlan;
import io.github.crmstrategy.report.InvalidPlan;
import io.github.crmstrategy.report.PlanOutcome;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.SuppressedFinding;
import io.github.crmstrategy.text.Numbers;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, the format CI servers (Jenkins, GitLab, Azure Pipelines, GitHub test reporters) show
 * as test results: {@code <testsuites>} with one {@code <testsuite>} per plan and one {@code
 * <testcase>} per rule of the catalogue. A rule with ERROR or WARNING findings on the plan is a
 * failed test case ({@code <failure type="ERROR|WARNING">}, one line per finding with its element
 * path and {@code file:line:column}); a rule with INFO findings only passes and lists them in
 * {@code <system-out>}; a rule whose findings are all suppressed is skipped with the justification.
 * An invalid plan is one test case {@code PLAN-INVALID} in error with every problem, a plan cut
 * short one test case {@code ASSESSMENT-CUT-SHORT} in error. Each plan's suite is written as it
 * comes, so a batch streams. Characters XML 1.0 cannot carry become U+FFFD.
 */
public final class JunitReport {
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  private JunitReport() {}

  /** The document's start: the XML declaration and {@code <testsuites name="crm-strategy">}. */
  public static String head() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"crm-strategy\">\n";
  }

  /** The document's end. */
  public static String tail() {
    return "</testsuites>\n";
  }

  /** The {@code <testsuite>} of {@code outcome} against the rule catalogue {@code rules}. */
  public static String suite(PlanOutcome outcome, List<RuleDescriptor> rules) {
    return suite(outcome, rules, ReportTexts.ENGLISH);
  }

  /**
   * The {@code <testsuite>} of {@code outcome} against the rule catalogue {@code rules}, its texts
   * in the language of {@code t} (the structure, names of properties and rule ids never change).
   */
  public static String suite(PlanOutcome outcome, List<RuleDescriptor> rules, ReportTexts t) {
    StringWriter buffer = new StringWriter();
    try {
      XMLStreamWriter xml = XML.createXMLStreamWriter(buffer);
      Outcomes.match(
          outcome,
          plan -> write(xml, () -> reviewed(xml, plan, rules, t)),
          plan -> write(xml, () -> invalid(xml, plan, t)),
          plan -> write(xml, () -> cutShort(xml, plan, t)));
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML for " + outcome.name(), e);
    }
    return "  " + buffer + "\n";
  }

  private interface XmlPart {
    void write() throws XMLStreamException;
  }

  private static Void write(XMLStreamWriter xml, XmlPart part) {
    try {
      part.write();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return null;
  }

  private static void reviewed(
      XMLStreamWriter xml, ReviewedPlan plan, List<RuleDescriptor> rules, ReportTexts t)
      throws XMLStreamException {
    AssessmentReport r = plan.report();
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    r.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
    Map<String, List<SuppressedFinding>> suppressed = new LinkedHashMap<>();
    r.suppressedFindings()
        .forEach(
            s -> suppressed.computeIfAbsent(s.finding().ruleId(), k -> new ArrayList<>()).add(s));
    Map<String, RuleDescriptor> catalogue = new LinkedHashMap<>();
    rules.forEach(d -> catalogue.putIfAbsent(d.id(), d));
    List<String> ids = new ArrayList<>(catalogue.keySet());
    byRule.keySet().stream().filter(id -> !catalogue.containsKey(id)).forEach(ids::add);
    int failures = 0;
    int skipped = 0;
    for (String id : ids) {
      List<Finding> found = byRule.getOrDefault(id, List.of());
      if (found.stream().anyMatch(f -> f.severity() != Severity.INFO)) {
        failures++;
      } else if (found.isEmpty() && suppressed.containsKey(id)) {
        skipped++;
      }
    }
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", clean(plan.name()));
    xml.writeAttribute("tests", String.valueOf(ids.size()));
    xml.writeAttribute("failures", String.valueOf(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", String.valueOf(skipped));
    indent(xml, 1);
    xml.writeStartElement("properties");
    property(xml, "organization", r.organization());
    property(xml, "rulePack", r.rulePack() + " " + r.rulePackVersion());
    property(
        xml,
        "maturity.current",
        t.t(
            "junit.maturity",
            "level",
            r.maturity().current().level(),
            "name",
            t.levelName(r.maturity().current().levelName()),
            "score",
            Numbers.oneDecimal(r.maturity().current().score())));
    property(
        xml,
        "maturity.target",
        t.t(
            "junit.maturity",
            "level",
            r.maturity().target().level(),
            "name",
            t.levelName(r.maturity().target().levelName()),
            "score",
            Numbers.oneDecimal(r.maturity().target().score())));
    property(xml, "documentQuality", Numbers.oneDecimal(r.documentQuality().score()));
    indent(xml, 1);
    xml.writeEndElement();
    for (String id : ids) {
      RuleDescriptor d = catalogue.get(id);
      List<Finding> found = byRule.getOrDefault(id, List.of());
      indent(xml, 1);
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", clean(plan.name()));
      String title = d != null ? d.title() : found.get(0).ruleName();
      xml.writeAttribute("name", clean(id + " " + title));
      List<Finding> failing = found.stream().filter(f -> f.severity() != Severity.INFO).toList();
      if (!failing.isEmpty()) {
        Severity worst = failing.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
        indent(xml, 2);
        xml.writeStartElement("failure");
        xml.writeAttribute("type", worst.name());
        xml.writeAttribute(
            "message",
            clean(
                t.t("junit.findings", "count", failing.size()) + ": " + failing.get(0).message()));
        xml.writeCharacters(clean(lines(plan, failing, t)));
        xml.writeEndElement();
      } else if (found.isEmpty() && suppressed.containsKey(id)) {
        indent(xml, 2);
        xml.writeStartElement("skipped");
        xml.writeAttribute(
            "message",
            clean(
                t.t(
                    "junit.suppressed",
                    "justification",
                    suppressed.get(id).get(0).justification())));
        xml.writeEndElement();
      }
      if (!found.isEmpty() && failing.isEmpty()) {
        indent(xml, 2);
        xml.writeStartElement("system-out");
        xml.writeCharacters(clean(lines(plan, found, t)));
        xml.writeEndElement();
      }
      if (!found.isEmpty() || suppressed.containsKey(id)) {
        indent(xml, 1);
      }
      xml.writeEndElement();
    }
    indent(xml, 0);
    xml.writeEndElement();
  }

  private static void invalid(XMLStreamWriter xml, InvalidPlan plan, ReportTexts t)
      throws XMLStreamException {
    StringBuilder body = new StringBuilder();
    for (Problem p : plan.problems()) {
      body.append(Outcomes.located(plan, p, t)).append('\n');
    }
    broken(
        xml,
        plan.name(),
        Outcomes.INVALID_RULE,
        t.t("junit.invalid"),
        Outcomes.problems(plan.problems().size(), t),
        body.toString());
  }

  private static void cutShort(XMLStreamWriter xml, CutShortPlan plan, ReportTexts t)
      throws XMLStreamException {
    broken(
        xml,
        plan.name(),
        Outcomes.CUT_SHORT_RULE,
        t.t("junit.cutShort"),
        Outcomes.reason(plan.failure(), t),
        plan.failure().getMessage()
            + plan.location().map(l -> "\n  " + t.t("outcome.at", "location", l)).orElse("")
            + "\n");
  }

  /** A suite of one test case in error: a plan without a report. */
  private static void broken(
      XMLStreamWriter xml, String name, String id, String title, String message, String body)
      throws XMLStreamException {
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", clean(name));
    xml.writeAttribute("tests", "1");
    xml.writeAttribute("failures", "0");
    xml.writeAttribute("errors", "1");
    xml.writeAttribute("skipped", "0");
    indent(xml, 1);
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", clean(name));
    xml.writeAttribute("name", id + " " + title);
    indent(xml, 2);
    xml.writeStartElement("error");
    xml.writeAttribute("type", id);
    xml.writeAttribute("message", clean(message));
    xml.writeCharacters(clean(body));
    xml.writeEndElement();
    indent(xml, 1);
    xml.writeEndElement();
    indent(xml, 0);
    xml.writeEndElement();
  }

  /** A line break and {@code depth} levels of indentation, so that a reader can follow the file. */
  private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth + 1));
  }

  private static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    indent(xml, 2);
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", clean(value));
  }

  /** One line per finding: severity, element path, location, message and remediation. */
  private static String lines(ReviewedPlan plan, List<Finding> findings, ReportTexts t) {
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      Optional<SourceLocation> at = plan.locate(f.path());
      out.append(t.severityTag(f.severity()))
          .append(' ')
          .append(t.shownPath(f.path().toString()))
          .append(at.map(l -> " (" + l + ")").orElse(""))
          .append(": ")
          .append(f.message())
          .append('\n');
      if (!f.remediation().isBlank()) {
        out.append("  ").append(t.t("junit.remediation", "text", f.remediation())).append('\n');
      }
    }
    return out.toString();
  }

  /** {@code s} with every character XML 1.0 cannot carry replaced by U+FFFD. */
  static String clean(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int n = Character.charCount(c);
      boolean ok =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (!ok && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        if (ok) {
          out.appendCodePoint(c);
        } else {
          out.append('\uFFFD');
        }
      }
      i += n;
    }
    return out == null ? s : out.toString();
  }
}
