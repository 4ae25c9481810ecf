package org.relay.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Checks that a server can have its port before it is started. */
public final class Ports {

  private Ports() {}

  public static void requireFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Port " + port + " is taken: is Relay, Keycloak or another server already running?", e);
    }
  }
}
