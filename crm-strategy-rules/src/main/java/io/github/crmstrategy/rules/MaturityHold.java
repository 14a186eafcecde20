package io.github.crmstrategy.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Wording;
import java.util.Optional;
import org.immutables.value.Value;

/** One reason a building block stays at its level. */
@Value.Immutable
@JsonSerialize(as = ImmutableMaturityHold.class)
@JsonDeserialize(as = ImmutableMaturityHold.class)
public interface MaturityHold {
  /** What kind of reason it is. */
  enum Kind {
    /** An unmet or partly met criterion of the next tier. */
    @JsonProperty("criterion")
    CRITERION,
    /** Negative present-day evidence (a cap of the model). */
    @JsonProperty("cap")
    CAP,
    /** The block it rests on (a prerequisite of the model). */
    @JsonProperty("prerequisite")
    PREREQUISITE
  }

  /** What kind of reason it is. */
  Kind kind();

  /** The criterion id, the cap id, or the block it rests on. */
  String id();

  /** The reason in words, naming the evidence. */
  String text();

  /**
   * {@link #text()} in words any language can say; empty when there is none. Not written to JSON.
   */
  @JsonIgnore
  Optional<Wording> wording();

  /** Element path of the evidence ({@code ""} for the whole plan). */
  ElementPath path();

  /** A builder for {@link MaturityHold}. */
  static ImmutableMaturityHold.Builder builder() {
    return ImmutableMaturityHold.builder();
  }
}
