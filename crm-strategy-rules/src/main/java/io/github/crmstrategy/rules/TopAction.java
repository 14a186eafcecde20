package io.github.crmstrategy.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Wording;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of the top actions of {@link NextActions#top()}: a change across blocks (one evidence measure
 * that several blocks' criteria read), a cap to end, or one rule's remediation applied to all its
 * findings; with the elements to change, the findings it resolves and what it is worth.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTopAction.class)
@JsonDeserialize(as = ImmutableTopAction.class)
public interface TopAction {
  /** What kind of action it is. */
  enum Kind {
    /** Meet the criteria of one evidence measure, in every block whose next step needs it. */
    @JsonProperty("maturity")
    MATURITY,
    /** End negative present-day evidence that holds blocks at the end of the plan. */
    @JsonProperty("cap")
    CAP,
    /** Apply one rule's remediation to every finding it reported. */
    @JsonProperty("findings")
    FINDINGS
  }

  /** Rank, 1 for the action worth most. */
  int rank();

  /** What kind of action it is. */
  Kind kind();

  /** The measure, the cap id or the rule id. */
  String id();

  /** What to do, in words. */
  String title();

  /**
   * {@link #title()} in words any language can say; empty when there is none. Not written to JSON.
   */
  @JsonIgnore
  Optional<Wording> titleWording();

  /** The blocks whose level at the end of the plan it moves (empty for findings). */
  List<BuildingBlock> blocks();

  /** The criteria it meets or the blocks' caps it ends (empty for findings). */
  List<String> criteria();

  /** The elements of the plan to change. */
  List<ElementPath> elements();

  /** The findings it resolves. */
  List<FindingKey> resolves();

  /**
   * What it is worth, the sort key: overall score points it adds, plus {@code
   * actions.worth.levelStep} shared among the changes of each level step it belongs to, plus the
   * worth of the findings it resolves ({@code actions.worth.error}, {@code .warning}, {@code
   * .info}).
   */
  double worth();

  /** Why it is worth that, in words. */
  String why();

  /**
   * {@link #why()} in words any language can say; empty when there is none. Not written to JSON.
   */
  @JsonIgnore
  Optional<Wording> whyWording();

  /** A builder for {@link TopAction}. */
  static ImmutableTopAction.Builder builder() {
    return ImmutableTopAction.builder();
  }
}
