package se.largrupp.deploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.deploy.Application;
import se.largrupp.deploy.config.Settings;

/**
 * The sandbox end to end in headless Chromium (Debian's chromium and chromium-driver; .ci/run installs them):
 * three newcomers join through the join form, the HR admin regroups, a member starts a round in the group's
 * conversation and everyone there sees the turn messages arrive live. The sandbox's one round test in scaled real
 * time; the other round tests drive the clock or the trigger.
 */
class SandboxBrowserTest {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path profile;
    static Application app;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "needs the Debian packages chromium and chromium-driver (.ci/run installs them)");
        app = Application.start(Settings.of(Map.of(
                "PORT", "0",
                "DATABASE_URL", "jdbc:h2:mem:browser-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.resolve("chromium"), "--window-size=1280,900");
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + app.port() + "/");
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (app != null) app.stop();
    }

    @Test
    void three_leaders_join_an_admin_regroups_and_a_round_shows_its_turns_live() {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("banner"), "README"));

        for (String newcomer : List.of("oskar", "david", "fatima")) {
            be(newcomer);
            type("join");
            WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join-form")));
            assertThat(form.findElement(By.id("join-department")).getAttribute("value")).isNotBlank();
            click(By.id("join-submit"));
            waitForMessageCount(1);
        }

        be("helena");
        type("regroup");
        click(By.cssSelector("#messages button[data-command='regroup apply']"));

        be("oskar");
        click(By.cssSelector("#conversations li:not(:first-child)"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-title"), "#"));
        click(By.cssSelector("#scale button[data-scale='120']"));
        wait.until(ExpectedConditions.textToBe(By.id("scale-now"), "120×"));
        type("start 8");

        // Each turn is eight minutes of bot time, 4 s at 120×: the turns and the end arrive by themselves. (A wake-up
        // later than a whole turn would interrupt the round: turns this long leave a busy machine room.)
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> messagesText().contains(fragment("rounds.card.done", Language.SV))
                || messagesText().contains(fragment("rounds.card.done", Language.EN)));
        // The turn card was edited in place to its end; the hand-overs between turns stay in the conversation.
        String seen = messagesText();
        assertThat(seen).containsAnyOf(fragment("rounds.timeUp.next", Language.SV), fragment("rounds.timeUp.next", Language.EN));
        assertThat(seen).containsAnyOf(fragment("rounds.timeUp.last", Language.SV), fragment("rounds.timeUp.last", Language.EN));
    }

    private static void be(String person) {
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("who")))).selectByValue(person);
        wait.until(d -> !d.findElements(By.cssSelector("#conversations li")).isEmpty());
    }

    /** The page re-renders lists when events arrive: find and click again if the element was replaced meanwhile. */
    private static void click(By by) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    private static void type(String command) {
        WebElement input = browser.findElement(By.id("command"));
        input.clear();
        input.sendKeys(command);
        browser.findElement(By.id("send")).click();
    }

    private static void waitForMessageCount(int botMessages) {
        wait.until(d -> d.findElements(By.cssSelector("#messages .message:not(.mine)")).size() >= botMessages);
    }

    private static String messagesText() {
        return browser.findElement(By.id("messages")).getText();
    }

    /** The fixed words of a text pattern, without its arguments: what the page must show whatever the names. */
    private static String fragment(String key, Language language) {
        String formatted = new Texts().get(language, key, "\u0001", "\u0002", "\u0003");
        String longest = "";
        for (String part : formatted.replace("*", "").split("[\u0001\u0002\u0003]"))
            if (part.strip().length() > longest.length()) longest = part.strip();
        return longest;
    }
}
