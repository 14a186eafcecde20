/**
 * The review API: a {@link io.github.crmstrategy.rules.Reviewer} built once from a rule pack
 * assesses plans and returns an {@link io.github.crmstrategy.rules.AssessmentReport} with the
 * maturity result and the findings. Everything under {@code internal} is not API.
 */
@ModelStyle
package io.github.crmstrategy.rules;

import io.github.crmstrategy.model.ModelStyle;
