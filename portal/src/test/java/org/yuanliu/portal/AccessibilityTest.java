package org.yuanliu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yuanliu.indexer.IndexedSamples;
import org.yuanliu.indexer.RealElasticsearch;

/**
 * Every page of the portal in real headless Chromium, in both languages, checked by axe-core (from its webjar) for
 * WCAG 2.1 A/AA and best-practice violations — after the interactions that change a page too (a facet chosen, a
 * tab changed, notes opened). Screenshots of each page go to target/screenshots/a11y-*.png.
 */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private TestPortal portal;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private String axe;
    private RealElasticsearch.Node node;

    @BeforeAll
    void start(RealElasticsearch.Node node, IndexedSamples samples) throws IOException {
        assumeTrue(HeadlessChromium.installed(), "chromium-driver is not installed");
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/"
                + System.getProperty("yuanliu.axe.version") + "/axe.min.js")) {
            assertThat(in).as("axe-core webjar on the test class path").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        this.node = node;
        portal = TestPortal.start(node.engine().url(), samples.prefix());
        browser = HeadlessChromium.start("yuanliu-chromium-a11y");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
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
    void everyPageInBothLanguagesHasNoAxeViolations() throws IOException {
        List<String> found = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            check(found, lang + "-home", "/?lang=" + lang);
            check(found, lang + "-search", "/search?q=" + TestPortal.q("自力更生") + "&lang=" + lang);
            // a facet chosen and the notes of a hit opened
            browser.findElement(By.cssSelector("aside.facets a[role=checkbox]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chips")));
            List<WebElement> notes = browser.findElements(By.cssSelector("details.notes summary"));
            if (!notes.isEmpty()) {
                notes.get(0).click();
            }
            checkCurrent(found, lang + "-search-facet");
            for (String tab : List.of("quotations", "sources", "documents")) {
                check(found, lang + "-tab-" + tab, "/search?tab=" + tab + "&lang=" + lang);
            }
            // the timeline with its implied layer, and a facet's "more" dialog opened
            check(found, lang + "-search-implied", "/search?implied=on&from=1978&to=1985&lang=" + lang);
            browser.findElement(By.cssSelector("aside.facets button.more")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.facet-more[open]")));
            browser.switchTo().activeElement().sendKeys(lang.equals("en") ? "Five" : "五");
            checkCurrent(found, lang + "-facet-dialog");
            browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            // a reader's list with a passage and a source in it
            browser.findElement(By.cssSelector("li.hit button.keep")).click();
            browser.get(portal.url().resolve("/search?tab=sources&lang=" + lang).toString());
            browser.findElement(By.cssSelector("li.hit button.keep")).click();
            browser.get(portal.url().resolve("/list?lang=" + lang).toString());
            wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#list-items li"), 1));
            checkCurrent(found, lang + "-list");
            browser.executeScript("localStorage.removeItem('yuanliu.list')");
            check(found, lang + "-list-empty", "/list?lang=" + lang);
            check(found, lang + "-sentence-search", "/search?within=sentence&q=" + TestPortal.q("毛泽东 苏联") + "&lang=" + lang);
            String documentId = portal.json("/api/search?size=1").get("hits").get(0).get("documentId").asText();
            check(found, lang + "-document", "/documents/" + documentId + "?lang=" + lang);
            String sourceId = portal.json("/api/sources?size=1").get("sources").get(0).get("id").asText();
            check(found, lang + "-source", "/sources/" + TestPortal.q(sourceId) + "?lang=" + lang);
            check(found, lang + "-matrix", "/matrix?lang=" + lang);
            String passageId = portal.json("/api/search?size=1").get("hits").get(0).get("id").asText();
            check(found, lang + "-cite", "/cite/passage/" + TestPortal.q(passageId) + "?lang=" + lang);
            check(found, lang + "-not-found", "/documents/no-such-document?lang=" + lang);
            check(found, lang + "-admin-login", "/admin/login?lang=" + lang);
        }
        assertThat(found).as("axe-core violations (rule: impact, nodes)").isEmpty();
    }

    /** The admin's pages, logged in: the document list with its forms, and a job's page after an upload. */
    @Test
    void theAdminPagesHaveNoAxeViolations(@org.junit.jupiter.api.io.TempDir Path data) throws IOException {
        String password = "a11y checks need a password too";
        java.util.Map<String, Object> admin = java.util.Map.of(
                "yuanliu.admin.password", password,
                "yuanliu.indexing.on-start", false,
                "yuanliu.indexing.uploads", data.resolve("uploads").toString(),
                "yuanliu.indexing.reports", data.resolve("reports").toString(),
                "yuanliu.admin.password-hash-file", data.resolve("admin-password.hash").toString(),
                "yuanliu.admin.session.secret-file", data.resolve("session-secret").toString(),
                "yuanliu.admin.session.revocations-file", data.resolve("session-revocations").toString());
        Path upload = Files.writeString(data.resolve("通知.txt"), "关于开展国际科技合作的通知\n\n各单位：为加强对外科技合作交流，现将有关事项通知如下。\n",
                StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        try (TestPortal site = TestPortal.start(node.engine().url(), "yuanliu-a11y-admin-" + System.nanoTime(), admin)) {
            browser.get(site.url().resolve("/admin/login").toString());
            browser.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("files")));
            checkCurrent(found, "admin-documents");
            browser.findElement(By.id("files")).sendKeys(upload.toString());
            browser.findElement(By.cssSelector("form[action='/admin/upload'] button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("/admin/jobs/"));
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".state-indexed, .state-failed")));
            assertThat(browser.findElements(By.cssSelector(".state-indexed"))).hasSize(1);
            checkCurrent(found, "admin-job");
            browser.get(site.url().resolve("/admin").toString());
            checkCurrent(found, "admin-documents-one");
            browser.get(site.url().resolve("/admin/jobs/no-such-job").toString());
            checkCurrent(found, "admin-message");
            browser.get(site.url().resolve("/admin").toString());
            browser.findElement(By.cssSelector("form[action='/admin/logout'] button")).click();
        }
        assertThat(found).as("axe-core violations on the admin pages (rule: impact, nodes)").isEmpty();
    }

    @Test
    void theSearchBoxAndFacetsWorkFromTheKeyboard() {
        browser.get(portal.url().resolve("/search?q=" + TestPortal.q("苏联")).toString());
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys("毛泽东", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q=%E6%AF%9B"));
        WebElement facet = browser.findElement(By.cssSelector("aside.facets a[role=checkbox]"));
        facet.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chips")));
        assertThat(browser.findElement(By.cssSelector("aside.facets a[aria-checked=true]"))).isNotNull();
        // Space ticks a value as it would a checkbox, and unticks it again
        String ticked = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("aside.facets a[aria-checked=true]")).sendKeys(Keys.SPACE);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(ticked)));
        assertThat(browser.findElements(By.cssSelector("aside.facets a[aria-checked=true]"))).isEmpty();
    }

    private void check(List<String> found, String name, String path) throws IOException {
        browser.get(portal.url().resolve(path).toString());
        checkCurrent(found, name);
    }

    @SuppressWarnings("unchecked")
    private void checkCurrent(List<String> found, String name) throws IOException {
        browser.executeScript(axe);
        Object result = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return v.id + ': ' + v.impact + ', ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(' | ');"
                + "})); }, function (e) { done(['axe failed: ' + e]); });", RULES);
        for (String violation : (List<String>) result) {
            found.add(name + " " + browser.getCurrentUrl() + " → " + violation);
        }
        Files.write(SCREENSHOTS.resolve("a11y-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
