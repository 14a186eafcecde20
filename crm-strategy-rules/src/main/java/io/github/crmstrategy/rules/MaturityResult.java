package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.BuildingBlock;
import java.util.Map;
import org.immutables.value.Value;

/**
 * CRM maturity across Gartner's eight building blocks, kept apart as a consultant keeps it: where
 * the company stands today ({@link #current()}), where the plan would leave it at the end of its
 * horizon ({@link #target()}), each block's levels side by side with the self-assessment and the
 * peers ({@link #blocks()}), and the pace of the route between them ({@link #route()}). The quality
 * of the strategy document is not maturity: it is {@link AssessmentReport#documentQuality()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMaturityResult.class)
@JsonDeserialize(as = ImmutableMaturityResult.class)
public interface MaturityResult {
  /**
   * Maturity today, evidenced only by what exists today: systems, data and practices in use, live
   * capabilities, roles held since a date, indicator baselines and history against peers, the
   * outcome of prior initiatives.
   */
  MaturityProfile current();

  /**
   * Maturity at the end of the horizon if the plan is carried out: today plus the capabilities
   * delivered inside the horizon, the roles with a holder and the dated targets; results (level 5)
   * stay today's.
   */
  MaturityProfile target();

  /** Each block's current and target level, self-assessment, peers and route, in block order. */
  Map<BuildingBlock, BlockLevels> blocks();

  /** The route from today to the end of the horizon: its length and the pace of a level step. */
  MaturityRoute route();

  /** A builder for {@link MaturityResult}. */
  static ImmutableMaturityResult.Builder builder() {
    return ImmutableMaturityResult.builder();
  }
}
