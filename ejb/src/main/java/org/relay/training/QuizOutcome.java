package org.relay.training;

import java.util.List;

/**
 * How an attempt at a quiz went, and the completion it earned when passed.
 *
 * @param wrong the positions (from 0) of the questions answered wrong
 */
public record QuizOutcome(
    int score,
    int passMark,
    boolean passed,
    int right,
    int total,
    List<Integer> wrong,
    CompletionView completion) {}
