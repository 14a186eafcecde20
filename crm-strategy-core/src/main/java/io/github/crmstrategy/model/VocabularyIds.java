package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The document names of each {@link Vocabulary} enum's constants, computed once per enum. */
final class VocabularyIds {
  private static final ClassValue<String[]> IDS =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] ids = new String[constants.length];
          for (Object constant : constants) {
            Enum<?> e = (Enum<?>) constant;
            JsonProperty property;
            try {
              property = type.getField(e.name()).getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException ex) {
              throw new IllegalStateException(ex);
            }
            if (property == null) {
              throw new IllegalStateException(
                  type.getName() + "." + e.name() + " has no @JsonProperty document name");
            }
            ids[e.ordinal()] = property.value();
          }
          return ids;
        }
      };

  private VocabularyIds() {}

  static String of(Enum<?> constant) {
    return IDS.get(constant.getDeclaringClass())[constant.ordinal()];
  }
}
