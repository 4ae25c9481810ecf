package org.relay.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.relay.testing.Browser;
import org.relay.testing.KeycloakExtension;
import org.relay.testing.RelayClient;
import org.relay.testing.RelayDeployments;
import org.relay.testing.TestSettings;

/** An employee signs in through the real Keycloak login page and claims a mention in the portal. */
@ExtendWith({KeycloakExtension.class, ArquillianExtension.class})
class InboxBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive relay() {
    return RelayDeployments.relayEar();
  }

  private Browser browser;
  private RelayClient relay;

  @BeforeEach
  void open() throws Exception {
    relay = new RelayClient(TestSettings.relayUrl(), TestSettings.realmUrl());
    relay.ensureWebhookChannel("mastodon");
    relay.ensureWebhookChannel("rss");
    browser = new Browser();
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  void shouldLetAnEmployeeSignInSeeAMentionOfTheirDepartmentAndClaimIt() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String text = "Worst experience ever, my order vanished (" + marker + ")";
    var delivered =
        relay.post(
            "/api/mentions",
            relay.ingestToken(),
            """
            {"channel":"mastodon","externalId":"browser-%s","author":"@angry_customer",
             "text":"%s","url":"https://social.example/@angry_customer/1","postedAt":"%s"}"""
                .formatted(marker, text, Instant.now()));
    assertThat(delivered.status()).as(delivered.body()).isEqualTo(201);

    browser.driver().get(TestSettings.relayUrl() + "/");
    signIn("alice");
    WebElement row = browser.inboxRow(marker);
    browser.screenshot("inbox-before-claim");

    assertThat(row.getText()).contains("support", "@angry_customer");
    assertThat(browser.driver().findElement(By.id("signed-in-user")).getText()).isEqualTo("alice");
    row.findElement(By.xpath(".//button[contains(@id, ':claim')]")).click();

    browser
        .await()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-growl"), "Claimed"));
    WebElement claimedRow = browser.inboxRow(marker);
    assertThat(claimedRow.findElement(By.xpath(".//span[contains(@id, ':owner')]")).getText())
        .isEqualTo("you");
    assertThat(claimedRow.findElements(By.xpath(".//button[contains(@id, ':claim')]"))).isEmpty();
    browser.screenshot("inbox-after-claim");
  }

  @Test
  void shouldEndTheKeycloakSessionTooOnSignOut() {
    browser.driver().get(TestSettings.relayUrl() + "/");
    signIn("dan");
    assertThat(browser.driver().findElement(By.id("signed-in-user")).getText()).isEqualTo("dan");

    browser.driver().findElement(By.id("navigation-form:sign-out")).click();
    awaitElement(By.id("username"), "the Keycloak login page after signing out");
    browser.driver().get(TestSettings.relayUrl() + "/");

    awaitElement(
        By.id("username"), "the Keycloak login page: the single sign-on session has ended");
    assertThat(browser.driver().getCurrentUrl()).startsWith(TestSettings.realmUrl());
  }

  private void signIn(String username) {
    awaitElement(By.id("username"), "the Keycloak login page");
    assertThat(browser.driver().getCurrentUrl()).startsWith(TestSettings.realmUrl());
    browser.driver().findElement(By.id("username")).sendKeys(username);
    browser.driver().findElement(By.id("password")).sendKeys(RelayClient.DEMO_PASSWORD);
    browser.driver().findElement(By.id("kc-login")).click();
    awaitElement(By.id("inbox-form:mentions"), "the inbox");
  }

  private void awaitElement(By element, String what) {
    try {
      browser.await().until(ExpectedConditions.presenceOfElementLocated(element));
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("missing-" + what.replace(' ', '-'));
      throw new AssertionError(
          "No "
              + what
              + " at "
              + browser.driver().getCurrentUrl()
              + ": "
              + browser.driver().getPageSource(),
          e);
    }
  }
}
