package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A relationship strategy: the CRM goals it serves and the customer segments it targets. */
@Value.Immutable
@JsonSerialize(as = ImmutableRelationshipStrategy.class)
@JsonDeserialize(as = ImmutableRelationshipStrategy.class)
public interface RelationshipStrategy extends Identified {

  /** What the strategy does, in enough detail to act on. */
  Optional<String> statement();

  /** Ids of the CRM goals it serves. */
  List<String> goals();

  /** Ids of the segments it targets. */
  List<String> segments();

  /**
   * Ids of what this relationship strategy answers: environment statements, SWOT items, competitors
   * or prior initiatives (whose lessons it applies).
   */
  List<String> addresses();

  /** A builder for {@link RelationshipStrategy}. */
  static ImmutableRelationshipStrategy.Builder builder() {
    return ImmutableRelationshipStrategy.builder();
  }
}
