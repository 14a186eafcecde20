package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** CRM leadership and governance: the sponsor and the assigned roles. */
@Value.Immutable
@JsonSerialize(as = ImmutableGovernance.class)
@JsonDeserialize(as = ImmutableGovernance.class)
public interface Governance {

  /** The executive sponsor. */
  Optional<String> sponsor();

  /** Assigned roles. */
  List<Role> roles();

  /** A builder for {@link Governance}. */
  static ImmutableGovernance.Builder builder() {
    return ImmutableGovernance.builder();
  }
}
