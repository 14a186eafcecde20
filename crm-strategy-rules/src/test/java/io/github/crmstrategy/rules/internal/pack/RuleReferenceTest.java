package io.github.crmstrategy.rules.internal.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.internal.engine.ReviewEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} equal to what {@link RuleReference} generates from the rule metadata.
 * With {@code -DupdateRuleReference=true} (passed through by surefire) it rewrites the file
 * instead.
 */
class RuleReferenceTest {
  static final Path FILE = Path.of("..", "docs", "rules.md");

  static final String REGENERATE =
      "mvn -B -pl crm-strategy-rules -am test -Dtest=RuleReferenceTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -DupdateRuleReference=true";

  @Test
  void committedReferenceMatchesTheRuleMetadata() throws IOException {
    String generated = RuleReference.defaultPack();
    if (Boolean.getBoolean("updateRuleReference")) {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    assertThat(FILE).as("docs/rules.md").exists();
    String committed = Files.readString(FILE, StandardCharsets.UTF_8);
    assertThat(committed)
        .as(
            "docs/rules.md is out of date with the rule metadata; regenerate it from the"
                + " repository root with:%n  %s%nand commit the result",
            REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void referenceDescribesEveryRuleAndParameter() {
    String md = RuleReference.defaultPack();
    ReviewEngine engine = ReviewEngine.defaults();
    for (RuleDescriptor r : engine.rules()) {
      assertThat(md).contains("### " + r.id()).contains(r.rationale().strip().split("\\s+")[0]);
    }
    engine.data().parameters().keySet().forEach(p -> assertThat(md).contains("`" + p + "`"));
    RuleData.DATA_FILES.forEach(f -> assertThat(md).contains("`" + f + "`"));
  }
}
