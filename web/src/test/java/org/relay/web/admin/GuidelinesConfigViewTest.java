package org.relay.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relay.guidelines.GuidelineAdminService;
import org.relay.guidelines.RuleView;
import org.relay.guidelines.rules.ConfidentialityRule;
import org.relay.guidelines.rules.Parameter;
import org.relay.shared.Actor;

class GuidelinesConfigViewTest {

  private static final List<Parameter> PARAMETERS = ConfidentialityRule.TYPE.parameters();

  @Test
  void shouldShowAHiddenParameterAsHiddenNeverAsNull() {
    GuidelinesConfigView view = viewFor(employee("alice"), rule(Map.of(), true));

    assertThat(view.getRules())
        .singleElement()
        .satisfies(r -> assertThat(r.valuesHidden()).isTrue());
    assertThat(view.getForms().get(ConfidentialityRule.ID).values())
        .isNotEmpty()
        .allSatisfy(text -> assertThat(text).isEmpty());
    assertThat(view.isMayEdit()).isFalse();
  }

  @Test
  void shouldShowTheValuesOneItemPerLineToThoseWhoMayReadThem() {
    Actor ada = new Actor("ada", null, Set.of(), Set.of("employee", "admin"));
    GuidelinesConfigView view =
        viewFor(ada, rule(Map.of("terms", List.of("Project Falcon", "Nimbus")), false));

    assertThat(view.getForms().get(ConfidentialityRule.ID).get("terms"))
        .isEqualTo("Project Falcon\nNimbus");
    assertThat(view.isMayEdit()).isTrue();
  }

  @Test
  void shouldWriteNothingForAMissingValue() {
    assertThat(GuidelinesConfigView.asText(null)).isEmpty();
    assertThat(GuidelinesConfigView.asText(0.8)).isEqualTo("0.8");
  }

  private static GuidelinesConfigView viewFor(Actor actor, RuleView rule) {
    GuidelinesConfigView view = new GuidelinesConfigView();
    view.actor = actor;
    view.guidelines =
        new GuidelineAdminService() {
          @Override
          public List<RuleView> rules(Actor reader) {
            return List.of(rule);
          }
        };
    view.init();
    return view;
  }

  private static RuleView rule(Map<String, Object> values, boolean hidden) {
    return new RuleView(
        ConfidentialityRule.ID,
        "Confidentiality",
        "purpose",
        "/relay/policy/index.xhtml#confidentiality",
        true,
        PARAMETERS,
        values,
        hidden,
        null,
        null);
  }

  private static Actor employee(String name) {
    return new Actor(name, null, Set.of(), Set.of("employee"));
  }
}
