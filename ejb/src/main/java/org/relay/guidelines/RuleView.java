package org.relay.guidelines;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.relay.guidelines.rules.Parameter;

/**
 * A guideline rule as the admin page and the API show it: what it is, whether it is on, the
 * parameters it takes and their current values (lists of strings, numbers), and who changed them.
 * For readers other than administrators and legal the values are confidential (term lists name
 * projects under NDA): {@code values} is then empty and {@code valuesHidden} true, so that a page
 * or client shows them as hidden, not as missing.
 */
public record RuleView(
    String id,
    String title,
    String purpose,
    String policyLink,
    boolean enabled,
    List<Parameter> parameters,
    Map<String, Object> values,
    boolean valuesHidden,
    String updatedBy,
    Instant updatedAt) {}
