package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A roadmap milestone, its due date and the capabilities it delivers. */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestone.class)
@JsonDeserialize(as = ImmutableMilestone.class)
public interface Milestone extends Identified {

  /** Name. */
  Optional<String> name();

  /** When it is due. */
  Optional<LocalDate> due();

  /** Ids of the capabilities it delivers. */
  List<String> delivers();

  /** A builder for {@link Milestone}. */
  static ImmutableMilestone.Builder builder() {
    return ImmutableMilestone.builder();
  }
}
