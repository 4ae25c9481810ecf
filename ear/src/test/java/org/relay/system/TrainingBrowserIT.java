package org.relay.system;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.relay.testing.Await;
import org.relay.testing.Browser;
import org.relay.testing.KeycloakExtension;
import org.relay.testing.RelayClient;
import org.relay.testing.RelayDeployments;
import org.relay.testing.TestSettings;
import org.relay.testing.TrainingModules;

/**
 * Training in the portal: tom, a support employee without training, sees support's mentions but is
 * refused a claim with the module named and linked; he takes the module, passes its quiz and then
 * claims, and HR sees him in the compliance matrix. HR writes a module with a quiz in the editor
 * and publishes it. Every test module is retired afterwards; the one HR writes here requires
 * nobody.
 */
@ExtendWith({KeycloakExtension.class, ArquillianExtension.class})
class TrainingBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive relay() {
    return RelayDeployments.relayEar();
  }

  private RelayClient relay;
  private TrainingModules modules;
  private final String marker = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void connect() {
    relay = new RelayClient(TestSettings.relayUrl(), TestSettings.realmUrl());
    modules = new TrainingModules(relay);
    modules.retireLeftovers();
  }

  @AfterEach
  void retireModules() {
    modules.retireLeftovers();
  }

  @Test
  void shouldRefuseAnUntrainedEmployeeTheClaimUntilTheyPassTheModule() throws Exception {
    modules.publishQuizFor("support", "Speaking for support " + marker);
    long id = deliver("How do I export my workspace? (" + marker + ")");
    awaitInInbox("tom", id);

    try (Browser tom = signedIn("tom")) {
      WebElement gate = tom.visible(By.id("inbox-form:training-gate"));
      assertThat(gate.getText()).contains("Training first", "Speaking for support " + marker);
      tom.click(tom.inboxRow(marker).findElement(By.xpath(".//button[contains(@id, ':claim')]")));
      tom.awaitText(By.cssSelector(".ui-growl"), "Training required");
      assertThat(tom.driver().findElement(By.cssSelector(".ui-growl")).getText())
          .contains("Speaking for support " + marker);
      assertThat(
              tom.inboxRow(marker)
                  .findElement(By.xpath(".//span[contains(@id, ':owner')]"))
                  .getText())
          .isEqualTo("—");
      tom.screenshot("training-gate-refuses-claim");

      tom.awaitGrowlGone();
      tom.click(
          By.xpath(
              "//div[@id='inbox-form:training-gate']//a[contains(., 'Speaking for support "
                  + marker
                  + "')]"));
      tom.awaitText(By.id("module-title"), marker);
      assertThat(tom.driver().findElement(By.id("module-form:module-content")).getText())
          .contains("Say who you are");
      tom.click(By.cssSelector("label[for='module-form:questions:0:single:1']"));
      tom.click(By.cssSelector("label[for='module-form:questions:1:many:0']"));
      tom.click(By.cssSelector("label[for='module-form:questions:1:many:2']"));
      tom.screenshot("training-quiz-answered");
      tom.click(By.id("module-form:submit-quiz"));
      tom.awaitText(By.cssSelector(".ui-growl"), "Passed");
      tom.visible(By.id("module-form:result"));
      tom.screenshot("training-quiz-passed");

      tom.awaitGrowlGone();
      tom.click(By.id("module-form:back-to-inbox"));
      tom.visible(By.id("inbox-form:mentions"));
      assertThat(tom.driver().findElements(By.id("inbox-form:training-gate"))).isEmpty();
      tom.click(tom.inboxRow(marker).findElement(By.xpath(".//button[contains(@id, ':claim')]")));
      tom.awaitText(By.cssSelector(".ui-growl"), "Claimed");
      assertThat(
              tom.inboxRow(marker)
                  .findElement(By.xpath(".//span[contains(@id, ':owner')]"))
                  .getText())
          .isEqualTo("you");
      tom.screenshot("training-claim-after-passing");
    }

    try (Browser omar = signedIn("omar")) {
      omar.driver().get(TestSettings.relayUrl() + "/training/compliance.xhtml");
      omar.awaitText(By.id("compliance-form:matrix"), "Speaking for support " + marker);
      assertThat(omar.driver().findElement(By.id("compliance-form:matrix")).getText())
          .contains("support");
      omar.awaitText(By.id("compliance-form:people"), "tom");
      omar.screenshot("training-compliance");
    }
  }

  @Test
  void shouldShowAModuleTitledLikeAScriptInHrsChartAsTextOnly() throws Exception {
    String hostile = "</script><script>window.relayInjected=1</script> " + marker;
    modules.publishQuizFor("hr", hostile);

    try (Browser omar = signedIn("omar")) {
      omar.driver().get(TestSettings.relayUrl() + "/training/compliance.xhtml");
      omar.awaitText(By.id("compliance-form:matrix"), hostile);
      omar.visible(By.cssSelector("#compliance-form\\:matrix-chart canvas"));

      assertThat(
              ((JavascriptExecutor) omar.driver())
                  .executeScript("return typeof window.relayInjected"))
          .as("the title ran as script")
          .isEqualTo("undefined");
    }
  }

  @Test
  void shouldRefuseTheCompliancePageToSomeoneWithoutHrWithoutAnError() throws Exception {
    try (Browser tom = signedIn("tom")) {
      tom.driver().get(TestSettings.relayUrl() + "/training/compliance.xhtml");

      tom.awaitText(By.id("compliance-refused"), "Only HR sees");
      assertThat(tom.driver().findElements(By.id("compliance-form"))).isEmpty();
      assertThat(tom.driver().getPageSource()).doesNotContain("Exception");
    }
  }

  @Test
  void shouldLetHrWriteAQuizPublishItAndStartTheNextVersion() throws Exception {
    String title = TrainingModules.PREFIX + "Optional refresher " + marker;
    try (Browser omar = signedIn("omar")) {
      omar.driver().get(TestSettings.relayUrl() + "/training/editor.xhtml");
      omar.visible(By.id("editor-form:module-title")).sendKeys(title);
      omar.driver()
          .findElement(By.id("editor-form:module-content"))
          .sendKeys("## Refresher\n\nSay **who you are** in every reply.");
      omar.awaitText(By.id("editor-form:module-preview"), "who you are");
      assertThat(
              omar.driver()
                  .findElement(By.id("editor-form:module-preview"))
                  .findElements(By.tagName("strong")))
          .isNotEmpty();
      omar.click(By.id("editor-form:add-question"));
      omar.visible(By.id("editor-form:questions:0:question-text"))
          .sendKeys("Do you say who you are?");
      omar.visible(By.id("editor-form:questions:0:options:0:option-text")).sendKeys("Yes");
      omar.click(
          By.cssSelector("[id='editor-form:questions:0:options:0:option-correct'] .ui-chkbox-box"));
      omar.visible(By.id("editor-form:questions:0:options:1:option-text")).sendKeys("No");
      omar.click(By.id("editor-form:save-draft"));
      omar.awaitText(By.cssSelector(".ui-growl"), "Saved");
      omar.awaitGrowlGone();

      omar.click(By.id("editor-form:publish-draft"));
      omar.click(By.cssSelector(".ui-confirmdialog-yes"));
      omar.awaitText(By.cssSelector(".ui-growl"), "Published");
      assertThat(omar.driver().findElement(By.cssSelector(".ui-growl")).getText())
          .contains("assigned to 0 people");
      omar.screenshot("training-module-published");

      omar.driver().get(TestSettings.relayUrl() + "/training/modules.xhtml");
      WebElement row = omar.visible(By.xpath("//tr[.//a[contains(., '" + title + "')]]"));
      assertThat(row.getText()).contains("published", "v1 in force", "nobody (optional)");
    }
  }

  @Test
  void shouldPublishFromTheListOnlyTheDraftHrSawThere() throws Exception {
    String title = "Listed " + marker;
    RelayClient.Response created =
        relay.post(
            "/api/training/modules",
            relay.userToken("hana"),
            TrainingModules.quizModule("hr", title));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String path = "/api/training/modules/" + created.json().get("module").get("id").asLong();
    By row = By.xpath("//tr[.//a[contains(., '" + title + "')]]");

    try (Browser omar = signedIn("omar")) {
      omar.driver().get(TestSettings.relayUrl() + "/training/modules.xhtml");
      assertThat(omar.visible(row).getText()).contains("draft");

      RelayClient.Response hanas =
          relay.put(
              path + "/draft",
              relay.userToken("hana"),
              TrainingModules.quizModule("hr", title).replace("Every reply", "Each reply"),
              "If-Match",
              relay.get(path + "/versions", relay.userToken("hana")).etag());
      assertThat(hanas.status()).as(hanas.body()).isEqualTo(200);

      omar.click(omar.visible(row).findElement(By.xpath(".//button[contains(@id, ':publish')]")));
      omar.click(By.cssSelector(".ui-confirmdialog-yes"));
      omar.awaitText(By.cssSelector(".ui-growl"), "hana saved the draft");
      assertThat(
              relay
                  .get(path + "/versions", relay.userToken("hana"))
                  .json()
                  .get("module")
                  .get("publishedVersion")
                  .asInt())
          .as("omar never saw hana's change, so it is not put in force")
          .isZero();
      omar.awaitGrowlGone();

      omar.click(omar.visible(row).findElement(By.xpath(".//button[contains(@id, ':publish')]")));
      omar.click(By.cssSelector(".ui-confirmdialog-yes"));
      omar.awaitText(By.cssSelector(".ui-growl"), "Published");
      assertThat(omar.visible(row).getText()).contains("v1 in force");
    }
  }

  private long deliver(String text) {
    var delivered =
        relay.post(
            "/api/mentions",
            relay.ingestToken(),
            """
            {"channel":"webhook","externalId":"training-browser-%s","author":"@customer",
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
    browser.visible(By.id("username")).sendKeys(username);
    browser.driver().findElement(By.id("password")).sendKeys(RelayClient.DEMO_PASSWORD);
    browser.driver().findElement(By.id("kc-login")).click();
    browser.visible(By.id("inbox-form:mentions"));
    return browser;
  }
}
