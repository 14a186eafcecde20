package io.github.crmstrategy.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.internal.Mappers;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The document names of the model's enumerations, spelled once by their @JsonProperty. */
class VocabularyTest {
  private static final List<Class<? extends Vocabulary>> VOCABULARIES =
      List.of(
          BuildingBlock.class,
          CompetitivePosition.class,
          Direction.class,
          InitiativeOutcome.class,
          Perspective.class,
          StrategyArea.class);

  @Test
  void idToStringAndJacksonAllUseTheDocumentName() throws Exception {
    for (Class<? extends Vocabulary> type : VOCABULARIES) {
      for (Vocabulary value : type.getEnumConstants()) {
        String name = type.getField(value.name()).getAnnotation(JsonProperty.class).value();
        assertThat(value.id()).isEqualTo(name);
        assertThat(value).hasToString(name);
        assertThat(Mappers.mapper(DocumentFormat.JSON).writeValueAsString(value))
            .isEqualTo("\"" + name + "\"");
        assertThat(Mappers.mapper(DocumentFormat.JSON).readValue("\"" + name + "\"", type))
            .isSameAs(value);
      }
    }
    assertThat(BuildingBlock.CUSTOMER_EXPERIENCE.id()).isEqualTo("customerExperience");
    assertThat(Perspective.LEARNING_AND_GROWTH.id()).isEqualTo("learningAndGrowth");
  }

  @Test
  void fromIdFindsTheConstantOfADocumentName() {
    assertThat(Vocabulary.fromId(BuildingBlock.class, "customerExperience"))
        .contains(BuildingBlock.CUSTOMER_EXPERIENCE);
    assertThat(Vocabulary.fromId(Direction.class, "decrease")).contains(Direction.DECREASE);
    assertThat(Vocabulary.fromId(Direction.class, "DECREASE")).isEmpty();
    assertThat(Vocabulary.fromId(StrategyArea.class, "")).isEmpty();
  }

  @Test
  void mapKeysAreDocumentNamesToo() throws Exception {
    Map<BuildingBlock, Integer> levels = new EnumMap<>(BuildingBlock.class);
    levels.put(BuildingBlock.CUSTOMER_EXPERIENCE, 3);
    String json = Mappers.mapper(DocumentFormat.JSON).writeValueAsString(levels);
    assertThat(json).contains("\"customerExperience\"");
  }
}
