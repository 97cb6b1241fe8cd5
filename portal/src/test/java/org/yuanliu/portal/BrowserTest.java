package org.yuanliu.portal;

import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.indexer.IndexedSamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A newcomer in real headless Chromium, on the indexed samples, doing what issue 7's "done when" asks: every
 * passage citing 《邓小平文选》, the quotation 独立自主不是闭关自守 with speaker, page and source, the passages about
 * the USSR in 1949–1977 (facet and timeline), a document's footnote followed to its source, the evolution matrix,
 * and a GB/T 7714 citation copied. Screenshots go to target/screenshots.
 */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private TestPortal portal;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start(RealElasticsearch.Node node, IndexedSamples samples) throws IOException {
        assumeTrue(HeadlessChromium.installed(), "chromium-driver is not installed");
        portal = TestPortal.start(node.engine().url(), samples.prefix());
        browser = HeadlessChromium.start("yuanliu-chromium");
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

    private void open(String path) {
        browser.get(portal.url().resolve(path).toString());
    }

    @Test
    @Order(1)
    void everyPassageCitingDengXiaopingsSelectedWorks() throws IOException {
        open("/");
        browser.findElement(By.id("q")).sendKeys("邓小平文选", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertThat(hits).isNotEmpty();
        WebElement first = hits.get(0);
        first.findElement(By.cssSelector("details.notes summary")).click();
        assertThat(first.findElement(By.cssSelector("details.notes")).getText()).contains("邓小平文选");
        save("1-search-wenxuan.png");

        // the citation index lists each citing passage with its page and note marker
        browser.findElement(By.linkText("引用来源")).click();
        wait.until(ExpectedConditions.urlContains("tab=sources"));
        browser.findElement(By.xpath("//li[contains(@class,'source')]//a[text()='邓小平文选']")).click();
        wait.until(ExpectedConditions.urlContains("/sources/"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("标记 ④").contains("标记 ⑤").contains("标记 ⑥").contains("新中国对外科技合作交流的发展历程");
        save("2-source-wenxuan.png");
    }

    @Test
    @Order(2)
    void theQuotationWithSpeakerPageAndSource() throws IOException {
        open("/");
        browser.findElement(By.linkText("引语")).click();
        wait.until(ExpectedConditions.urlContains("tab=quotations"));
        browser.findElement(By.id("q")).sendKeys("\"独立自主不是闭关自守\"", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));
        WebElement quotation = browser.findElement(By.cssSelector("li.hit.quotation"));
        assertThat(quotation.findElement(By.tagName("mark")).getText()).isEqualTo("独立自主不是闭关自守");
        String place = quotation.findElement(By.cssSelector("li.occurrence")).getText();
        assertThat(place).contains("邓小平").contains("1978-03").contains("页 88").contains("⑤").contains("→ 邓小平文选");
        save("3-quotation.png");
    }

    @Test
    @Order(3)
    void passagesAboutTheUssrIn1949To1977ByFacetAndTimeline() throws IOException {
        open("/");
        browser.findElement(By.xpath("//aside//a[.//span[@class='value' and text()='苏联']]")).click();
        wait.until(ExpectedConditions.urlContains("country=SU"));
        browser.findElement(By.xpath("//aside//a[.//span[@class='value' and text()='新中国成立至改革开放前（1949—1977）']]")).click();
        wait.until(ExpectedConditions.urlContains("stage=1949-1977"));
        assertThat(browser.findElements(By.cssSelector(".chip"))).hasSize(2);
        int facetHits = Integer.parseInt(browser.findElement(By.cssSelector(".summary strong")).getText());
        assertThat(facetHits).isGreaterThanOrEqualTo(10);
        // why is the first passage tagged 苏联?
        WebElement why = browser.findElement(By.cssSelector("li.hit details.why"));
        why.findElement(By.tagName("summary")).click();
        assertThat(why.getText()).contains("国家 · 苏联").contains("依据原文：");
        save("4-ussr-1949-1977.png");

        String permalink = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("figure.timeline a.bar[href*='from=1950']")).click();
        wait.until(ExpectedConditions.urlContains("from=1950"));
        assertThat(browser.findElements(By.cssSelector(".chip"))).hasSize(3);
        assertThat(Integer.parseInt(browser.findElement(By.cssSelector(".summary strong")).getText()))
                .isPositive().isLessThanOrEqualTo(facetHits);
        save("5-ussr-1950s.png");
        browser.navigate().back();
        wait.until(ExpectedConditions.urlToBe(permalink));
    }

    @Test
    @Order(4)
    void openADocumentAndFollowAFootnoteToItsSource() throws IOException {
        open("/search?q=%22%E7%8B%AC%E7%AB%8B%E8%87%AA%E4%B8%BB%E4%B8%8D%E6%98%AF%E9%97%AD%E5%85%B3%E8%87%AA%E5%AE%88%22");
        browser.findElement(By.cssSelector("li.hit h2 a")).click();
        wait.until(ExpectedConditions.urlContains("/documents/"));
        // the hit opens the document at its passage; its mark ⑤ opens the note at the foot of page 4
        String passage = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        WebElement marker = browser.findElement(By.id(passage)).findElement(By.xpath(".//a[@class='fn'][sup[text()='⑤']]"));
        marker.click();
        wait.until(ExpectedConditions.urlContains("#fn-"));
        String noteId = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        WebElement note = browser.findElement(By.id(noteId));
        assertThat(note.getText()).contains("邓小平文选").contains("91");
        save("6-document-footnote.png");
        note.findElement(By.cssSelector("a.source-link")).click();
        wait.until(ExpectedConditions.urlContains("/sources/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("邓小平文选");
        save("7-footnote-source.png");
    }

    @Test
    @Order(5)
    void openTheEvolutionMatrixAndACell() throws IOException {
        open("/");
        browser.findElement(By.cssSelector("a.nav-matrix")).click();
        wait.until(ExpectedConditions.urlContains("/matrix"));
        WebElement table = browser.findElement(By.cssSelector("table.matrix"));
        assertThat(table.getText()).contains("“十五”计划").contains("“十三五”规划").contains("一带一路");
        save("8-matrix.png");
        WebElement cell = table.findElement(By.xpath(".//tr[th[text()='一带一路']]/td[a][last()]/a"));
        String count = cell.getText();
        cell.click();
        wait.until(ExpectedConditions.urlContains("theme=belt-and-road"));
        assertThat(browser.findElement(By.cssSelector(".summary strong")).getText()).isEqualTo(count);
    }

    @Test
    @Order(6)
    void copyAGbt7714Citation() throws IOException {
        open("/search?tab=quotations&q=%22%E7%8B%AC%E7%AB%8B%E8%87%AA%E4%B8%BB%E4%B8%8D%E6%98%AF%E9%97%AD%E5%85%B3%E8%87%AA%E5%AE%88%22");
        browser.findElement(By.cssSelector("li.occurrence a.cite-link")).click();
        wait.until(ExpectedConditions.urlContains("/cite/quotation/"));
        WebElement box = browser.findElement(By.id("text-gbt7714"));
        assertThat(box.getDomAttribute("readonly")).isNotNull();
        assertThat(box.getDomProperty("value")).contains("新中国对外科技合作交流的发展历程、基本经验与现实启示[J]. 党史研究, 2024")
                .contains(": 88.");
        WebElement copy = browser.findElement(By.cssSelector("#format-gbt7714 button.copy"));
        copy.click();
        wait.until(ExpectedConditions.textToBePresentInElement(copy, "已复制"));
        save("9-cite-copied.png");
        // what was copied is what a reader pastes: paste it into the query box of the search page
        open("/");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys(Keys.chord(Keys.CONTROL, "v"));
        String pasted = q.getDomProperty("value");
        if (!pasted.isEmpty()) {
            assertThat(pasted).contains("党史研究");
        }
        browser.manage().window().setSize(new Dimension(400, 900));
        open("/search?country=SU&stage=1949-1977");
        save("10-search-phone.png");
        browser.manage().window().setSize(new Dimension(1280, 1100));
    }

    @Test
    @Order(7)
    void theApiReferenceRendersUnderThePortalsContentSecurityPolicy() throws IOException {
        browser.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
        open("/api-docs");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".api-info h1"), "yuanliu-portal"));
        // styled: every style element ReDoc made was applied (a blocked one has no style sheet)
        Long styles = (Long) browser.executeScript("return document.querySelectorAll('style').length");
        Long blocked = (Long) browser.executeScript(
                "return [...document.querySelectorAll('style')].filter(s => !s.sheet).length");
        assertThat(styles).isPositive();
        assertThat(blocked).isZero();
        // the search box works: its worker is made from a blob: URL
        browser.findElement(By.cssSelector("input[placeholder='Search...']")).sendKeys("search");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-role='search:results'] li")));
        save("11-api-docs.png");
        // nothing blocked but ReDoc's "by Redocly" logo, which it would load from cdn.redoc.ly (and then leaves out)
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .filter(m -> !m.contains("https://cdn.redoc.ly/redoc/logo-mini.svg"))
                .toList();
        assertThat(violations).isEmpty();
        assertThat(browser.findElements(By.cssSelector("img[src^='https://']"))).isEmpty();
    }

    @Test
    @Order(8)
    void aLongFacetOpensItsMoreDialogThatFiltersAsOneTypesAndSorts() throws IOException {
        open("/");
        WebElement facet = browser.findElement(By.cssSelector("section.facet[data-facet=country]"));
        int shown = facet.findElements(By.cssSelector(":scope > ul > li")).size();
        WebElement more = facet.findElement(By.cssSelector("button.more"));
        more.click();
        WebElement dialog = facet.findElement(By.cssSelector("dialog.facet-more"));
        wait.until(d -> dialog.isDisplayed());
        List<WebElement> all = dialog.findElements(By.cssSelector("ul > li"));
        assertThat(all.size()).isGreaterThan(shown);
        // focus is in the filter box: typing narrows the values to those containing the text
        browser.switchTo().activeElement().sendKeys("国");
        List<String> visible = dialog.findElements(By.cssSelector("ul > li")).stream().filter(WebElement::isDisplayed)
                .map(li -> li.findElement(By.cssSelector(".value")).getText()).toList();
        assertThat(visible).isNotEmpty().hasSizeLessThan(all.size()).allMatch(v -> v.contains("国"));
        save("12-facet-more-filtered.png");
        // sorted by name, then back by count (descending)
        dialog.findElement(By.cssSelector("[data-sort=label]")).click();
        assertThat(dialog.findElement(By.cssSelector("[data-sort=label]")).getAttribute("aria-pressed")).isEqualTo("true");
        dialog.findElement(By.cssSelector("[data-sort=count]")).click();
        List<Integer> counts = dialog.findElements(By.cssSelector("ul > li")).stream()
                .map(li -> Integer.parseInt(li.getAttribute("data-count"))).toList();
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // Escape closes it and gives the focus back to the button
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(d -> !dialog.isDisplayed());
        assertThat(browser.switchTo().activeElement()).isEqualTo(more);
        // a value chosen in the dialog filters like one in the box
        more.click();
        wait.until(d -> dialog.isDisplayed());
        WebElement last = dialog.findElements(By.cssSelector("ul > li a")).get(all.size() - 1);
        String label = last.findElement(By.cssSelector(".value")).getText();
        last.click();
        wait.until(ExpectedConditions.urlContains("country="));
        assertThat(browser.findElement(By.cssSelector(".chips")).getText()).contains(label);
    }

    @Test
    @Order(9)
    void aRangeOfYearsIsChosenByDraggingOverTheTimelineOrByTypingIt() throws IOException {
        open("/");
        List<WebElement> bars = browser.findElements(By.cssSelector("figure.timeline a.bar"));
        assertThat(bars.size()).isGreaterThan(4);
        WebElement from = bars.get(1);
        WebElement to = bars.get(3);
        String first = from.getAttribute("data-from");
        String last = to.getAttribute("data-to");
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(from).clickAndHold().moveToElement(bars.get(2))
                .moveToElement(to).release().perform();
        wait.until(ExpectedConditions.urlContains("to=" + last));
        assertThat(browser.getCurrentUrl()).contains("from=" + first);
        assertThat(browser.findElement(By.cssSelector(".chips")).getText()).contains(first + "–" + last);
        assertThat(browser.findElements(By.cssSelector("figure.timeline a.bar.selected"))).hasSize(3);
        save("13-timeline-range.png");

        // from the keyboard: the range form under the timeline
        open("/?country=SU");
        WebElement since = browser.findElement(By.cssSelector("form.range input[name=from]"));
        since.sendKeys("1950");
        since.sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys("1959", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("to=1959"));
        assertThat(browser.getCurrentUrl()).contains("from=1950").contains("country=SU");
        int fifties = Integer.parseInt(browser.findElement(By.cssSelector(".summary strong")).getText());
        assertThat(fifties).isPositive();
        // implied years switched on: passages that only imply the 1950s (新中国成立初期) come too
        browser.findElement(By.cssSelector("a.implied-toggle")).click();
        wait.until(ExpectedConditions.urlContains("implied=on"));
        assertThat(browser.findElement(By.cssSelector("a.implied-toggle")).getAttribute("aria-checked")).isEqualTo("true");
        assertThat(Integer.parseInt(browser.findElement(By.cssSelector(".summary strong")).getText()))
                .isGreaterThanOrEqualTo(fifties);
        assertThat(browser.findElements(By.cssSelector("figure.timeline rect.implied"))).isNotEmpty();
        save("14-timeline-implied.png");
    }

    @Test
    @Order(10)
    void passagesQuotationsAndSourcesKeptAcrossSearchesAreListedAndExported() throws IOException {
        open("/");
        browser.executeScript("localStorage.removeItem('yuanliu.list')");
        open("/?q=" + TestPortal.q("苏联"));
        WebElement passage = browser.findElement(By.cssSelector("li.hit button.keep"));
        passage.click();
        assertThat(passage.getAttribute("aria-pressed")).isEqualTo("true");
        // another search, another tab: the list is still there and grows
        open("/search?tab=quotations&q=" + TestPortal.q("独立自主"));
        browser.findElement(By.cssSelector("li.occurrence button.keep")).click();
        open("/search?tab=sources&q=" + TestPortal.q("邓小平文选"));
        browser.findElement(By.cssSelector("li.hit.source button.keep")).click();
        assertThat(browser.findElement(By.cssSelector(".nav-list .list-count")).getText()).isEqualTo("(3)");

        browser.findElement(By.cssSelector("a.nav-list")).click();
        wait.until(ExpectedConditions.urlContains("/list"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#list-items li"), 3));
        String page = browser.findElement(By.id("list-items")).getText();
        assertThat(page).contains("段落").contains("引语").contains("引用来源").contains("邓小平文选").contains("[M]");
        assertThat(browser.findElement(By.cssSelector("form.export")).isDisplayed()).isTrue();
        save("15-list.png");
        // the export form sends the kept entries: the same list as one BibTeX file
        String items = (String) browser.executeScript(
                "return JSON.parse(localStorage.getItem('yuanliu.list')).map(e => e.kind + ':' + e.id).join('\\n')");
        var bibtex = portal.post("/api/lists/bibtex", "items=" + TestPortal.q(items));
        assertThat(bibtex.statusCode()).isEqualTo(200);
        assertThat(bibtex.body().split("\\n@")).hasSize(3);

        browser.findElement(By.cssSelector("#list-items li button.remove")).click();
        assertThat(browser.findElements(By.cssSelector("#list-items li"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector(".nav-list .list-count")).getText()).isEqualTo("(2)");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#list-items li"), 2));
        browser.findElement(By.cssSelector("button.clear")).click();
        assertThat(browser.findElement(By.cssSelector("p.empty")).isDisplayed()).isTrue();
    }

    @Test
    @Order(11)
    void morePassagesLikeOneAndMoreDocumentsLikeOne() throws IOException {
        open("/?q=" + TestPortal.q("苏联"));
        WebElement first = browser.findElement(By.cssSelector("li.hit"));
        String passage = first.findElement(By.cssSelector("h2 a")).getAttribute("href");
        first.findElement(By.cssSelector("a.similar")).click();
        wait.until(ExpectedConditions.urlContains("like="));
        assertThat(browser.findElement(By.cssSelector("p.similar-to")).isDisplayed()).isTrue();
        List<String> hits = browser.findElements(By.cssSelector("li.hit h2 a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(hits).isNotEmpty().doesNotContain(passage); // like it, not itself
        save("16-more-like-this.png");
        // a document's page lists the documents most like it: the CAS article's, the party-history article
        open("/search?tab=documents");
        browser.findElement(By.linkText(SearchApiTest.CAS)).click();
        wait.until(ExpectedConditions.urlContains("/documents/"));
        String here = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("nav.similar-documents")).findElement(By.linkText(SearchApiTest.PARTY_HISTORY)).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(here)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(SearchApiTest.PARTY_HISTORY);
    }

    private void save(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
