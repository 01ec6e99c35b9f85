package org.chancery.server.web;

import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.SearchResult;
import org.chancery.security.Principal;
import org.chancery.archive.secure.Viewer;
import org.chancery.security.RedactedCable;
import org.chancery.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.chancery.archive.declass.Declassifier;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.server.api.DeclassificationResourceTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web application in real headless Chromium, against a server started in-process on a random port over a
 * small generated archive with the demo accounts. Screenshots of the main pages go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    @TempDir
    static Path dir;
    TestServer server;
    Browser browser;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "headless Chromium is not installed (/usr/bin/chromium and "
                + "/usr/bin/chromedriver): run bin/install-browser, or bin/test which runs it");
        server = new TestServer(dir, 400);
        browser = new Browser("http://127.0.0.1:" + server.server.port(), dir.resolve("chromium-profile"));
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @Test
    @Order(1)
    void logsInWithTheFormAndSaysWhatWentWrong() {
        browser.driver.manage().deleteAllCookies();
        browser.open("/search?q=radar");
        assertThat(browser.path()).startsWith("/login?next=");
        browser.type("#user", "s-reader");
        browser.type("#password", "wrong password");
        browser.find("#password").sendKeys(Keys.ENTER);
        assertThat(browser.find("#login-error").getText()).contains("wrong user name or password");
        browser.screenshot("login");

        browser.type("#password", "demo-s-reader");
        browser.find("#password").sendKeys(Keys.ENTER);
        browser.waitFor("#q");
        assertThat(browser.path()).isEqualTo("/search?q=radar");
        assertThat(browser.find(".who").getText()).contains("s-reader");
    }

    @Test
    @Order(2)
    void searchesAndFiltersByAFacetFromTheUrl() {
        browser.logIn("s-reader");
        browser.open("/search");
        browser.type("#q", "*");
        browser.find("#q").sendKeys(Keys.ENTER);
        long all = Long.parseLong(browser.find("#total").getText());
        assertThat(all).isPositive();
        assertThat(browser.present(".histogram svg rect")).isTrue();

        WebElement value = browser.find("[data-facet=class] li a");
        String level = value.getText();
        value.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> browser.path().contains("f=class"));
        long filtered = Long.parseLong(browser.find("#total").getText());
        assertThat(filtered).isPositive().isLessThanOrEqualTo(all);
        assertThat(browser.find(".filters").getText()).contains("class: " + level);
        for (WebElement badge : browser.driver.findElements(By.cssSelector(".hit .badge"))) {
            assertThat(badge.getText()).isEqualTo(level);
        }

        // The filter lives in the URL: the same address gives the same page.
        String permalink = browser.path();
        browser.open(permalink);
        assertThat(Long.parseLong(browser.find("#total").getText())).isEqualTo(filtered);

        browser.type("#save-name", "by level");
        browser.clickAndWait(".save-search button");
        assertThat(browser.find(".saved").getText()).contains("by level");
        browser.screenshot("search");
    }

    @Test
    @Order(3)
    void aConfidentialReaderSeesTheSecretParagraphWithheld() {
        Principal reader = server.accounts.find("c-reader").orElseThrow().principal();
        Optional<String> partly = partlyWithheld(reader);
        Assumptions.assumeTrue(partly.isPresent(), "the generated corpus has no SECRET cable with readable portions");
        String id = partly.get();

        browser.logIn("c-reader");
        browser.open("/cables/" + id);
        assertThat(browser.find("#withheld-note").getText()).contains("withheld");
        List<WebElement> withheld = browser.driver.findElements(By.cssSelector(".cable-text .withheld"));
        assertThat(withheld).isNotEmpty();
        assertThat(withheld.get(0).getText()).contains("[withheld");
        assertThat(browser.find("#banner-top").getText()).startsWith("SECRET");
        assertThat(browser.find("#banner-bottom").getText()).isEqualTo(browser.find("#banner-top").getText());
        assertThat(browser.present(".cable-text .portion")).isTrue();
        browser.screenshot("cable-withheld");

        // The original text is not shown to a reader who may not read all of it.
        browser.open("/cables/" + id + "/original");
        assertThat(browser.find("h1").getText()).isEqualTo("Partly withheld");

        // On a phone.
        browser.open("/cables/" + id);
        browser.size(390, 844);
        browser.find("#banner-top");
        browser.screenshot("cable-phone");
        browser.size(1280, 900);

        String threaded = threaded(reader).orElse(id);
        browser.open("/cables/" + threaded + "/graph");
        assertThat(browser.present("svg.graph .node.root")).isTrue();
        browser.screenshot("graph");
    }

    /** A cable with the longest reference thread among the first hits, for the graph's screenshot. */
    private Optional<String> threaded(Principal reader) {
        SearchResult r = server.server.context().gate().search(Viewer.as(reader),
                new SearchRequest("*", null, 1, 100, 0, SearchRequest.Sort.RELEVANCE, null));
        String best = null;
        int most = 2;
        for (SearchResult.Hit h : r.hits()) {
            int n = server.server.context().gate().thread(Viewer.as(reader), h.id(), 2).size();
            if (n > most) {
                most = n;
                best = h.id();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A SECRET cable that the reader sees with at least one portion withheld, found through the gate. */
    private Optional<String> partlyWithheld(Principal reader) {
        SearchResult r = server.server.context().gate().search(Viewer.as(reader),
                new SearchRequest("class:secret", null, 1, 100, 0, SearchRequest.Sort.RELEVANCE, null));
        for (SearchResult.Hit h : r.hits()) {
            RedactedCable c = server.server.context().gate().cable(Viewer.as(reader), h.id(), null).redacted();
            if (!c.isComplete()) return Optional.of(h.id());
        }
        return Optional.empty();
    }

    @Test
    @Order(4)
    void draftsClearsReleasesAndTheFlashArrivesToBeAcknowledged() {
        browser.logIn("drafter-prague");
        browser.open("/drafts/new");
        // Before anything is typed, the server's lint says what is missing.
        assertThat(browser.find("#lint-result").getText()).contains("draft-addressee");
        new Select(browser.find("#originator")).selectByVisibleText("AMEMBASSY PRAGUE");
        new Select(browser.find("#classification")).selectByVisibleText("UNCLASSIFIED");
        new Select(browser.find("#precedence")).selectByVisibleText("FLASH");
        browser.type("#to", "SECSTATE WASHDC");
        browser.type("#tags", "PREL, EZ");
        browser.type("#subject", "(U) Browser test: a flash from Prague");
        browser.type("#paragraphs", "(U) The ministry asked for an urgent meeting this afternoon.\n\n"
                + "(U) Embassy will report further after the meeting.");
        browser.type("#clearers", "clearer");
        browser.type("#signature", "Doe");
        // Live lint: the findings come back from the server as the form changes.
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> !browser.find("#lint-result").getText().contains("draft-addressee"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> !browser.find("#lint-result").getText().contains("error(s)"));
        browser.screenshot("draft-new");
        browser.clickAndWait("#save");

        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> browser.path().matches("/drafts/\\d+"));
        String draft = browser.path();
        assertThat(browser.find("#draft-state").getText()).isEqualTo("DRAFT");
        browser.clickAndWait("#submit");
        assertThat(browser.find("#draft-state").getText()).as(errorOf()).isEqualTo("SUBMITTED");

        browser.logIn("clearer");
        browser.open(draft);
        browser.clickAndWait("#clear");
        assertThat(browser.find("#draft-state").getText()).as(errorOf()).isEqualTo("CLEARED");

        browser.logIn("releaser");
        browser.open(draft);
        browser.clickAndWait("#release");
        assertThat(browser.find("#draft-state").getText()).as(errorOf()).isEqualTo("RELEASED");
        String cableId = browser.find("#released-id").getText();
        assertThat(cableId).contains("PRAGUE");
        assertThat(browser.find(".released .cable-text").getText()).contains("ZZ RUEHC").contains("SECSTATE WASHDC");
        browser.screenshot("draft-released");

        // The addressee post's inbox: the department (STATE); its members see the FLASH alert on every page.
        browser.logIn("ts-officer");
        browser.open("/inbox");
        WebElement row = waitForRow(cableId);
        assertThat(row.findElement(By.cssSelector(".badge")).getText()).isEqualTo("FLASH");
        assertThat(browser.find(".flash-alerts").getText()).contains(cableId);
        browser.open("/search");
        assertThat(browser.find(".flash-alerts").getText()).contains(cableId);
        browser.open("/inbox");
        browser.screenshot("inbox-flash");

        browser.clickAndWait(".flash-alerts form button");
        assertThat(browser.find("#ack-notice").getText()).isEqualTo("Acknowledged.");
        assertThat(browser.present(".flash-alerts")).isFalse();
        assertThat(waitForRow(cableId).getText()).contains("by ts-officer");
        browser.screenshot("inbox-acknowledged");
    }

    @Test
    @Order(5)
    void aReviewerDecidesFromTheQueueAndAnAuditorFiltersAndVerifies() throws Exception {
        Path in = Files.createDirectories(dir.resolve("review-in"));
        for (int mrn = 901; mrn <= 903; mrn++) {
            Files.writeString(in.resolve("09PRAGUE" + mrn + ".txt"), DeclassificationResourceTest.cable(mrn, "SIPDIS"),
                    StandardCharsets.UTF_8);
        }
        server.archive.ingest(List.of(in), IngestOptions.defaults(), new IngestListener() { });
        new Declassifier(server.archive, "test").run(LocalDate.now(ZoneOffset.UTC));
        browser.logIn("reviewer");
        browser.open("/review");
        assertThat(browser.find("nav[aria-label='Main']").getText()).contains("Review").doesNotContain("Audit");
        browser.screenshot("review");
        WebElement form = browser.find("form.decide");
        String action = form.getAttribute("action");
        String id = action.substring(action.lastIndexOf('/') + 1);
        // with the keyboard: the radio button takes a space, the form an Enter
        form.findElement(By.cssSelector("input[value='declassify']")).sendKeys(Keys.SPACE);
        form.findElement(By.cssSelector("button[type='submit']")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> browser.present("#review-notice"));
        assertThat(browser.find("#review-notice").getText()).isEqualTo(id + " is declassified.");
        assertThat(browser.path()).isEqualTo("/review?decided=" + id + "&outcome=declassified");

        browser.logIn("auditor");
        browser.open("/audit");
        browser.type("input[name='user']", "reviewer");
        browser.type("input[name='action']", "read");
        browser.find("input[name='action']").sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> browser.path().contains("user=reviewer"));
        assertThat(browser.path()).isEqualTo("/audit?user=reviewer&action=read");
        assertThat(browser.find("table.audit").getText()).contains(id);
        browser.clickAndWait("button[name='verify']");
        assertThat(browser.path()).isEqualTo("/audit?user=reviewer&action=read&verify=true");
        assertThat(browser.find("#verification").getText()).contains("Chain intact");
        browser.screenshot("audit");
    }

    private WebElement waitForRow(String cableId) {
        String css = "tr[data-cable='" + cableId + "']";
        return new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> {
            if (browser.present(css)) return browser.driver.findElement(By.cssSelector(css));
            browser.driver.navigate().refresh();
            return null;
        });
    }

    private String errorOf() {
        return browser.present("#workflow-error") ? browser.driver.findElement(By.cssSelector("#workflow-error")).getText()
                : browser.driver.getPageSource().substring(0, Math.min(3000, browser.driver.getPageSource().length()));
    }
}
