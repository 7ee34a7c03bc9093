package org.qbank.portal.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through the SYSTEM chromedriver: both executables are given explicitly, so Selenium
 * Manager never runs and nothing is downloaded. Missing browser: the tests are skipped with a message, or fail
 * when {@code CI=true}.
 */
final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File(System.getProperty("qbank.chromium", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("qbank.chromedriver", "/usr/bin/chromedriver"));

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final String base;
    private final Path profile;

    private Browser(String base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("qbank-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens a browser, or skips (fails under CI) when Chromium or chromedriver is not installed. */
    static Browser open(String base) throws IOException {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!present) {
            String why = "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is not installed; "
                    + "install Debian's chromium and chromium-driver to run the browser tests";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        return new Browser(base);
    }

    void go(String path) {
        driver.get(base + path);
    }

    void login(String username, String password) {
        driver.manage().deleteAllCookies();
        go("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
    }

    WebElement type(By by, String text) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(by));
        e.clear();
        e.sendKeys(text);
        return e;
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** The element once it is in the page: a click that submits a form returns before the next page is there. */
    WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    Select select(By by) {
        return new Select(wait.until(ExpectedConditions.presenceOfElementLocated(by)));
    }

    /** Sets a value the way a user's picker would (date inputs differ by locale), firing input and change. */
    void setValue(By by, String value) {
        WebElement e = find(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", e, value);
    }

    String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    void waitForText(By by, String part) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, part));
    }

    /** Saves a screenshot of the whole page (up to 2400 px high) into {@code docs/screenshots/<name>.png}. */
    void screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            Path dir = docs().resolve("screenshots");
            Files.createDirectories(dir);
            Number height = (Number) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new Dimension(window.getWidth(),
                    Math.min(2400, Math.max(window.getHeight(), height.intValue() + 140))));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    String cookie(String name) {
        return driver.manage().getCookieNamed(name).getValue();
    }

    private static Path docs() {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(here.resolve("docs")) ? here : here.getParent();
        return root.resolve("docs");
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary browser profile
        }
    }
}
