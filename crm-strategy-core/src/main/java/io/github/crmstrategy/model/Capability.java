package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A capability of the CRM system, tracing to the CRM tasks it realises. */
@Value.Immutable
@JsonSerialize(as = ImmutableCapability.class)
@JsonDeserialize(as = ImmutableCapability.class)
public interface Capability extends Identified {

  /** Name. */
  Optional<String> name();

  /** Ids of the CRM tasks it realises. */
  List<String> realizes();

  /** Id of the phase that delivers it. */
  Optional<String> phase();

  /** A builder for {@link Capability}. */
  static ImmutableCapability.Builder builder() {
    return ImmutableCapability.builder();
  }
}
