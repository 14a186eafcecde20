package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** An implementation phase of the CRM concept. */
@Value.Immutable
@JsonSerialize(as = ImmutablePhase.class)
@JsonDeserialize(as = ImmutablePhase.class)
public interface Phase extends Identified {

  /** Name. */
  Optional<String> name();

  /** First day. */
  Optional<LocalDate> start();

  /** Last day. */
  Optional<LocalDate> end();

  /** A builder for {@link Phase}. */
  static ImmutablePhase.Builder builder() {
    return ImmutablePhase.builder();
  }
}
