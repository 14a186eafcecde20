package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.testing.PlanGenerators;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The plans the benchmarks run on. */
public final class Plans {
  private Plans() {}

  /**
   * The reference shape scaled {@code factor} times ({@code 1}: the reference's element counts).
   */
  public static PlanDocument scaled(int factor) {
    return PlanGenerators.scaled(factor);
  }

  /** The reference document {@code northwind-telecom.yaml} of the core test-jar. */
  public static PlanDocument reference() {
    try (InputStream in = Plans.class.getResourceAsStream("/northwind-telecom.yaml")) {
      if (in == null) {
        throw new IllegalStateException("northwind-telecom.yaml not on the class path");
      }
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return PlanDocuments.read(content, "northwind-telecom.yaml", DocumentFormat.YAML).plan();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the reference plan", e);
    }
  }
}
