package org.relay.training;

import java.util.List;

/**
 * The employee's training page: the modules required of them (and any others they took), what keeps
 * them from answering, their certificates, notifications, suggested modules and, for a lead, the
 * overdue training of their departments.
 */
public record MyTraining(
    List<ModuleStanding> modules,
    List<MissingModule> missing,
    List<CompletionView> certificates,
    List<NotificationView> notifications,
    List<Suggestion> suggestions,
    List<ModuleSummary> catalog,
    List<AssignmentView> teamOverdue) {}
