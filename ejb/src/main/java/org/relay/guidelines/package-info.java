/**
 * Guidelines: the checks a reply must pass before it is published, each finding explaining which
 * rule, why it exists and how to fix it; the administrators' rule parameters, the canned-message
 * library, the policy in plain language and the count of repeated findings per author. The rules
 * themselves ({@code org.relay.guidelines.rules}) are pure logic; the services here use {@code
 * listening} for crises and topics and {@code shared}, and never engagement (which depends on this
 * package, and offers the published replies through {@link org.relay.guidelines.PublishedReplies}).
 * Which canned messages a crisis freezes is crisis-measures.dmn's decision, asked through the port
 * {@link org.relay.guidelines.CannedMessageFreeze} that {@code workflow} implements.
 */
package org.relay.guidelines;
