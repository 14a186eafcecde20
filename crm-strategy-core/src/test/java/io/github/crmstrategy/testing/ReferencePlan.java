package io.github.crmstrategy.testing;

import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.model.PlanDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The reference document {@code northwind-telecom.yaml}, shipped in the core test-jar. */
public final class ReferencePlan {
  /** Class-path name of the reference document. */
  public static final String RESOURCE = "/northwind-telecom.yaml";

  private ReferencePlan() {}

  /** The reference plan, read and validated from {@link #RESOURCE}. */
  public static PlanDocument northwindTelecom() {
    try (InputStream in = ReferencePlan.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path (core test-jar)");
      }
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return PlanDocuments.read(content, "northwind-telecom.yaml", DocumentFormat.YAML).plan();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("The reference plan does not load", e);
    }
  }
}
