package org.relay.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded browser),
 * with the flags this closed network needs.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM = setting("RELAY_CHROMIUM", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = setting("RELAY_CHROMEDRIVER", "/usr/bin/chromedriver");

  private final WebDriver driver;
  private final Path userDataDir;

  public Browser() throws IOException {
    userDataDir = Files.createTempDirectory("relay-chromium");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1400,1000",
        "--user-data-dir=" + userDataDir);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait await() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /**
   * Picks an option of a PrimeFaces select menu and waits until the menu shows it as chosen. On a
   * slow machine a click on an option that is still sliding open can be lost; the menu's own label
   * says whether it took.
   */
  public void choose(String menuId, String label) {
    // Only this menu's own panel: another menu on the page may offer an option of the same label.
    By option = By.xpath("//*[@id='" + menuId + "_panel']//li[@data-label='" + label + "']");
    By chosen = By.id(menuId + "_label");
    await()
        .pollingEvery(Duration.ofMillis(300))
        // A panel that is still sliding open or closed, or that an ajax update has just replaced,
        // refuses the click: the next poll tries again.
        .ignoring(ElementNotInteractableException.class)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class)
        .until(
            d -> {
              if (label.equals(d.findElement(chosen).getText())) {
                return true;
              }
              d.findElements(option).stream()
                  .filter(WebElement::isDisplayed)
                  .findFirst()
                  .ifPresentOrElse(WebElement::click, () -> d.findElement(By.id(menuId)).click());
              return label.equals(d.findElement(chosen).getText());
            });
  }

  /**
   * Loads the page again and again until the element shows the text: for state that a background
   * job changes, which no ajax update brings to the page. An element that a reload replaced while
   * it was read (stale), or that the new page does not show yet, counts as not showing the text
   * yet, as {@link #choose} treats a replaced panel.
   */
  public void awaitTextReloading(String url, By element, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .pollingEvery(Duration.ofMillis(500))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NoSuchElementException.class)
        .withMessage(() -> element + " to show \"" + text + "\" at " + url)
        .until(
            d -> {
              if (d.findElement(element).getText().contains(text)) {
                return true;
              }
              d.get(url);
              return false;
            });
  }

  /**
   * The row of the inbox that holds the marker, looked for through the mention column's search: the
   * inbox shows the most urgent first, 25 to a page, so a new mention need not be on the first. The
   * mention reaches the inbox once the process has routed it, so the page is loaded again until the
   * search finds it.
   */
  public WebElement inboxRow(String marker) {
    String search = "inbox-form:mentions:mention-column:filter";
    By rows = By.cssSelector("[id='inbox-form:mentions_data'] > tr");
    Instant limit = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(limit)) {
      visible(By.id(search));
      // One search request, not one per keystroke: typed, a slow keyboard could split it in two,
      // and the row found after the first would go stale when the second's rows replace it.
      JavascriptExecutor js = (JavascriptExecutor) driver;
      js.executeScript(
          "document.getElementById(arguments[0]).value = arguments[1];"
              + " PF('mentionsTable').filter();",
          search,
          marker);
      try {
        return new WebDriverWait(driver, Duration.ofSeconds(5))
            .ignoring(StaleElementReferenceException.class)
            .until(
                d -> {
                  if (!Boolean.TRUE.equals(
                      js.executeScript("return PrimeFaces.ajax.Queue.isEmpty();"))) {
                    return null;
                  }
                  List<WebElement> left = d.findElements(rows);
                  return !left.isEmpty()
                          && left.stream().allMatch(r -> r.getText().contains(marker))
                      ? left.get(0)
                      : null;
                });
      } catch (TimeoutException notYet) {
        driver.navigate().refresh();
      }
    }
    screenshot("missing-inbox-row-" + marker.replaceAll("[^A-Za-z0-9-]", "_"));
    throw new AssertionError("The mention " + marker + " never showed in the inbox");
  }

  /** Clicks the element once it can be clicked. */
  public void click(By element) {
    await().until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  /** Clicks the element once it can be clicked. */
  public void click(WebElement element) {
    await().until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  /**
   * The element once it shows; if it never does, a screenshot and the page say what showed instead.
   */
  public WebElement visible(By element) {
    try {
      return await().until(ExpectedConditions.visibilityOfElementLocated(element));
    } catch (TimeoutException e) {
      screenshot("missing-" + element.toString().replaceAll("[^A-Za-z0-9-]", "_"));
      throw new AssertionError(
          "No " + element + " at " + driver.getCurrentUrl() + ": " + driver.getPageSource(), e);
    }
  }

  /** Waits until the element holds the text; if it never does, says what it held. */
  public void awaitText(By element, String text) {
    await().until(ExpectedConditions.presenceOfElementLocated(element));
    try {
      await().until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    } catch (TimeoutException e) {
      screenshot("missing-text-" + text.replaceAll("[^A-Za-z0-9-]", "_"));
      throw new AssertionError(
          "No \"" + text + "\" in " + element + ": " + driver.findElement(element).getText(), e);
    }
  }

  /** The growl covers what is under it until it fades, as it does for a person. */
  public void awaitGrowlGone() {
    await()
        .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-item")));
  }

  /** Saves what the browser shows, for a person to look at after a run. */
  public void screenshot(String name) {
    try {
      Path dir = Files.createDirectories(Path.of(TestSettings.required("relay.screenshots")));
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String setting(String variable, String fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : value;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
