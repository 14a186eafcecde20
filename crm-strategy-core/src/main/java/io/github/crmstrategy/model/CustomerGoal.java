package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer-related strategic goal of the CRM strategy, linked to the corporate goals it supports.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomerGoal.class)
@JsonDeserialize(as = ImmutableCustomerGoal.class)
public interface CustomerGoal extends MeasuredGoal {

  /** The goal statement. */
  @Override
  Optional<String> statement();

  /** Ids of the corporate goals it supports. */
  List<String> supports();

  /** Measurable indicators with target values. */
  @Override
  List<Indicator> indicators();

  /** A builder for {@link CustomerGoal}. */
  static ImmutableCustomerGoal.Builder builder() {
    return ImmutableCustomerGoal.builder();
  }
}
