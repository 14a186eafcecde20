package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something the company runs today, as the current-state assessment lists it: a system ({@code
 * currentState.systems}), a data store ({@code currentState.data}) or a practice people follow
 * ({@code currentState.practices}). These are the evidence of current maturity; plans are not.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCurrentAsset.class)
@JsonDeserialize(as = ImmutableCurrentAsset.class)
public interface CurrentAsset extends Identified {

  /** What it is, in the company's words. */
  Optional<String> name();

  /**
   * The CRM areas it covers, an open vocabulary (well-known areas are listed in the rule data, for
   * example {@code customerData}, {@code sales}, {@code service}, {@code analytics}).
   */
  List<String> covers();

  /** For systems and data: integrated with the others, partly, or siloed. */
  Optional<Integration> integration();

  /** Since when it is in use. */
  Optional<LocalDate> since();

  /** A builder for {@link CurrentAsset}. */
  static ImmutableCurrentAsset.Builder builder() {
    return ImmutableCurrentAsset.builder();
  }
}
