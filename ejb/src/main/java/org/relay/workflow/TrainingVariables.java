package org.relay.workflow;

/** Names of the training process's definition, messages and variables (see training.bpmn). */
final class TrainingVariables {
  static final String PROCESS_KEY = "training";

  /** The assignment was completed (correlated by business key = assignment id). */
  static final String COMPLETED = "trainingCompleted";

  /** A completion came without an open assignment: starts an instance waiting for renewal. */
  static final String COMPLETED_UNASSIGNED = "trainingCompletedUnassigned";

  /** The module no longer applies, or a newer cycle replaces this one. */
  static final String WITHDRAWN = "trainingWithdrawn";

  static final String ASSIGNMENT_ID = "assignmentId";
  static final String MODULE_ID = "moduleId";
  static final String USERNAME = "username";
  static final String FIRST_REMINDER_AT = "firstReminderAt";
  static final String LAST_REMINDER_AT = "lastReminderAt";
  static final String DUE_AT = "dueAt";
  static final String RENEW_AT = "renewAt";

  private TrainingVariables() {}
}
