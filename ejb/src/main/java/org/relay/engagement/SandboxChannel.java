package org.relay.engagement;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The built-in sandbox: a reply is "published" by being recorded, and shows with its mention on a
 * public-looking thread page of the portal. It publishes replies of every channel that has no real
 * connector configured.
 */
@ApplicationScoped
public class SandboxChannel implements ReplyChannel {

  public static final String THREAD_PAGE = "/relay/sandbox/thread.xhtml?mention=";

  @Override
  public String name() {
    return "sandbox";
  }

  @Override
  public boolean publishes(String mentionChannel) {
    return true;
  }

  @Override
  public String publish(OutgoingReply reply) {
    return THREAD_PAGE + reply.mentionId();
  }
}
