package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AnalystDrl;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.testing.SamplePlans;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Decision tables, XLSX and CSV, compiled with the built-in rules. */
class DecisionTablesTest {
  /**
   * Where crm-strategy-samples keeps the sample workbook (rewritten with -DupdateSampleWorkbook).
   */
  static final Path SAMPLE = SamplePlans.WORKSPACE_FOLDER.resolve("tables/growth-by-industry.xlsx");

  @Test
  void xlsxAndCsvTablesGiveTheSameFindings() throws Exception {
    Reviewer xlsx =
        Reviewer.fromProfile(
            RuleProfile.builder()
                .addDecisionTable(DecisionTableSource.of("growth.xlsx", GrowthTableWorkbook.xlsx()))
                .build());
    Reviewer csv =
        Reviewer.fromProfile(
            RuleProfile.builder()
                .addDecisionTable(
                    DecisionTableSource.of(
                        "growth.csv", GrowthTable.csv().getBytes(StandardCharsets.UTF_8)))
                .build());
    assertThat(xlsx.rules())
        .anyMatch(r -> r.id().equals("ACME-DT-001") && r.severity() == Severity.WARNING);
    int found = 0;
    for (PlanDocument plan : AnalystDrl.plans(60)) {
      AssessmentReport a = xlsx.assess(plan);
      assertThat(csv.assess(plan)).isEqualTo(a);
      for (Finding f : a.findingsOf("ACME-DT-001")) {
        assertThat(f.message()).contains("the industry limit is");
        assertThat(f.category().name()).isEqualTo("REALISM");
        found++;
      }
    }
    assertThat(found).isPositive();
  }

  @Test
  void theShippedSampleWorkbookIsTheGeneratedOne() throws Exception {
    if (Boolean.getBoolean("updateSampleWorkbook")) {
      Files.createDirectories(SAMPLE.getParent());
      Files.write(SAMPLE, GrowthTableWorkbook.xlsx());
    }
    try (var shipped =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(SAMPLE));
        var generated =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(GrowthTableWorkbook.xlsx()))) {
      var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
      var a = shipped.getSheetAt(0);
      var b = generated.getSheetAt(0);
      assertThat(a.getLastRowNum()).isEqualTo(b.getLastRowNum());
      for (int r = 0; r <= a.getLastRowNum(); r++) {
        var ra = a.getRow(r);
        var rb = b.getRow(r);
        int n = rb == null ? 0 : rb.getLastCellNum();
        for (int c = 0; c < n; c++) {
          assertThat(formatter.formatCellValue(ra.getCell(c)))
              .as("row %d column %d (regenerate with -DupdateSampleWorkbook=true)", r + 1, c + 1)
              .isEqualTo(formatter.formatCellValue(rb.getCell(c)));
        }
      }
    }
  }
}
