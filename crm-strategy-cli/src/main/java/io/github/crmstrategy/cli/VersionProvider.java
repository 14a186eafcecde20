package io.github.crmstrategy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version line of {@code --version}, from the build-time {@code version.properties}. */
final class VersionProvider implements IVersionProvider {
  static final String RESOURCE = "/io/github/crmstrategy/cli/version.properties";

  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {
      "crm-strategy " + properties.getProperty("version", "(unknown version)"),
      "Java ${java.version} (${java.vendor})"
    };
  }
}
