package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** One aspect of document quality and its criteria. */
@Value.Immutable
@JsonSerialize(as = ImmutableQualityAspect.class)
@JsonDeserialize(as = ImmutableQualityAspect.class)
public interface QualityAspect {
  /** Score 0..100: the share of the aspect's criterion points earned. */
  double score();

  /** Each criterion of the aspect. */
  List<MaturityEvidence> evidence();

  /** A builder for {@link QualityAspect}. */
  static ImmutableQualityAspect.Builder builder() {
    return ImmutableQualityAspect.builder();
  }
}
