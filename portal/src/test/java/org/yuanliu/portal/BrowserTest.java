package org.yuanliu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yuanliu.indexer.index.IndexSchema;

/** A visitor in real headless Chromium: types a query, ticks a facet, follows the permalink back. */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private TestPortal portal;
    private ChromeDriver browser;

    @BeforeAll
    void start(RealElasticsearch.Node node, IndexSchema schema) throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromium-driver is not installed");
        schema.ensure();
        Corpus.load(node.client(), schema);
        portal = TestPortal.start(node.engine().url(), schema.prefix());
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("yuanliu-chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
        browser.manage().window().setSize(new Dimension(1280, 1100));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void typeAQueryTickAFacetAndKeepThePermalink() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(portal.url().resolve("/").toString());
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("苏联", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));
        assertThat(browser.findElements(By.cssSelector("li.hit"))).hasSize(2);

        WebElement soviet = browser.findElement(By.xpath("//aside//a[.//span[@class='value' and text()='苏联']]"));
        soviet.click();
        wait.until(ExpectedConditions.urlContains("country="));
        assertThat(browser.findElements(By.cssSelector(".chip"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("mark")).getText()).isEqualTo("苏联");
        save("search-facet.png");

        String permalink = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("figure.timeline a.bar")).click();
        wait.until(ExpectedConditions.urlContains("from="));
        browser.navigate().back();
        wait.until(ExpectedConditions.urlToBe(permalink));
        assertThat(browser.findElements(By.cssSelector(".chip"))).hasSize(1);

        browser.findElement(By.cssSelector("li.hit h3 a")).click();
        wait.until(ExpectedConditions.urlContains("/documents/"));
        save("document.png");
        browser.manage().window().setSize(new Dimension(400, 900));
        browser.get(permalink);
        save("search-phone.png");
    }

    private void save(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
