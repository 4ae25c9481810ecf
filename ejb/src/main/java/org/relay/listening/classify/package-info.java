/**
 * Classifiers for a mention's text and audience: language, sentiment, urgency, reach, and spikes in
 * a topic's volume. Plain, thread-safe Java with no persistence, engine or container needs, so the
 * listening services inject them and tests construct them; this package depends on nothing else in
 * Relay.
 */
package org.relay.listening.classify;
