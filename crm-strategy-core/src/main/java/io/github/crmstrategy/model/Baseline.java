package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The starting value of an indicator and when it was measured. */
@Value.Immutable
@JsonSerialize(as = ImmutableBaseline.class)
@JsonDeserialize(as = ImmutableBaseline.class)
public interface Baseline {

  /** The measured value. */
  double value();

  /** When it was measured. */
  Optional<LocalDate> asOf();

  /** A builder for {@link Baseline}. */
  static ImmutableBaseline.Builder builder() {
    return ImmutableBaseline.builder();
  }
}
