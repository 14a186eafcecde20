/**
 * Text helpers every module shares, so that one rule decides how a number is written and which
 * known word a misspelt one most likely meant: {@link io.github.crmstrategy.text.Numbers} (every
 * number format the documents, messages and reports use) and {@link
 * io.github.crmstrategy.text.Suggestions} ("did you mean" by edit distance), and the languages of
 * the output: {@link io.github.crmstrategy.text.Languages}, {@link
 * io.github.crmstrategy.text.Messages} (resource bundles of named-argument patterns), {@link
 * io.github.crmstrategy.text.MessagePattern} and {@link io.github.crmstrategy.text.Plurals}
 * (Russian one/few/many). JDK only.
 */
package io.github.crmstrategy.text;
