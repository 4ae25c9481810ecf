/**
 * The JAX-RS API under {@code /api}: resources that translate HTTP to service calls, and the
 * mappers that turn refusals into RFC 9457 problem details.
 */
package org.relay.web.api;
