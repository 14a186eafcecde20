// Checks that a file holds one assessment report as JSON with the documented keys.
// Run by .ci/smoke-jar.sh with the shaded jar on the class path (for Jackson):
//   java -cp crm-strategy.jar .ci/CheckReportJson.java report.json
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.List;

public class CheckReportJson {
  public static void main(String[] args) throws Exception {
    JsonNode report = new ObjectMapper().readTree(new File(args[0]));
    check(report.path("organization").isTextual(), "organization");
    check(report.path("maturity").path("score").isNumber(), "maturity.score");
    check(report.path("maturity").path("level").isInt(), "maturity.level");
    for (String block :
        List.of(
            "vision",
            "strategy",
            "customerExperience",
            "collaboration",
            "processes",
            "information",
            "technology",
            "metrics")) {
      JsonNode b = report.path("maturity").path("blocks").path(block);
      check(b.path("score").isNumber(), "maturity.blocks." + block + ".score");
      check(b.path("level").isInt(), "maturity.blocks." + block + ".level");
    }
    check(report.path("findings").isArray(), "findings");
    for (JsonNode f : report.path("findings")) {
      for (String key : List.of("ruleId", "category", "severity", "path", "message")) {
        check(f.path(key).isTextual(), "findings[]." + key);
      }
    }
    check(report.path("countsBySeverity").isObject(), "countsBySeverity");
  }

  private static void check(boolean ok, String key) {
    if (!ok) {
      System.err.println("CheckReportJson: missing or wrong type: " + key);
      System.exit(1);
    }
  }
}
