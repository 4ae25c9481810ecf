package org.relay.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What HR writes in a module's draft. The content is Markdown (rendered through an allow-list) or a
 * link to material elsewhere, or both. A module with questions has a quiz with a pass mark, the
 * share of questions answered right; without questions, reading it (and saying so) completes it.
 *
 * @param requiredRoles realm roles whose holders must take it
 * @param requiredDepartments departments whose members must take it
 * @param coveredRules the guideline rules (ids such as {@code disclosure}) it teaches
 * @param requiresRecertification publishing it makes completions of earlier versions stop counting
 */
public record ModuleDraft(
    @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String title,
    @Size(max = 2000, message = "must be at most 2000 characters") String summary,
    @Size(max = 100000, message = "must be at most 100000 characters") String content,
    @Size(max = 2000, message = "must be at most 2000 characters")
        @Pattern(regexp = "(https?://\\S+)?", message = "must be an http or https URL")
        String externalUrl,
    @Min(value = 1, message = "must be at least 1 %")
        @Max(value = 100, message = "must be at most 100 %")
        Integer passMark,
    @Min(value = 1, message = "must be at least 1 month")
        @Max(value = 60, message = "must be at most 60 months")
        int validityMonths,
    @Min(value = 1, message = "must be at least 1 day")
        @Max(value = 365, message = "must be at most 365 days")
        int dueDays,
    List<
            @NotBlank(message = "must not be blank") @Pattern(regexp = NAME, message = NAME_MESSAGE)
            String>
        requiredRoles,
    List<
            @NotBlank(message = "must not be blank") @Pattern(regexp = NAME, message = NAME_MESSAGE)
            String>
        requiredDepartments,
    List<
            @NotBlank(message = "must not be blank") @Pattern(regexp = NAME, message = NAME_MESSAGE)
            String>
        coveredRules,
    @Size(max = 50, message = "must be at most 50 questions")
        List<@NotNull @Valid Question> questions,
    boolean requiresRecertification) {

  static final String NAME = "[a-z0-9][a-z0-9._-]{0,59}";
  static final String NAME_MESSAGE =
      "must be a name of lower-case letters, digits, dots, dashes or underscores";

  /** A quiz question: one right option (single choice) or several (multiple choice). */
  public record Question(
      @NotBlank(message = "is required")
          @Size(max = 2000, message = "must be at most 2000 characters")
          String text,
      boolean multiple,
      @NotNull(message = "is required")
          @Size(min = 2, max = 10, message = "must have 2 to 10 options")
          List<@NotNull @Valid Option> options) {}

  /** One option of a question. */
  public record Option(
      @NotBlank(message = "is required")
          @Size(max = 500, message = "must be at most 500 characters")
          String text,
      boolean correct) {}
}
