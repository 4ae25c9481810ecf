package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.when;
import static org.relay.training.TrainingFixtures.published;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** Modules are suggested for the guideline rules they cover, most repeated first. */
@ExtendWith(MockitoExtension.class)
class SuggestionTest {

  @Mock ModuleRepository modules;
  @Mock CompletionRepository completions;

  private final Suggestions service = new Suggestions();

  @BeforeEach
  void wire() {
    service.modules = modules;
    service.completions = completions;
    service.clock = new TrainingClock();
  }

  @Test
  void shouldSuggestEveryModuleCoveringARepeatedRuleWithTheAuthorsStanding() {
    ModuleVersion speaking =
        published(1, "Speaking for the company", 1, List.of("employee"), List.of());
    when(modules.findVersionsInForce()).thenReturn(List.of(speaking));
    when(completions.findByUserAndModule("ana", 1)).thenReturn(List.of());
    when(completions.findByUserAndModule("ben", 1)).thenReturn(List.of());

    List<Suggestion> suggestions =
        service.suggest(
            List.of(
                new RepeatedFindings.Count("ana", "disclosure", 3),
                new RepeatedFindings.Count("ben", "disclosure", 5),
                new RepeatedFindings.Count("ben", "tone", 4)));

    assertThat(suggestions)
        .extracting(Suggestion::author, Suggestion::drafts, Suggestion::moduleTitle)
        .containsExactly(
            tuple("ben", 5L, "Speaking for the company"),
            tuple("ana", 3L, "Speaking for the company"));
    assertThat(suggestions).allMatch(s -> s.status() == TrainingStatus.MISSING);
  }

  @Test
  void shouldSuggestNothingWithoutRepeatedFindings() {
    assertThat(service.suggest(List.of())).isEmpty();
  }
}
