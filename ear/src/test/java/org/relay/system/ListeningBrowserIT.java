package org.relay.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.relay.testing.Browser;
import org.relay.testing.KeycloakExtension;
import org.relay.testing.RelayClient;
import org.relay.testing.RelayDeployments;
import org.relay.testing.TestSettings;

/**
 * Listening in the portal: the live feed shows what arrives while the page is open and filters it;
 * an administrator imports a file and reads its report; the wallboard draws its charts.
 */
@ExtendWith({KeycloakExtension.class, ArquillianExtension.class})
class ListeningBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive relay() {
    return RelayDeployments.relayEar();
  }

  private Browser browser;
  private RelayClient relay;

  @BeforeEach
  void open() throws Exception {
    relay = new RelayClient(TestSettings.relayUrl(), TestSettings.realmUrl());
    browser = new Browser();
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  void shouldShowANewMentionLiveWithItsClassificationAndFilterItOut() {
    signIn("dan", "/listening/index.xhtml", By.id("feed-form:feed"));
    String marker = UUID.randomUUID().toString().substring(0, 8);
    var delivered =
        relay.post(
            "/api/mentions",
            relay.ingestToken(),
            """
            {"channel":"webhook","externalId":"feed-%s","author":"@upset_%s",
             "text":"This is awful, I am so disappointed with the new update %s 😡",
             "postedAt":"%s"}"""
                .formatted(marker, marker, marker, Instant.now()));
    assertThat(delivered.status()).as(delivered.body()).isEqualTo(201);

    browser
        .await()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("feed-form:feed"), "NEGATIVE"));
    String item =
        browser
            .await()
            .until(
                d -> {
                  String text = itemWith(marker);
                  return text.contains("NEGATIVE") ? text : null;
                });
    assertThat(item).contains("@upset_" + marker, "complaint", "en");
    browser.screenshot("listening-feed");

    browser.choose("feed-form:sentiment-filter", "POSITIVE");
    browser.await().until(d -> !pageText().contains("@upset_" + marker));
    browser.choose("feed-form:sentiment-filter", "NEGATIVE");
    browser.await().until(d -> pageText().contains("@upset_" + marker));
  }

  @Test
  void shouldImportAFileAndReportTheRowsItRefused() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    Path file = Files.createTempFile("mentions-" + marker, ".csv");
    Files.writeString(
        file,
        """
        external_id,author,text,posted_at,followers
        imp-%1$s-1,@csv_one,"Great support today, thanks %1$s",2026-11-20T10:00:00Z,120
        imp-%1$s-2,@csv_two,"Line one
        line two of a quoted text %1$s",2026-11-20T11:00:00Z,
        imp-%1$s-3,@csv_three,Broken date %1$s,yesterday,
        """
            .formatted(marker),
        StandardCharsets.UTF_8);

    signIn("ada", "/admin/import.xhtml", By.id("import-form:import-file"));
    browser.driver().findElement(By.id("import-form:import-file_input")).sendKeys(file.toString());

    browser
        .await()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("import-form:import-counts"), "FINISHED"));
    String counts = browser.driver().findElement(By.id("import-form:import-counts")).getText();
    assertThat(counts).contains("3 rows read", "2 stored", "1 refused");
    assertThat(browser.driver().findElement(By.id("import-form:import-report")).getText())
        .contains("line 5", "posted_at");
    browser.screenshot("import-finished");
    Files.deleteIfExists(file);

    browser.driver().get(TestSettings.relayUrl() + "/listening/index.xhtml");
    browser.await().until(d -> pageText().contains("@csv_two"));
    assertThat(pageText()).contains("line two of a quoted text " + marker);
  }

  @Test
  void shouldDrawTheWallboard() {
    signIn("paul", "/listening/wallboard.xhtml", By.id("wallboard-form:sentiment-chart"));
    assertThat(browser.driver().findElements(By.cssSelector("canvas")))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(pageText()).contains("What customers say", "Sentiment per hour", "Latest");
    browser.screenshot("wallboard");
  }

  /** The feed item naming the marker, or "" (also while the live update replaces the items). */
  private String itemWith(String marker) {
    try {
      return browser.driver().findElements(By.cssSelector(".feed-item")).stream()
          .map(e -> e.getText())
          .filter(t -> t.contains(marker))
          .findFirst()
          .orElse("");
    } catch (StaleElementReferenceException replacedMeanwhile) {
      return "";
    }
  }

  private String pageText() {
    try {
      return browser.driver().findElement(By.tagName("body")).getText();
    } catch (StaleElementReferenceException replacedMeanwhile) {
      return "";
    }
  }

  private void signIn(String username, String page, By ready) {
    browser.driver().get(TestSettings.relayUrl() + page);
    browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    browser.driver().findElement(By.id("username")).sendKeys(username);
    browser.driver().findElement(By.id("password")).sendKeys(RelayClient.DEMO_PASSWORD);
    browser.driver().findElement(By.id("kc-login")).click();
    browser.await().until(ExpectedConditions.presenceOfElementLocated(ready));
  }
}
