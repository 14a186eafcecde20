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

  /** Where the capability stands today; absent means {@code planned}. */
  Optional<CapabilityStatus> status();

  /**
   * The CRM areas it covers, an open vocabulary (well-known areas are listed in the rule data, for
   * example {@code customerData}, {@code singleCustomerView}, {@code analytics}).
   */
  List<String> covers();

  /** Ids of the capabilities that must be live before this one can be. */
  List<String> dependsOn();

  /** Reusable results of prior initiatives it builds on, as the initiatives name them. */
  List<String> reuses();

  /**
   * Ids of the indicators whose targets this capability makes reachable; when empty, the review
   * follows the links (capability, the CRM tasks it realises, their relationship strategies, the
   * goals they serve).
   */
  List<String> drives();

  /** A builder for {@link Capability}. */
  static ImmutableCapability.Builder builder() {
    return ImmutableCapability.builder();
  }
}
