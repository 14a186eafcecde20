package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** The company the plan belongs to. */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganization.class)
@JsonDeserialize(as = ImmutableOrganization.class)
public interface Organization {

  /** The company name; the only required field besides ids and the format version. */
  String name();

  /** The industry, matched against benchmark tables (for example {@code telecommunications}). */
  Optional<String> industry();

  /** Number of employees. */
  OptionalInt employees();

  /**
   * Whom the company sells to (B2B, B2C or both); when absent, the review infers it from the
   * segments.
   */
  Optional<BusinessModel> businessModel();

  /** A builder for {@link Organization}. */
  static ImmutableOrganization.Builder builder() {
    return ImmutableOrganization.builder();
  }
}
