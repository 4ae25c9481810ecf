/**
 * Training: the modules HR writes and versions (content, quiz, who must take them, how long a
 * completion lasts), completions and their expiry, assignments with their reminders and escalation,
 * and the gate that keeps employees without current training from claiming or answering mentions.
 * Depends on {@code shared} and {@code directory}; the process engine is reached only through
 * {@link org.relay.training.TrainingWorkflow}, the drafts' guideline findings only through {@link
 * org.relay.training.RepeatedFindings}.
 */
package org.relay.training;
