/**
 * The portal (PrimeFaces views) and the JAX-RS API. Both only call the application services in the
 * EJB module with the signed-in {@link org.relay.shared.Actor}, and only see their records.
 */
package org.relay.web;
