package org.relay.training;

import java.util.List;

/**
 * An employee's answers to a module's quiz: the version they answered (so a change in between is
 * noticed) and, per question in order, the positions (from 0) of the options they chose.
 */
public record QuizAnswers(Integer version, List<List<Integer>> answers) {}
