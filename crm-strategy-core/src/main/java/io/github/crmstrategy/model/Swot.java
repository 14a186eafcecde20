package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** The SWOT analysis: four lists of identified statements. */
@Value.Immutable
@JsonSerialize(as = ImmutableSwot.class)
@JsonDeserialize(as = ImmutableSwot.class)
public interface Swot {

  /** Internal strengths. */
  List<Statement> strengths();

  /** Internal weaknesses. */
  List<Statement> weaknesses();

  /** External opportunities. */
  List<Statement> opportunities();

  /** External threats. */
  List<Statement> threats();

  /** A builder for {@link Swot}. */
  static ImmutableSwot.Builder builder() {
    return ImmutableSwot.builder();
  }
}
