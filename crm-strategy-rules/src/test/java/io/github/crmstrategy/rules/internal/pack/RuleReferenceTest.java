package io.github.crmstrategy.rules.internal.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.internal.engine.ReviewEngine;
import io.github.crmstrategy.text.Languages;
import io.github.crmstrategy.text.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} and {@code docs/rules.ru.md} equal to what {@link RuleReference}
 * generates from the rule metadata and the rule texts. With {@code -DupdateRuleReference=true}
 * (passed through by surefire) it rewrites the files instead.
 */
class RuleReferenceTest {
  static final Path FILE = Path.of("..", "docs", "rules.md");
  static final Path RUSSIAN = Path.of("..", "docs", "rules.ru.md");

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
  void committedRussianReferenceMatchesTheRuleMetadataAndTexts() throws IOException {
    String generated = RuleReference.defaultPack(Languages.RUSSIAN);
    if (Boolean.getBoolean("updateRuleReference")) {
      Files.writeString(RUSSIAN, generated, StandardCharsets.UTF_8);
    }
    assertThat(RUSSIAN).as("docs/rules.ru.md").exists();
    assertThat(Files.readString(RUSSIAN, StandardCharsets.UTF_8))
        .as(
            "docs/rules.ru.md is out of date with the rule metadata or texts; regenerate it from"
                + " the repository root with:%n  %s%nand commit the result",
            REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void russianReferenceSaysEveryRuleInRussian() {
    String md = RuleReference.defaultPack(Languages.RUSSIAN);
    Messages ru = Messages.of("io.github.crmstrategy.rules.i18n.rules", Languages.RUSSIAN);
    for (RuleDescriptor r : ReviewEngine.defaults().rules()) {
      assertThat(md)
          .contains("### " + r.id())
          .contains("**" + ru.get(r.id() + ".title") + "**")
          .contains("Обоснование: " + ru.get(r.id() + ".rationale"))
          .doesNotContain(r.rationale().strip());
    }
    assertThat(md).contains("## Согласованность").contains("[rules.md](rules.md)");
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
