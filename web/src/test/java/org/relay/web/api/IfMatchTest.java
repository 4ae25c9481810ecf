package org.relay.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The revision a client read of a module's draft, as it sends it back in If-Match. */
class IfMatchTest {

  @Test
  void shouldReadTheRevisionFromAnEntityTagQuotedOrNot() {
    assertThat(TrainingResource.revisionOf("\"3.7\"")).isEqualTo("3.7");
    assertThat(TrainingResource.revisionOf(" W/\"3.7\" ")).isEqualTo("3.7");
    assertThat(TrainingResource.revisionOf("3.7")).isEqualTo("3.7");
    assertThat(TrainingResource.revisionOf("\"none\"")).isEqualTo("none");
  }

  @Test
  void shouldNameNoRevisionWithoutTheHeaderOrWithAWildcard() {
    assertThat(TrainingResource.revisionOf(null)).isNull();
    assertThat(TrainingResource.revisionOf("")).isNull();
    assertThat(TrainingResource.revisionOf("\"\"")).isNull();
    assertThat(TrainingResource.revisionOf("*")).as("'any revision' names none").isNull();
  }
}
