package org.qbank.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Subject;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.BatchView;
import org.qbank.bank.plan.SessionView;
import org.qbank.bank.user.UserInfo;
import org.qbank.bank.user.UserService;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.SkillBlueprintService;
import org.qbank.portal.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo in a real browser: an exam administrator draws the skill paper of the demo's 操作技能 session (the demo
 * seeds it with its draw window open), reads its tasks and downloads the 试题单, and finds the skill batch form
 * refused for a batch whose skill session has its paper; then draws the demo theory batch
 * with one 备用卷, issues the session's paper, voids it and replaces it by the spare, and reads the audit lines.
 * Separately an administrator composes a skill blueprint on the demo's skill 细目表, checks it, saves it and finds it
 * offered on the draw page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:qbank_skill_browser;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "qbank.assembly.job.time-limit=PT20S",
        "qbank.assembly.job.unimproved-limit=PT1S"})
@ActiveProfiles("demo")
@Import(Fixtures.class)
class SkillDrawBrowserTest {

    private Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserService users;
    @Autowired
    BatchService batches;
    @Autowired
    BlueprintService blueprints;
    @Autowired
    SkillBlueprintService skillBlueprints;
    @Autowired
    KnowledgeTreeService trees;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdministratorDrawsTheDemoSkillPaperAndReplacesAVoidedTheoryPaperByASpare() throws Exception {
        browser = Browser.open("http://localhost:" + port);
        Actor demo = users.findLogin("demo-exam").orElseThrow().actor();
        long institution = demo.institutionIds().iterator().next();
        UserInfo admin = fixtures.account(Role.EXAM_ADMIN, institution);
        SessionView skillSession = session(demo, institution, "DEMOJN-");
        BatchView theoryBatch = batch(demo, institution, "DEMO-");
        long skillBlueprint = skillBlueprints.listSkill(demo, institution).stream()
                .filter(b -> b.blueprint().name().equals("电工三级操作技能 演示方案")).findFirst().orElseThrow().id();
        long theoryBlueprint = blueprints.list(demo, institution).get(0).id();

        browser.login(admin.username(), Fixtures.PASSWORD);
        browser.go("/draw");
        browser.select(By.id("skillBlueprintId")).selectByValue(String.valueOf(skillBlueprint));
        browser.select(By.id("skillSessionId")).selectByValue(String.valueOf(skillSession.id()));
        browser.click(By.id("start-skill-draw"));
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("job"), "data-finished", "ASSEMBLED"));
        browser.click(By.id("open-paper"));
        browser.waitForText(By.id("paper-status"), "已发放");
        String tasks = browser.text(By.id("skill-tasks"));
        assertThat(tasks).contains("电气控制线路安装 (必考)").contains("电气设备故障检修 (必考)").contains("(选考)")
                .contains("合计考核时间").contains("考试时长 180 分钟");
        browser.screenshot("skill-paper");

        String href = browser.find(By.id("download-tasks")).getAttribute("href");
        HttpResponse<byte[]> sheet = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        assertThat(sheet.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String docx = partsOf(sheet.body());
        assertThat(docx).contains("试题单").contains(admin.username()).contains("J1");

        // J1 has its paper now: the skill batch form has no session left to draw for, and says so beside the form
        browser.go("/draw");
        browser.select(By.id("skillBatchBlueprintId")).selectByValue(String.valueOf(skillBlueprint));
        browser.select(By.id("skillBatchId")).selectByValue(String.valueOf(batch(demo, institution, "DEMOJN-").id()));
        browser.type(By.id("skillSparesPerSession"), "1");
        browser.click(By.id("start-skill-batch-draw"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("skill-batch-errors")));
        assertThat(browser.text(By.id("skill-batch-errors"))).contains("相符且尚未发放试卷的场次");

        browser.go("/draw");
        browser.select(By.id("batchBlueprintId")).selectByValue(String.valueOf(theoryBlueprint));
        browser.select(By.id("batchId")).selectByValue(String.valueOf(theoryBatch.id()));
        browser.type(By.id("sparesPerSession"), "1");
        browser.click(By.id("start-batch-draw"));
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("job"), "data-finished", "ASSEMBLED"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#job-papers .spare-paper")));
        browser.screenshot("draw-batch");
        browser.click(By.cssSelector("#job-papers .batch-paper"));
        browser.click(By.id("issue-paper"));
        browser.waitForText(By.id("paper-status"), "已发放");
        assertThat(browser.select(By.id("source")).getFirstSelectedOption().getText()).startsWith("备用卷");
        browser.type(By.id("reason"), "试卷袋封条破损, 疑似泄露");
        browser.screenshot("paper-void-replace");
        browser.click(By.id("replace-paper"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("replaced-notice")));
        assertThat(browser.text(By.id("paper-status"))).isEqualTo("已发放");
        assertThat(browser.text(By.id("paper-spare"))).isEqualTo("备用卷");
        String trail = browser.text(By.id("paper-trail"));
        assertThat(trail).contains("作废").contains("替换").contains("试卷袋封条破损, 疑似泄露").contains(admin.username());
        browser.screenshot("paper-replaced");
        browser.click(By.id("replaces-link"));
        browser.waitForText(By.id("paper-status"), "已作废");
        assertThat(browser.text(By.id("void-reason"))).isEqualTo("试卷袋封条破损, 疑似泄露");
    }

    @Test
    void anAdministratorComposesASkillBlueprintOnTheDemoSkillTreeAndFindsItOnTheDrawPage() throws Exception {
        browser = Browser.open("http://localhost:" + port);
        Actor demo = users.findLogin("demo-exam").orElseThrow().actor();
        long institution = demo.institutionIds().iterator().next();
        UserInfo admin = fixtures.account(Role.EXAM_ADMIN, institution);
        long skillTree = trees.list(demo, institution).stream().filter(t -> t.subject() == Subject.SKILL)
                .findFirst().orElseThrow().id();
        String name = "电工三级操作技能 2026 春";

        browser.login(admin.username(), Fixtures.PASSWORD);
        browser.go("/blueprints");
        browser.click(By.id("skill-blueprints"));
        browser.click(By.id("new-skill-blueprint"));
        browser.select(By.id("treeId")).selectByValue(String.valueOf(skillTree));
        browser.click(By.id("choose-tree"));
        browser.type(By.id("name"), name);
        // the check runs while the user edits: a module without 考核时间 is named beside it, and the mark goes
        // once it is fixed — no button pressed
        browser.type(By.name("modules[0].minutes"), "0");
        browser.waitForText(By.id("module-error-A"), "考核时间须大于 0 分钟");
        assertThat(browser.text(By.id("form-errors"))).contains("模块 A");
        browser.type(By.name("modules[0].minutes"), "60");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("module-error-A")));
        // the demo 细目表's modules: A, B 必考 (the starter marks every top-level module so), C and D 选考, one drawn
        browser.select(By.name("modules[2].role")).selectByValue("ELECTIVE");
        browser.select(By.name("modules[3].role")).selectByValue("ELECTIVE");
        browser.type(By.name("modules[0].minutes"), "60");
        browser.type(By.name("modules[1].minutes"), "60");
        browser.type(By.name("modules[2].minutes"), "45");
        browser.type(By.name("modules[3].minutes"), "45");
        browser.type(By.id("chooseElective"), "1");
        browser.type(By.id("durationMinutes"), "170");
        browser.waitForText(By.id("check-result"), "题库数量足够");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form-errors")));
        assertThat(browser.text(By.id("modules"))).contains("电气控制线路安装").contains("照明线路安装").contains("35")
                .contains("最短");
        browser.screenshot("skill-blueprint-editor");

        browser.click(By.id("save-skill-blueprint"));
        browser.waitForText(By.id("saved-notice"), "已保存");
        assertThat(browser.text(By.id("skill-modules"))).contains("A 电气控制线路安装 必考 60 分钟 35 35")
                .contains("C 照明线路安装 选考 45 分钟 15 30");
        assertThat(browser.text(By.id("skill-totals"))).isEqualTo("100 分 · 170 分钟");
        browser.screenshot("skill-blueprint");

        browser.click(By.id("draw-from-skill-blueprint"));
        assertThat(browser.select(By.id("skillBlueprintId")).getFirstSelectedOption().getText()).startsWith(name);
        assertThat(skillBlueprints.listSkill(demo, institution)).extracting(b -> b.blueprint().name()).contains(name);
    }

    private BatchView batch(Actor demo, long institution, String prefix) {
        return batches.list(demo, institution).stream().filter(b -> b.code().startsWith(prefix)).findFirst().orElseThrow();
    }

    private SessionView session(Actor demo, long institution, String prefix) {
        SessionView s = batch(demo, institution, prefix).sessions().get(0);
        assertThat(s.subject()).isEqualTo(Subject.SKILL);
        return s;
    }

    /** The text of the .docx body and headers. */
    private static String partsOf(byte[] docx) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("word/header") || e.getName().equals("word/document.xml")
                        || e.getName().startsWith("word/footer")) {
                    out.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out.toString();
    }
}
