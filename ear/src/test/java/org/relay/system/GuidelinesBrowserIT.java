package org.relay.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.relay.testing.Await;
import org.relay.testing.Browser;
import org.relay.testing.KeycloakExtension;
import org.relay.testing.RelayClient;
import org.relay.testing.RelayDeployments;
import org.relay.testing.TestSettings;

/**
 * The guidelines in the portal, as people use them: while typing, a phone number blocks the draft
 * with its explanation, an NDA project name sends it to legal and a clean draft is published
 * without review, each said before submitting; and a crisis run from start to end, during which
 * even a clean draft goes to PR, with PR's holding statement in the editor.
 */
@ExtendWith({KeycloakExtension.class, ArquillianExtension.class})
class GuidelinesBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Deployment(testable = false)
  static EnterpriseArchive relay() {
    return RelayDeployments.relayEar();
  }

  private RelayClient relay;

  private String confidentialityBefore;

  @BeforeEach
  void connect() {
    relay = new RelayClient(TestSettings.relayUrl(), TestSettings.realmUrl());
    confidentialityBefore = relay.ensureConfidentialTerms("Project Falcon", "Falcon", "Acme Corp");
  }

  @AfterEach
  void restoreConfidentialTerms() {
    if (confidentialityBefore != null) {
      relay.restoreRule("confidentiality", confidentialityBefore);
    }
  }

  @Test
  void shouldBlockADraftWithAPhoneNumberAndExplainWhyAndHowToFixIt() throws Exception {
    String marker = marker();
    long id = deliver("How can I reach a person about my workspace? (" + marker + ")");
    awaitInInbox("alice", id);

    try (Browser alice = signedIn("alice")) {
      open(alice, id);
      click(alice, By.id("mention-form:claim"));
      await(alice, By.id("mention-form:draft"))
          .sendKeys("I work at Relay support. Call me on +49 30 1234567 and I will help.");

      awaitText(alice, By.id("mention-form:findings"), "phone number");
      String findings = alice.driver().findElement(By.id("mention-form:findings")).getText();
      assertThat(findings).contains("Why:").contains("A public reply stays public");
      assertThat(findings).contains("Fix:").contains("send it privately");
      assertThat(alice.driver().findElement(By.id("mention-form:review-summary")).getText())
          .contains("cannot be submitted");
      assertThat(alice.driver().findElement(By.id("mention-form:submit")).isEnabled()).isFalse();
      WebElement policy = alice.driver().findElement(By.cssSelector("#mention-form\\:findings a"));
      assertThat(policy.getAttribute("href")).endsWith("/relay/policy/index.xhtml#privacy");
      alice.screenshot("draft-blocked-by-phone-number");
    }
  }

  @Test
  void shouldSayBeforeSubmittingThatLegalReviewsADraftNamingAnNdaProjectAndSendItThere()
      throws Exception {
    String marker = marker();
    long id = deliver("Will the invoice format change this year? (" + marker + ")");
    awaitInInbox("carol", id);

    try (Browser carol = signedIn("carol")) {
      open(carol, id);
      click(carol, By.id("mention-form:claim"));
      await(carol, By.id("mention-form:draft"))
          .sendKeys("I work at Relay billing. P r o j e c t  F a l c o n brings a new format.");

      awaitText(carol, By.id("mention-form:review-summary"), "legal reviews it");
      assertThat(carol.driver().findElement(By.id("mention-form:review-summary-line")).getText())
          .contains("confidential information");
      assertThat(carol.driver().findElement(By.id("mention-form:findings")).getText())
          .contains("Project Falcon")
          .contains("Why:");
      carol.screenshot("draft-going-to-legal");
      click(carol, By.id("mention-form:submit"));
      awaitText(carol, By.id("mention-state"), "SUBMITTED");
    }
    String lena = relay.userToken("lena");
    Await.until(
        "the draft in legal's review queue",
        () ->
            StreamSupport.stream(relay.get("/api/reviews", lena).json().spliterator(), false)
                .anyMatch(
                    item ->
                        item.get("mention").get("id").asLong() == id
                            && item.get("task").get("kind").asText().equals("legal")));
  }

  @Test
  void shouldPublishACleanDraftWithoutReview() throws Exception {
    String marker = marker();
    long id = deliver("Where is the dark mode switch? (" + marker + ")");
    awaitInInbox("alice", id);

    try (Browser alice = signedIn("alice")) {
      open(alice, id);
      click(alice, By.id("mention-form:claim"));
      await(alice, By.id("mention-form:draft"))
          .sendKeys(
              "Hi, Alice here, I work at Relay support. Dark mode is under your avatar, then"
                  + " Appearance ("
                  + marker
                  + ").");
      awaitText(alice, By.id("mention-form:review-summary"), "published as written");
      click(alice, By.id("mention-form:submit"));
      awaitStateReloading(alice, id, "RESPONDED");
      assertThat(alice.driver().findElement(By.id("mention-form:timeline")).getText())
          .doesNotContain("review-approve");
      alice.screenshot("clean-draft-published");
    }
  }

  @Test
  void shouldRunACrisisInThePortalDuringWhichEvenACleanDraftGoesToPr() throws Exception {
    String ada = relay.userToken("ada");
    String topic = "gb-" + marker();
    assertThat(
            relay
                .put(
                    "/api/listening/topics/" + topic,
                    ada,
                    "{\"keywords\":\"" + topic + "-kettle\",\"position\":-1}")
                .status())
        .isEqualTo(200);
    try (Browser grace = signedIn("grace");
        Browser paul = signedIn("paul")) {
      grace.driver().get(TestSettings.relayUrl() + "/crises/index.xhtml");
      await(grace, By.id("crises-form:raise-topic"));
      // The list holds every topic the suite created; choose through the widget, as a click would.
      ((JavascriptExecutor) grace.driver())
          .executeScript("PF('raiseTopic').selectValue(arguments[0])", topic);
      await(grace, By.id("crises-form:raise-detail")).sendKeys("Kettles tripping fuses");
      click(grace, By.id("crises-form:raise"));
      awaitText(grace, By.id("crises-form:crises"), "Kettles tripping fuses");

      click(grace, rowButton(topic, "holding-statement"));
      await(grace, By.id("statement-form:statement-text"))
          .sendKeys("We know some kettles trip fuses; we are replacing them at no cost.");
      click(grace, By.id("statement-form:save-statement"));
      awaitText(grace, By.id("crises-form:crises"), "replacing them at no cost");
      grace.screenshot("crisis-with-holding-statement");

      long id = deliver("My " + topic + "-kettle tripped the fuse again");
      awaitInInbox("paul", id);
      open(paul, id);
      click(paul, By.id("mention-form:claim"));
      awaitText(paul, By.id("mention-form:holding-statement"), "replacing them at no cost");
      await(paul, By.id("mention-form:draft"))
          .sendKeys(
              "Paul here, I work at Relay. Sorry about the fuse: we swap the kettle for you.");
      awaitText(paul, By.id("mention-form:review-summary"), "PR reviews it");
      assertThat(paul.driver().findElement(By.id("mention-form:review-summary-line")).getText())
          .contains("A crisis is active on this topic");
      paul.screenshot("clean-draft-during-crisis");
      click(paul, By.id("mention-form:submit"));
      awaitText(paul, By.id("mention-state"), "SUBMITTED");

      grace.driver().get(TestSettings.relayUrl() + "/review/draft.xhtml?id=" + id);
      awaitText(grace, By.id("review-page-form:review-decision"), "crisis is active");
      assertThat(grace.driver().findElement(By.id("review-page-form:review-findings")).getText())
          .contains("Nothing");
      click(grace, By.cssSelector("[id$=':approve']"));
      awaitStateReloading(paul, id, "RESPONDED");

      grace.driver().get(TestSettings.relayUrl() + "/crises/index.xhtml");
      click(grace, rowButton(topic, "end-crisis"));
      await(grace, By.id("end-form:end-note")).sendKeys("Kettles replaced");
      click(grace, By.id("end-form:confirm-end"));
      awaitText(grace, By.id("crises-form:crises"), "Kettles replaced");
      long after = deliver("The " + topic + "-kettle works fine now");
      awaitInInbox("alice", after);
    } finally {
      relay
          .get("/api/crises", ada)
          .json()
          .forEach(
              crisis -> {
                if (crisis.get("topic").asText().equals(topic) && !crisis.hasNonNull("endedAt")) {
                  relay.post(
                      "/api/crises/" + crisis.get("id").asLong() + "/end",
                      relay.userToken("grace"),
                      "{\"note\":\"test over\"}");
                }
              });
      relay.delete("/api/listening/topics/" + topic, ada);
    }
  }

  @Test
  void shouldShowTheRuleParametersAsHiddenToAnEmployeeAndAsTheyAreToAnAdministrator()
      throws Exception {
    String rulesPage = TestSettings.relayUrl() + "/admin/guidelines.xhtml";
    try (Browser alice = signedIn("alice")) {
      alice.driver().get(rulesPage);
      await(alice, By.id("guidelines-form"));

      String page = alice.driver().findElement(By.id("guidelines-form")).getText();
      assertThat(page).contains("Hidden: only administrators and legal see the values.");
      assertThat(page).doesNotContain("null").doesNotContain("Project Falcon");
      assertThat(alice.driver().findElements(By.cssSelector("textarea"))).isEmpty();
      assertThat(alice.driver().findElements(By.cssSelector("[id$='save-rule']"))).isEmpty();
    }
    try (Browser ada = signedIn("ada")) {
      ada.driver().get(rulesPage);
      await(ada, By.id("guidelines-form"));

      assertThat(ada.driver().findElement(By.id("guidelines-form")).getText())
          .doesNotContain("Hidden: only administrators");
      assertThat(ada.driver().findElements(By.cssSelector("textarea")))
          .anySatisfy(area -> assertThat(area.getAttribute("value")).contains("Project Falcon"))
          .noneSatisfy(area -> assertThat(area.getAttribute("value")).isEqualTo("null"));
      assertThat(ada.driver().findElements(By.cssSelector("[id$='save-rule']"))).isNotEmpty();
    }
  }

  private static By rowButton(String topic, String id) {
    return By.xpath(
        "//tr[.//span[@class='crisis-topic' and text()='"
            + topic
            + "']]//button[contains(@id,':"
            + id
            + "')]");
  }

  private long deliver(String text) {
    var delivered =
        relay.post(
            "/api/mentions",
            relay.ingestToken(),
            JSON.createObjectNode()
                .put("channel", "webhook")
                .put("externalId", "gb-" + UUID.randomUUID())
                .put("author", "@customer-" + marker())
                .put("text", text)
                .put("postedAt", Instant.now().toString())
                .toString());
    assertThat(delivered.status()).as(delivered.body()).isEqualTo(201);
    return delivered.json().get("id").asLong();
  }

  private void awaitInInbox(String username, long id) {
    String token = relay.userToken(username);
    Await.until(
        "Mention " + id + " reaching the inbox of " + username,
        () ->
            StreamSupport.stream(relay.get("/api/inbox", token).json().spliterator(), false)
                .anyMatch(item -> item.get("mentionId").asLong() == id));
  }

  /** The process publishes in a job of its own: reload until the page shows the new state. */
  private static void awaitStateReloading(Browser browser, long id, String state) {
    browser.awaitTextReloading(
        TestSettings.relayUrl() + "/mention/index.xhtml?id=" + id, By.id("mention-state"), state);
  }

  private static String marker() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static Browser signedIn(String username) throws Exception {
    Browser browser = new Browser();
    browser.driver().get(TestSettings.relayUrl() + "/");
    await(browser, By.id("username")).sendKeys(username);
    browser.driver().findElement(By.id("password")).sendKeys(RelayClient.DEMO_PASSWORD);
    browser.driver().findElement(By.id("kc-login")).click();
    await(browser, By.id("inbox-form:mentions"));
    return browser;
  }

  private static void open(Browser browser, long id) {
    browser.driver().get(TestSettings.relayUrl() + "/mention/index.xhtml?id=" + id);
    await(browser, By.id("mention-state"));
  }

  private static void click(Browser browser, By element) {
    browser.await().until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  private static WebElement await(Browser browser, By element) {
    try {
      return browser.await().until(ExpectedConditions.visibilityOfElementLocated(element));
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("missing-" + element.toString().replaceAll("[^A-Za-z0-9-]", "_"));
      throw new AssertionError(
          "No "
              + element
              + " at "
              + browser.driver().getCurrentUrl()
              + ": "
              + browser.driver().getPageSource(),
          e);
    }
  }

  private static void awaitText(Browser browser, By element, String text) {
    browser.await().until(ExpectedConditions.presenceOfElementLocated(element));
    try {
      browser.await().until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("missing-text-" + text.replaceAll("[^A-Za-z0-9-]", "_"));
      throw new AssertionError(
          "No \""
              + text
              + "\" in "
              + element
              + ": "
              + browser.driver().findElement(element).getText(),
          e);
    }
  }
}
