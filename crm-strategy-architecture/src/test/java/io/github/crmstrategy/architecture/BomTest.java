package io.github.crmstrategy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM has no parent (so that importing it pins only crm-strategy's own artifacts), so nothing
 * keeps its version and its list in step with the build but this test: it lists every published
 * module, at the build's version.
 */
class BomTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern VERSION =
      Pattern.compile("<artifactId>crm-strategy-parent</artifactId>\\s*<version>([^<]+)</version>");
  private static final Pattern MANAGED =
      Pattern.compile(
          "<artifactId>(crm-strategy-[a-z-]+)</artifactId>\\s*<version>([^<]+)</version>");

  /** The modules a host may depend on: published, with their own jar. */
  private static final List<String> PUBLISHED =
      List.of(
          "crm-strategy-core",
          "crm-strategy-rules",
          "crm-strategy-rules-compiler",
          "crm-strategy-report",
          "crm-strategy-samples",
          "crm-strategy-cli");

  @Test
  void theBomManagesEveryPublishedModuleAtTheBuildsVersion() throws Exception {
    Matcher parent = VERSION.matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertThat(parent.find()).isTrue();
    String version = parent.group(1);
    String bom = Files.readString(ROOT.resolve("crm-strategy-bom/pom.xml"));
    assertThat(bom).contains("<artifactId>crm-strategy-bom</artifactId>\n  <version>" + version);
    List<String> managed = new ArrayList<>();
    Matcher m = MANAGED.matcher(bom.substring(bom.indexOf("<dependencyManagement>")));
    while (m.find()) {
      assertThat(m.group(2)).as("version of %s in the BOM", m.group(1)).isEqualTo(version);
      managed.add(m.group(1));
    }
    assertThat(managed).containsAll(PUBLISHED);
    for (String module : PUBLISHED) {
      assertThat(Files.readString(ROOT.resolve(module).resolve("pom.xml")))
          .as("%s is published", module)
          .doesNotContain("<maven.deploy.skip>true</maven.deploy.skip>");
    }
  }
}
