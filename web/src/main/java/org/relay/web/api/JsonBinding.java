package org.relay.web.api;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance of the API. Without it, RESTEasy builds a new {@link Jsonb} for every
 * response it writes, which looks its provider up again and forgets what it learnt about each
 * class: an eighth of the server's CPU in the ingestion benchmark. A {@code Jsonb} is thread-safe.
 */
@Provider
@ApplicationScoped
public class JsonBinding implements ContextResolver<Jsonb> {

  private final Jsonb jsonb = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  Jsonb jsonb() {
    return jsonb;
  }

  @PreDestroy
  void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      // Undeploying: nothing is left to write with it.
    }
  }
}
