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
    check(report.path("formatVersion").asInt() == 2, "formatVersion 2");
    check(report.path("organization").isTextual(), "organization");
    check(report.path("documentQuality").path("score").isNumber(), "documentQuality.score");
    for (String side : List.of("current", "target")) {
      JsonNode m = report.path("maturity").path(side);
      check(m.path("score").isNumber(), "maturity." + side + ".score");
      check(m.path("level").isInt(), "maturity." + side + ".level");
      check(m.path("levelName").isTextual(), "maturity." + side + ".levelName");
    }
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
      for (String side : List.of("current", "target")) {
        JsonNode b = report.path("maturity").path(side).path("blocks").path(block);
        check(b.path("score").isNumber(), "maturity." + side + ".blocks." + block + ".score");
        check(b.path("level").isInt(), "maturity." + side + ".blocks." + block + ".level");
        check(b.path("evidence").isArray(), "maturity." + side + ".blocks." + block + ".evidence");
      }
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
