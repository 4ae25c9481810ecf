package org.relay.directory;

/**
 * A machine client that delivers mentions: a Keycloak client with a service account holding the
 * realm role {@code ingest}.
 *
 * @param secret its client secret: only in the answer that created it, never read back after
 */
public record IngestClient(String clientId, String name, String secret) {}
