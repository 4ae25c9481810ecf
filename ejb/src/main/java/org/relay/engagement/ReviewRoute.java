package org.relay.engagement;

/** Who reviews a draft, as review-policy.dmn decided, and why in a sentence. */
public record ReviewRoute(boolean legal, boolean pr, String reason) {

  /** Legal and/or PR, or "nobody", for the editor's line "who will review". */
  public String reviewers() {
    if (legal && pr) {
      return "legal and PR";
    }
    if (legal) {
      return "legal";
    }
    return pr ? "PR" : "nobody";
  }
}
