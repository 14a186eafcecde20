package io.github.crmstrategy.rules.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sample decision table "indicator kind x industry -> maximum yearly change", as rows of cells:
 * written as CSV here and as XLSX by {@link GrowthTableWorkbook}.
 */
public final class GrowthTable {
  private GrowthTable() {}

  /** Rows of cells, the decision table layout Drools reads. */
  public static List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("RuleSet", "com.acme.tables"));
    rows.add(List.of("Import", "io.github.crmstrategy.rules.facts.*"));
    rows.add(List.of("Variables", "io.github.crmstrategy.rules.facts.FindingSink findings"));
    rows.add(List.of());
    rows.add(List.of("RuleTable Industry growth limits"));
    rows.add(
        List.of(
            "NAME",
            "CONDITION",
            "CONDITION",
            "ACTION",
            "METADATA",
            "METADATA",
            "METADATA",
            "METADATA",
            "METADATA",
            "METADATA"));
    rows.add(List.of("", "PlanFact", "$i : IndicatorFact", "", "", "", "", "", "", ""));
    rows.add(
        List.of(
            "",
            "industry == \"$param\"",
            "kind == \"$param\", hasRequiredChange",
            "if ( Math.abs( $i.requiredYearlyChange() ) > $param ) { findings.report( kcontext, $i.path(),"
                + " \"Indicator \" + $i.id() + \" needs \" + Fmt.num( Math.abs( $i.requiredYearlyChange() ) )"
                + " + \" a year; the industry limit is \" + Fmt.num( $param ), \"requiredYearlyChange\","
                + " $i.requiredYearlyChange(), \"maxYearlyChange\", $param ); }",
            "id(\"$param\")",
            "title(\"$param\")",
            "category(\"$param\")",
            "severity(\"$param\")",
            "rationale(\"$param\")",
            "remediation(\"$param\")"));
    rows.add(
        List.of(
            "Rule",
            "Industry",
            "Indicator kind",
            "Max yearly change",
            "Id",
            "Title",
            "Category",
            "Severity",
            "Rationale",
            "Remediation"));
    String[][] data = {
      {"telecommunications", "retentionRate", "3"},
      {"telecommunications", "churnRate", "3"},
      {"telecommunications", "netPromoterScore", "6"},
      {"telecommunications", "returningCustomerRatio", "0.8"},
      {"retail", "repeatPurchaseRate", "4"},
      {"travel", "returningCustomerRatio", "4"},
      {"banking", "retentionRate", "2"},
    };
    for (String[] d : data) {
      rows.add(
          List.of(
              d[0] + " " + d[1],
              d[0],
              d[1],
              d[2],
              "ACME-DT-001",
              "Required change above the industry limit",
              "REALISM",
              "WARNING",
              "Acme industry panel: yearly changes seen in the industry.",
              "Lower the target or move its due date."));
    }
    return rows;
  }

  /** The table as CSV. */
  public static String csv() {
    return rows().stream()
        .map(
            r ->
                r.stream()
                    .map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
                    .collect(Collectors.joining(",")))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
