package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The CRM strategy: customer goals, relationship strategies, tasks, customer base and Gartner's
 * route answers.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCrmStrategy.class)
@JsonDeserialize(as = ImmutableCrmStrategy.class)
public interface CrmStrategy {

  /** Id of the corporate strategy (area {@code crm}) this CRM strategy details. */
  Optional<String> strategy();

  /** The CRM vision, tied to the corporate vision. */
  Optional<String> vision();

  /** Leadership and roles. */
  Optional<Governance> governance();

  /** Customer-related strategic goals. */
  List<CustomerGoal> goals();

  /** Relationship strategies. */
  List<RelationshipStrategy> relationshipStrategies();

  /** Tasks detailing the relationship strategies. */
  List<Task> tasks();

  /** The ideal customer base and the offerings. */
  Optional<CustomerBase> customerBase();

  /** The best way to earn loyalty. */
  Optional<String> loyalty();

  /** How the company interacts with customers to give a feeling of confidence. */
  Optional<String> interaction();

  /** What makes customers recommend the company and pay a little more. */
  Optional<String> advocacy();

  /** A builder for {@link CrmStrategy}. */
  static ImmutableCrmStrategy.Builder builder() {
    return ImmutableCrmStrategy.builder();
  }
}
