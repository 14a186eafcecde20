package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A finding a profile's suppression accepted, with the suppression's justification. */
@Value.Immutable
@JsonSerialize(as = ImmutableSuppressedFinding.class)
@JsonDeserialize(as = ImmutableSuppressedFinding.class)
public interface SuppressedFinding {
  /** The finding. */
  Finding finding();

  /** Why it is accepted. */
  String justification();

  /** A builder. */
  static ImmutableSuppressedFinding.Builder builder() {
    return ImmutableSuppressedFinding.builder();
  }
}
