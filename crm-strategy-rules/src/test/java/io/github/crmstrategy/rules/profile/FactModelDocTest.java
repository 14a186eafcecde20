package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/fact-model.md lists every fact field, and its worked example compiles and reports. */
class FactModelDocTest {
  static final Path DOC = Path.of("../docs/fact-model.md");

  @Test
  void everyFieldOfEveryFactIsDocumented() throws Exception {
    String doc = Files.readString(DOC);
    File folder = new File("src/main/java/io/github/crmstrategy/rules/facts");
    int records = 0;
    for (File f :
        folder.listFiles((d, n) -> n.endsWith(".java") && !n.equals("package-info.java"))) {
      Class<?> type =
          Class.forName("io.github.crmstrategy.rules.facts." + f.getName().replace(".java", ""));
      if (!type.isRecord()) {
        continue;
      }
      records++;
      assertThat(doc)
          .as("section of %s", type.getSimpleName())
          .contains("### " + type.getSimpleName() + "\n");
      for (RecordComponent c : type.getRecordComponents()) {
        assertThat(doc)
            .as("field %s.%s", type.getSimpleName(), c.getName())
            .containsPattern("\\| `" + c.getName() + "` \\| `[^`]+` \\| \\S");
      }
    }
    assertThat(records).isGreaterThan(15);
  }
}
