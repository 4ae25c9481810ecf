/**
 * The guideline rules themselves: small classes behind {@link
 * org.relay.guidelines.rules.GuidelineRule}, built from administrators' parameters, checking a
 * {@link org.relay.guidelines.rules.DraftUnderCheck}. Pure logic over text (with libphonenumber and
 * java-string-similarity): no JPA, no web, no engine; depends only on {@code
 * org.relay.guidelines}'s {@code Finding} and {@code Severity} and on {@code org.relay.shared}.
 */
package org.relay.guidelines.rules;
