package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The route from today to the end of the horizon and the pace a level step takes. */
@Value.Immutable
@JsonSerialize(as = ImmutableMaturityRoute.class)
@JsonDeserialize(as = ImmutableMaturityRoute.class)
public interface MaturityRoute {
  /** Years one level step takes ({@code maturity.route.yearsPerLevel}). */
  double yearsPerLevel();

  /** Today: the plan's date (revision date, else horizon start). */
  Optional<LocalDate> from();

  /** The end of the horizon. */
  Optional<LocalDate> to();

  /**
   * Years from {@link #from()} to {@link #to()}, rounded to one decimal; 0 when either is missing.
   */
  double yearsAvailable();

  /** A builder for {@link MaturityRoute}. */
  static ImmutableMaturityRoute.Builder builder() {
    return ImmutableMaturityRoute.builder();
  }
}
