package io.github.crmstrategy.testing;

import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.samples.Samples;
import java.nio.file.Path;

/** The bundled sample plans ({@link Samples}) read as plans, for the tests of every module. */
public final class SamplePlans {
  /** The source folder of crm-strategy-samples' resources, from any module of this build. */
  public static final Path SOURCE_FOLDER =
      Path.of("../crm-strategy-samples/src/main/resources" + Samples.RESOURCE_FOLDER);

  /** The source folder of the example analyst workspace, from any module of this build. */
  public static final Path WORKSPACE_FOLDER =
      Path.of("../crm-strategy-samples/src/main/resources" + Samples.WORKSPACE_FOLDER);

  /** The reference plan's file in the source tree, for tests that read files. */
  public static final Path REFERENCE_FILE = file(Samples.NORTHWIND_TELECOM);

  private SamplePlans() {}

  /** The file of sample {@code name} in the source tree of this build. */
  public static Path file(String name) {
    return SOURCE_FOLDER.resolve(name + ".yaml");
  }

  /**
   * Reads sample {@code name}; problems name it as {@code classpath:/io/.../NAME.yaml}.
   *
   * @throws InvalidPlanException if the sample is not a valid document (a bug in the samples)
   */
  public static LoadedPlan load(String name) throws InvalidPlanException {
    return PlanDocuments.read(Samples.content(name), Samples.source(name), DocumentFormat.YAML);
  }
}
