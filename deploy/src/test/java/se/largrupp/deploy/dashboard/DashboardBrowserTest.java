package se.largrupp.deploy.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.largrupp.deploy.Application;
import se.largrupp.deploy.config.Settings;
import se.largrupp.deploy.dashboard.OidcStandIn.Person;
import se.largrupp.deploy.dashboard.OidcStandIn.Token;

/**
 * The dashboard in headless Chromium (Debian's chromium and chromium-driver, as the sandbox's browser test): from
 * the sandbox's link, Helena (admin) signs in without a platform and reads the overview's charts and the groups at
 * risk by keyboard, signs out; Karin (sponsor) sees the overview only; and "Sign in with Slack" goes through a local
 * OpenID Connect provider and back.
 */
class DashboardBrowserTest {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path profile;
    static OidcStandIn idp;
    static Application app;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assertThat(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM))
                .as("needs the Debian packages chromium and chromium-driver (.ci/run installs them)").isTrue();
        idp = new OidcStandIn("cid-browser");
        app = Application.start(Settings.of(Map.of("PORT", "0",
                "DATABASE_URL", "jdbc:h2:mem:dashboard-browser-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "SLACK_CLIENT_ID", "cid-browser", "SLACK_CLIENT_SECRET", "s3cret", "SLACK_API_URL", idp.slackApiUrl().toString(),
                "LARGRUPP_ADMINS", "slack:T1:UADMIN")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.resolve("chromium"), "--window-size=1280,900", "--lang=sv-SE");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv")); // a Swedish reader's browser
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (app != null) app.stop();
        if (idp != null) idp.close();
    }

    static String base() {
        return "http://127.0.0.1:" + app.port();
    }

    static void signInToSandboxAs(String person) {
        browser.get(base() + "/admin");
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("person")))).selectByValue(person);
        browser.findElement(By.cssSelector("form[action='/admin/signin/sandbox'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.signout")));
    }

    static void signOut() {
        browser.findElement(By.cssSelector("form.signout button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.signin, #person")));
    }

    @Test
    void helena_reads_the_overview_and_the_groups_at_risk_and_karin_sees_the_overview_only() {
        browser.get(base() + "/");
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
        assertThat(link.getAttribute("href")).endsWith("/admin");
        link.click();
        wait.until(ExpectedConditions.titleContains("Logga in"));

        signInToSandboxAs("helena");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Programmet i siffror");
        assertThat(browser.findElement(By.cssSelector("form.signout span")).getText()).contains("Helena Berg");
        for (String chart : new String[] {"participation", "meetings", "attendance", "departments"}) {
            WebElement svg = browser.findElement(By.cssSelector("#chart-" + chart + " svg"));
            assertThat(svg.isDisplayed()).as(chart).isTrue();
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getSize().getWidth()).as(chart + " is drawn").isGreaterThan(300);
        }
        assertThat(browser.findElements(By.cssSelector("table caption"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElements(By.cssSelector("dl.cards dd"))).hasSize(8);

        // The keyboard reaches the skip link first, and the groups at risk through the navigation.
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("class")).isEqualTo("skip");
        browser.findElement(By.cssSelector("nav a[href='/admin/risk']")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Grupper som behöver stöd"));
        assertThat(browser.findElement(By.cssSelector("nav a[aria-current='page']")).getText()).isEqualTo("Grupper som behöver stöd");
        browser.findElement(By.linkText("In English")).click();
        wait.until(ExpectedConditions.titleContains("Groups that need support"));
        browser.findElement(By.linkText("På svenska")).click();
        wait.until(ExpectedConditions.titleContains("Grupper som behöver stöd"));
        signOut();

        signInToSandboxAs("karin");
        assertThat(browser.findElement(By.cssSelector("form.signout span")).getText()).contains("Karin Lindqvist");
        assertThat(browser.findElements(By.cssSelector("nav a[href='/admin/risk']"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#chart-meetings svg")).isDisplayed()).isTrue();
        browser.get(base() + "/admin/risk");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ingen tillgång");
        browser.get(base() + "/admin");
        signOut();
    }

    @Test
    void sign_in_with_slack_goes_through_the_provider_and_back_to_the_overview() {
        idp.next = new Person("T1", "UADMIN", "Helena via Slack", "helena@example.se", Token.VALID);
        browser.get(base() + "/admin");
        browser.findElement(By.linkText("Logga in med Slack")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.signout")));
        assertThat(browser.findElement(By.cssSelector("form.signout span")).getText()).contains("Helena via Slack");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Programmet i siffror");
        signOut();
    }
}
