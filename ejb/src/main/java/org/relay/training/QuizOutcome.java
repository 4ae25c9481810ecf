package org.relay.training;

/**
 * How an attempt at a quiz went, and the completion it earned when passed. It tells the score and
 * how many questions were right, never which: together with the limit on failed attempts, that
 * keeps the answers from being found by trying (see {@link TrainingService#takeQuiz}).
 *
 * @param attemptsLeft how many more failed attempts the person may make today (after a pass, as
 *     many as a day allows)
 */
public record QuizOutcome(
    int score,
    int passMark,
    boolean passed,
    int right,
    int total,
    int attemptsLeft,
    CompletionView completion) {}
