package org.qbank.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qbank.bank.access.Role;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.user.UserInfo;
import org.qbank.portal.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An exam administrator opens a review round on 评审组织, then three experts and their group leader complete it
 * in a real browser: each expert reviews item by
 * item with the keyboard (1 / 2 / 3, C, Ctrl+Enter), the leader reviews too, then concludes every item in the
 * leader's view, signs 三级, closes the round with the 评审结论 and downloads the 专家评审意见表. Saves the opening
 * page, the reviewer page and the leader's view to docs/screenshots. Same application context as {@link PortalBrowserTest}.
 */
@BrowserTest
class ReviewBrowserTest {

    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ItemService items;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void threeExpertsAndTheLeaderCompleteARound() throws Exception {
        browser = Browser.open("http://localhost:" + port);
        long institution = fixtures.institution();
        UserInfo admin = fixtures.account(Role.EXAM_ADMIN, institution);
        UserInfo writer = fixtures.account(Role.ITEM_WRITER, institution);
        UserInfo leader = fixtures.account(Role.REVIEWER, institution);
        UserInfo second = fixtures.account(Role.REVIEWER, institution);
        UserInfo third = fixtures.account(Role.REVIEWER, institution);
        KnowledgeTreeView tree = fixtures.smallBank(fixtures.principal(admin).actor(), institution);
        // the first stem also exists as an approved item: the reviewers see it as a near-duplicate
        fixtures.approvedItems(tree, fixtures.principal(writer).actor(),
                fixtures.principal(fixtures.account(Role.REVIEWER, institution)).actor());
        List<ItemView> submitted = fixtures.submittedItems(tree, fixtures.principal(writer).actor(),
                "关于「触电急救的基本步骤」, 下列说法正确的是哪一项?", "停电检修前, 首先应当做什么?",
                "发现电气设备冒烟起火, 第一步应当怎样处理?");
        long round = openRound(admin, tree, submitted, List.of(leader, second, third), leader);

        review(second, round, List.of("1", "1", "3"), true);
        review(third, round, List.of("1", "2", "3"), false);
        review(leader, round, List.of("1", "1", "1"), false);

        browser.click(By.id("open-lead"));
        browser.waitForText(By.cssSelector("main h1"), "组长视图");
        assertThat(browser.text(By.id("item-" + submitted.get(1).id()))).contains("修改后通过").contains("3 / 3 已提交");
        for (ItemView i : submitted) {
            browser.click(By.id("conclude-" + i.id()));
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("conclude-" + i.id())));
        }
        assertThat(browser.text(By.id("lead-items"))).contains("通过").contains("不通过");
        browser.type(By.id("opinion-3"), "三级试题内容准确, 与鉴定点一致, 同意入库。");
        browser.click(By.id("sign-3"));
        browser.waitForText(By.id("level-3"), "签字于");
        browser.type(By.id("conclusion"), "本轮评审通过 2 题, 不通过 1 题, 同意通过的试题入库。");
        browser.click(By.id("close-round"));
        browser.waitForText(By.id("round-state"), "已结束");
        browser.screenshot("review-lead");

        assertThat(items.get(fixtures.principal(admin).actor(), submitted.get(0).id()).latest().status())
                .isEqualTo(ItemStatus.APPROVED);
        assertThat(items.get(fixtures.principal(admin).actor(), submitted.get(2).id()).latest().status())
                .isEqualTo(ItemStatus.REJECTED);
        String href = browser.find(By.id("download-sheet")).getAttribute("href");
        HttpResponse<byte[]> sheet = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(sheet.body()))) {
            String text = doc.getTables().get(0).getText();
            assertThat(text).contains("三级试题内容准确").contains("本轮评审通过 2 题");
        }

        // 题库查重: the approved item and the one concluded 通过 with the same stem are one pair of the bank
        browser.click(By.linkText("题库查重"));
        browser.click(By.id("run-sweep"));
        browser.waitForText(By.id("sweep-summary"), "检查");
        assertThat(browser.text(By.id("groups"))).contains("触电急救的基本步骤").contains("重复");
        browser.screenshot("duplicate-sweep");
    }

    /**
     * The exam administrator opens the round on 评审组织: picks the scope, keeps every waiting item, first tries a
     * panel of two (refused beside the panel), then takes the three experts with their leader.
     */
    private long openRound(UserInfo admin, KnowledgeTreeView tree, List<ItemView> waiting, List<UserInfo> panel,
                           UserInfo leader) {
        browser.login(admin.username(), Fixtures.PASSWORD);
        browser.click(By.linkText("评审组织"));
        browser.click(By.id("new-round"));
        browser.select(By.id("scope")).selectByValue(String.valueOf(tree.id()));
        browser.click(By.id("choose-scope"));
        for (ItemView i : waiting) {
            assertThat(browser.find(By.id("version-" + i.latest().id())).isSelected()).isTrue();
        }
        browser.type(By.id("place"), "鉴定中心第二会议室");
        browser.click(By.id("panel-" + panel.get(0).id()));
        browser.click(By.id("panel-" + panel.get(1).id()));
        browser.click(By.id("leader-" + leader.id()));
        browser.click(By.id("open-round"));
        browser.waitForText(By.id("panel-error"), "评审专家组须由 3 至 5 名专家组成, 当前为 2 名");
        assertThat(browser.find(By.id("panel-" + panel.get(0).id())).isSelected()).isTrue();
        browser.click(By.id("panel-" + panel.get(2).id()));
        browser.screenshot("review-open-form");
        browser.click(By.id("open-round"));
        browser.waitForText(By.id("round-opened"), "评审轮次已开启");
        assertThat(browser.text(By.id("round-warnings"))).contains("未登记等级");
        browser.screenshot("review-open");
        String url = browser.driver.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*/review-rounds/(\\d+).*", "$1"));
    }

    /** One expert reviews every item of the round from the keyboard: a verdict key, a comment, Ctrl+Enter. */
    private void review(UserInfo expert, long round, List<String> keys, boolean screenshot) throws IOException {
        browser.login(expert.username(), Fixtures.PASSWORD);
        browser.click(By.linkText("我的评审"));
        browser.click(By.id("open-round-" + round));
        browser.click(By.id("start-review"));
        for (int n = 0; n < keys.size(); n++) {
            browser.waitForText(By.id("item-position"), String.valueOf(n + 1));
            WebElement body = browser.find(By.tagName("body"));
            body.sendKeys(keys.get(n));
            body.sendKeys("c");
            WebElement comment = browser.driver.switchTo().activeElement();
            assertThat(comment.getAttribute("id")).isEqualTo("comment");
            comment.sendKeys(keys.get(n).equals("1") ? "表述规范, 答案唯一。" : "选项表述需要修改。");
            if (screenshot && n == 0) {
                assertThat(browser.find(By.cssSelector("#duplicates .duplicate")).getText()).isNotBlank();
                browser.screenshot("review-item");
            }
            comment.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            if (n < keys.size() - 1) {
                browser.waitForText(By.id("saved"), "已保存");
            }
        }
        browser.waitForText(By.id("round-done"), "您已评审本轮全部试题");
        assertThat(browser.text(By.id("progress-level-3"))).contains("3 / 3");
    }
}
