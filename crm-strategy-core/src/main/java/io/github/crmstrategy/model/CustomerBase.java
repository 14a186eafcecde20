package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** The quantitative route answers: the customer segments (which are ideal) and the offerings. */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomerBase.class)
@JsonDeserialize(as = ImmutableCustomerBase.class)
public interface CustomerBase {

  /** Customer segments. */
  List<Segment> segments();

  /** Which products or services go to whom, at what price, through which channels. */
  List<Offering> offerings();

  /** A builder for {@link CustomerBase}. */
  static ImmutableCustomerBase.Builder builder() {
    return ImmutableCustomerBase.builder();
  }
}
