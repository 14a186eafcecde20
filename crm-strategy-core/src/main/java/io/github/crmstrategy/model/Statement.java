package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** An identified statement: an environment-analysis finding or a SWOT item. */
@Value.Immutable
@JsonSerialize(as = ImmutableStatement.class)
@JsonDeserialize(as = ImmutableStatement.class)
public interface Statement extends Identified {

  /** The text. */
  Optional<String> statement();

  /** A builder for {@link Statement}. */
  static ImmutableStatement.Builder builder() {
    return ImmutableStatement.builder();
  }
}
