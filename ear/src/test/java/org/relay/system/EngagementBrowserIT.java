package org.relay.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.relay.testing.Await;
import org.relay.testing.Browser;
import org.relay.testing.KeycloakExtension;
import org.relay.testing.RelayClient;
import org.relay.testing.RelayDeployments;
import org.relay.testing.TestSettings;

/**
 * The portal as several people use it, each in their own browser signed in through Keycloak: a
 * draft goes to legal, comes back with changes, is approved and published to the sandbox thread;
 * and a mention is transferred to the department it belongs to.
 */
@ExtendWith({KeycloakExtension.class, ArquillianExtension.class})
class EngagementBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive relay() {
    return RelayDeployments.relayEar();
  }

  private RelayClient relay;

  private String confidentialityBefore;

  @BeforeEach
  void connect() {
    relay = new RelayClient(TestSettings.relayUrl(), TestSettings.realmUrl());
    relay.ensureWebhookChannel("mastodon");
    relay.ensureWebhookChannel("rss");
    confidentialityBefore = relay.ensureConfidentialTerms("Project Falcon", "Falcon", "Acme Corp");
  }

  @AfterEach
  void restoreConfidentialTerms() {
    if (confidentialityBefore != null) {
      relay.restoreRule("confidentiality", confidentialityBefore);
    }
  }

  @Test
  void shouldTakeAConfidentialDraftThroughLegalChangesToTheSandboxThread() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    long id = deliver("My invoice doubled after the upgrade (" + marker + ")");
    awaitInInbox("carol", id);

    try (Browser carol = signedIn("carol");
        Browser lena = signedIn("lena")) {
      open(carol, id);
      click(carol, By.id("mention-form:claim"));
      WebElement draft = await(carol, By.id("mention-form:draft"));
      draft.sendKeys("I work at Relay billing. Project Falcon fixes this on Monday.");
      awaitText(carol, By.id("mention-form:findings"), "Falcon");
      assertThat(carol.driver().findElement(By.id("mention-form:review-summary")).getText())
          .contains("legal reviews it");
      carol.screenshot("draft-with-confidential-term");
      click(carol, By.id("mention-form:submit"));
      awaitText(carol, By.id("mention-state"), "SUBMITTED");

      lena.driver().get(TestSettings.relayUrl() + "/review/index.xhtml");
      awaitText(lena, By.id("review-form:review-queue"), marker);
      open(lena, id);
      await(lena, By.id("mention-form:review-comment"))
          .sendKeys("Please do not promise a date for Falcon.");
      click(lena, By.cssSelector("[id$=':request-changes']"));
      awaitText(lena, By.id("mention-state"), "CHANGES_REQUESTED");

      carol.driver().get(TestSettings.relayUrl() + "/work/index.xhtml");
      awaitText(carol, By.id("work-form:my-mentions"), marker);
      open(carol, id);
      WebElement revision = await(carol, By.id("mention-form:draft"));
      revision.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      revision.sendKeys(
          "I work at Relay billing. Project Falcon addresses this; no date yet, sorry.");
      awaitText(carol, By.id("mention-form:findings"), "Falcon");
      click(carol, By.id("mention-form:submit"));
      awaitText(carol, By.id("mention-state"), "SUBMITTED");

      open(lena, id);
      assertThat(lena.driver().findElement(By.id("mention-form:drafts")).getText())
          .contains("no date yet");
      click(lena, By.cssSelector("[id$=':approve']"));

      Instant limit = Instant.now().plus(Duration.ofSeconds(60));
      while (carol.driver().findElements(By.cssSelector("[id$='thread-link']")).isEmpty()
          && Instant.now().isBefore(limit)) {
        Thread.sleep(500);
        open(carol, id);
      }
      click(carol, By.cssSelector("[id$='thread-link']"));
      awaitText(carol, By.cssSelector(".reply-text"), "no date yet, sorry");
      assertThat(carol.driver().findElement(By.id("post")).getText()).contains(marker);
      carol.screenshot("sandbox-thread");
    }
  }

  @Test
  void shouldTransferAMentionToTheDepartmentThatThenSeesItInItsInbox() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    long id = deliver("Quick question about the annual plan price (" + marker + ") please?");
    awaitInInbox("alice", id);

    try (Browser alice = signedIn("alice");
        Browser carol = signedIn("carol")) {
      open(alice, id);
      click(alice, By.id("mention-form:open-transfer"));
      await(alice, By.id("dialogs-form:transfer-to"));
      alice.choose("dialogs-form:transfer-to", "billing");
      await(alice, By.id("dialogs-form:transfer-note")).sendKeys("Pricing is billing's.");
      click(alice, By.id("dialogs-form:transfer"));
      awaitText(alice, By.cssSelector(".ui-growl"), "Transferred");

      carol.driver().get(TestSettings.relayUrl() + "/");
      await(carol, By.id("inbox-form:mentions:mention-column:filter")).sendKeys(marker);
      awaitText(carol, By.id("inbox-form:mentions"), marker);
      carol.screenshot("transferred-in-billing-inbox");
    }
  }

  private long deliver(String text) {
    var delivered =
        relay.post(
            "/api/mentions",
            relay.ingestToken(),
            """
            {"channel":"webhook","externalId":"browser-%s","author":"@customer",
             "text":"%s","url":"https://social.example/p/1","postedAt":"%s"}"""
                .formatted(UUID.randomUUID(), text, Instant.now()));
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
