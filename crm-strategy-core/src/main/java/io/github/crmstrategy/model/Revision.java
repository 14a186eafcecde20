package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** The revision of a plan document: the strategy is revised several times before it is final. */
@Value.Immutable
@JsonSerialize(as = ImmutableRevision.class)
@JsonDeserialize(as = ImmutableRevision.class)
public interface Revision {

  /** The revision number. */
  OptionalInt number();

  /** When the revision was made. */
  Optional<LocalDate> date();

  /** Who made it. */
  Optional<String> author();

  /** What changed. */
  Optional<String> notes();

  /** A builder for {@link Revision}. */
  static ImmutableRevision.Builder builder() {
    return ImmutableRevision.builder();
  }
}
