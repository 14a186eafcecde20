package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A dated, measured value of an indicator in its history. */
@Value.Immutable
@JsonSerialize(as = ImmutableObservation.class)
@JsonDeserialize(as = ImmutableObservation.class)
public interface Observation {

  /** When it was measured. */
  LocalDate asOf();

  /** The measured value. */
  double value();

  /** A builder for {@link Observation}. */
  static ImmutableObservation.Builder builder() {
    return ImmutableObservation.builder();
  }
}
