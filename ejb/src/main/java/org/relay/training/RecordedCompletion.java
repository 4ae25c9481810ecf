package org.relay.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Training done elsewhere that HR records: the module, the employee, when (an ISO date such as
 * {@code 2026-03-14} or a moment such as {@code 2026-03-14T10:00:00Z}; not in the future) and a
 * note saying what it was.
 */
public record RecordedCompletion(
    @NotNull(message = "is required") Long moduleId,
    @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String username,
    @NotBlank(message = "is required (an ISO date, e.g. 2026-03-14)") String completedOn,
    @NotBlank(message = "is required: say what the training was (e.g. the workshop and its date)")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String note) {}
