package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The quality of the strategy document itself: how well its elements are linked, owned, measured
 * and written. A well-written plan of an immature company scores high here and low on {@link
 * MaturityResult#current()}: the two are different things.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDocumentQuality.class)
@JsonDeserialize(as = ImmutableDocumentQuality.class)
public interface DocumentQuality {
  /** Score 0..100: the share of the document-quality criterion points earned. */
  double score();

  /** Each aspect ({@code links}, {@code owners}, {@code indicators}, {@code sections}), by name. */
  Map<String, QualityAspect> aspects();

  /** A builder for {@link DocumentQuality}. */
  static ImmutableDocumentQuality.Builder builder() {
    return ImmutableDocumentQuality.builder();
  }
}
