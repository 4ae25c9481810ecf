package org.relay.guidelines;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.relay.guidelines.rules.Parameter;

/**
 * A guideline rule as the admin page and the API show it: what it is, whether it is on, the
 * parameters it takes and their current values (lists of strings, numbers; empty for readers other
 * than administrators and legal, since term lists name confidential projects), and who changed
 * them.
 */
public record RuleView(
    String id,
    String title,
    String purpose,
    String policyLink,
    boolean enabled,
    List<Parameter> parameters,
    Map<String, Object> values,
    String updatedBy,
    Instant updatedAt) {}
