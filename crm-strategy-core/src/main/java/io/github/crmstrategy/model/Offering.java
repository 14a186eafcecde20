package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An offering: a product for a segment, at a price, through channels. */
@Value.Immutable
@JsonSerialize(as = ImmutableOffering.class)
@JsonDeserialize(as = ImmutableOffering.class)
public interface Offering {

  /** The product or service. */
  Optional<String> product();

  /** Id of the segment it is offered to. */
  Optional<String> segment();

  /** The price, as free text. */
  Optional<String> price();

  /** The sales and service channels. */
  List<String> channels();

  /** A builder for {@link Offering}. */
  static ImmutableOffering.Builder builder() {
    return ImmutableOffering.builder();
  }
}
