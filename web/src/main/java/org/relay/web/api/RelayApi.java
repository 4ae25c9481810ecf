package org.relay.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Relay's API. Every resource needs a signed-in user or client, except {@code /api/health}. */
@ApplicationPath("/api")
public class RelayApi extends Application {}
