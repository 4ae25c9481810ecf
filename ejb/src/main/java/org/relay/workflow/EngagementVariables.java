package org.relay.workflow;

/** Names of the engagement process's definitions, elements and variables (see engagement.bpmn). */
final class EngagementVariables {
  static final String PROCESS_KEY = "engagement";
  static final String CLAIM_AND_DRAFT = "claimAndDraft";

  static final String MENTION_ID = "mentionId";
  static final String CHANNEL = "channel";
  static final String TOPIC = "topic";
  static final String DEPARTMENT = "department";
  static final String PRIORITY = "priority";

  private EngagementVariables() {}
}
