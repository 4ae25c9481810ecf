package org.relay.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Chart configurations go into a page's script as they are; text in them must stay text. */
class ChartJsonTest {

  private static final String HOSTILE = "</script><script>alert(1)</script> & \"quoted\" 'single'";

  @Test
  void shouldNeverLetATitleCloseTheScriptItIsWrittenInto() {
    String json = ChartJson.of(Json.createObjectBuilder().add("label", HOSTILE).build());

    assertThat(json).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e");
    assertThat(json).as("quotes stay escaped JSON").contains("\\\"quoted\\\"");
  }

  @Test
  void shouldMeanTheSameTextToTheChart() {
    String json = ChartJson.of(Json.createObjectBuilder().add("label", HOSTILE + "\u2028").build());

    JsonObject read = Json.createReader(new StringReader(json)).readObject();
    assertThat(read.getString("label")).isEqualTo(HOSTILE + "\u2028");
  }
}
