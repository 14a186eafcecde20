package host;

import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.document.PlanValidator;
import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.Direction;
import io.github.crmstrategy.model.ImmutablePlanDocument;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.Organization;
import io.github.crmstrategy.model.PlanDocument;
import java.nio.file.Path;
import java.util.List;

/** Uses the plan model, the reader, the writer and validation as a host would. */
public final class Host {
  private Host() {}

  /** Builds a plan, writes it, reads it back and validates it. */
  public static void main(String[] args) throws Exception {
    ImmutablePlanDocument plan =
        PlanDocument.builder()
            .formatVersion(PlanDocument.CURRENT_FORMAT_VERSION)
            .organization(Organization.builder().name("Host Ltd").industry("retail").build())
            .crmStrategy(
                CrmStrategy.builder()
                    .addGoals(
                        CustomerGoal.builder()
                            .id("CG1")
                            .statement("Keep customers.")
                            .addIndicators(
                                Indicator.builder()
                                    .id("RET")
                                    .kind("retentionRate")
                                    .direction(Direction.INCREASE)
                                    .build())
                            .build())
                    .build())
            .build();
    List<Problem> problems = PlanValidator.validate(plan);
    Path file = Path.of(args.length > 0 ? args[0] : "plan.yaml");
    PlanDocuments.write(plan, file);
    try {
      LoadedPlan loaded = PlanDocuments.read(file);
      System.out.println(loaded.plan().organization().name() + " " + problems.size());
    } catch (InvalidPlanException e) {
      e.problems().forEach(p -> System.out.println(p));
    }
  }
}
