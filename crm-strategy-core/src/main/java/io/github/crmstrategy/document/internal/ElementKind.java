package io.github.crmstrategy.document.internal;

/** The kinds of identified plan elements, as named in problem messages. */
enum ElementKind {
  ENVIRONMENT_STATEMENT("environment statement"),
  SWOT_ITEM("SWOT item"),
  CORPORATE_GOAL("corporate goal"),
  INDICATOR("indicator"),
  CORPORATE_STRATEGY("corporate strategy"),
  CORPORATE_TASK("corporate task"),
  CRM_GOAL("CRM goal"),
  RELATIONSHIP_STRATEGY("relationship strategy"),
  CRM_TASK("CRM task"),
  SEGMENT("segment"),
  CAPABILITY("capability"),
  PHASE("phase"),
  MILESTONE("milestone"),
  COMPETITOR("competitor"),
  PRIOR_INITIATIVE("prior initiative"),
  SYSTEM("system"),
  DATA_STORE("data store"),
  PRACTICE("practice");

  private final String label;

  ElementKind(String label) {
    this.label = label;
  }

  /** The kind as it reads in a message, for example {@code "CRM goal"}. */
  String label() {
    return label;
  }

  /** The label with its indefinite article, for example {@code "an indicator"}. */
  String withArticle() {
    return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }
}
