package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A governance role and who holds it. */
@Value.Immutable
@JsonSerialize(as = ImmutableRole.class)
@JsonDeserialize(as = ImmutableRole.class)
public interface Role {

  /** The role. */
  String role();

  /** Who holds it. */
  Optional<String> holder();

  /** Since when the holder holds the role; a role without it is planned, not yet in place. */
  Optional<LocalDate> since();

  /** A builder for {@link Role}. */
  static ImmutableRole.Builder builder() {
    return ImmutableRole.builder();
  }
}
