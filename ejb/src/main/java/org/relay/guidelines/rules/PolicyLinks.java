package org.relay.guidelines.rules;

/** Where the policy page explains each section; every finding links to its section. */
public final class PolicyLinks {

  /** The policy page in the portal (the web module's context root is {@code /relay}). */
  public static final String PAGE = "/relay/policy/index.xhtml";

  public static final String TRANSPARENCY = "transparency";
  public static final String CONFIDENTIALITY = "confidentiality";
  public static final String PRIVACY = "privacy";
  public static final String TONE = "tone";
  public static final String LINKS = "links";
  public static final String CHANNELS = "channels";
  public static final String ESCALATION = "escalation";

  private PolicyLinks() {}

  public static String to(String section) {
    return PAGE + "#" + section;
  }
}
