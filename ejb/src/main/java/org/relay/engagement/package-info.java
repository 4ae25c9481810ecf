/**
 * Engagement: the work of answering a mention (inbox, claim, and later draft, review, respond).
 * Depends on {@code shared} and {@code listening}; the process engine is reached only through
 * {@link org.relay.engagement.EngagementWorkflow}.
 */
package org.relay.engagement;
