package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A customer segment; {@code ideal} marks the segments of the ideal customer base. */
@Value.Immutable
@JsonSerialize(as = ImmutableSegment.class)
@JsonDeserialize(as = ImmutableSegment.class)
public interface Segment extends Identified {

  /** Description. */
  Optional<String> name();

  /** Whether the segment belongs to the ideal customer base. */
  @Value.Default
  default boolean ideal() {
    return false;
  }

  /** Whether the segment's customers are businesses or consumers. */
  Optional<CustomerType> type();

  /** A builder for {@link Segment}. */
  static ImmutableSegment.Builder builder() {
    return ImmutableSegment.builder();
  }
}
