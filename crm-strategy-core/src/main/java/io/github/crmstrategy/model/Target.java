package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The target value of an indicator and when it is due. */
@Value.Immutable
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public interface Target {

  /** The value to reach. */
  double value();

  /** When it is to be reached. */
  Optional<LocalDate> due();

  /** A builder for {@link Target}. */
  static ImmutableTarget.Builder builder() {
    return ImmutableTarget.builder();
  }
}
