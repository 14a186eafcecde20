/**
 * Text helpers every module shares, so that one rule decides how a number is written and which
 * known word a misspelt one most likely meant: {@link io.github.crmstrategy.text.Numbers} (every
 * number format the documents, messages and reports use) and {@link
 * io.github.crmstrategy.text.Suggestions} ("did you mean" by edit distance). JDK only.
 */
package io.github.crmstrategy.text;
