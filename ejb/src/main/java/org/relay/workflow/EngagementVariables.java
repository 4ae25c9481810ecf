package org.relay.workflow;

/** Names of the engagement process's definitions, elements and variables (see engagement.bpmn). */
final class EngagementVariables {
  static final String PROCESS_KEY = "engagement";
  static final String CLAIM_AND_DRAFT = "claimAndDraft";
  static final String LEGAL_REVIEW = "legalReview";
  static final String PR_REVIEW = "prReview";
  static final String FOLLOW_UP = "followUpOverdueMention";

  static final String MENTION_ID = "mentionId";
  static final String CHANNEL = "channel";
  static final String TOPIC = "topic";
  static final String LANGUAGE = "language";
  static final String SENTIMENT = "sentiment";
  static final String REACH = "reach";
  static final String URGENT = "urgent";
  static final String EMPLOYEE_VOICE = "employeeVoice";
  static final String CRISIS = "crisis";
  static final String DEPARTMENT = "department";
  static final String PRIORITY = "priority";
  static final String DRAFT_ID = "draftId";
  static final String HOT_ISSUE = "hotIssue";
  static final String REVIEW_POLICY = "reviewPolicy";
  static final String REVIEW_REASON = "reviewReason";
  static final String TASK_KEY = "taskKey";

  /** Task-local: the task has been handed to the lead's queue. */
  static final String WITH_LEAD = "withLead";

  private EngagementVariables() {}
}
