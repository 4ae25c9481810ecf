/**
 * Technical plumbing every context relies on: configuration from the server and the schema
 * migrations run before Hibernate validates the schema. Depends on nothing else in Relay.
 */
package org.relay.infrastructure;
