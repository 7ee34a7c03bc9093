package org.qbank.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qbank.bank.access.Role;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.user.UserInfo;
import org.qbank.portal.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal in a real browser: a writer creates and submits an item; an exam administrator imports a 细目表,
 * builds a blueprint with the live check and edits it, plans a batch, draws a paper while watching progress, issues and
 * downloads it; an inspector checks that no paper was reused. Saves screenshots of the main pages to docs/.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserTest {

    private static Browser browser;
    private static long institution;
    private static KnowledgeTreeView tree;
    private static UserInfo writer;
    private static UserInfo examAdmin;
    private static UserInfo inspector;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    org.qbank.bank.plan.BatchService batches;
    @Autowired
    org.qbank.bank.plan.ExamPlanService plans;
    @Autowired
    org.qbank.bank.plan.PlanFilingService filing;

    @BeforeAll
    static void noBrowserYet() {
        browser = null;
    }

    @BeforeEach
    void bankAndBrowser() throws IOException {
        if (browser == null) {
            browser = Browser.open("http://localhost:" + port);
            institution = fixtures.institution();
            writer = fixtures.account(Role.ITEM_WRITER, institution);
            examAdmin = fixtures.account(Role.EXAM_ADMIN, institution);
            inspector = fixtures.account(Role.INSPECTOR, institution);
            UserInfo bankWriter = fixtures.account(Role.ITEM_WRITER, institution);
            UserInfo reviewer = fixtures.account(Role.REVIEWER, institution);
            tree = fixtures.smallBank(fixtures.principal(examAdmin).actor(), institution);
            fixtures.approvedItems(tree, fixtures.principal(bankWriter).actor(),
                    fixtures.principal(reviewer).actor());
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void aWriterCreatesAnItemAndSubmitsItForReview() throws IOException {
        browser.login(writer.username(), Fixtures.PASSWORD);
        browser.click(By.linkText("我的试题"));
        browser.click(By.id("new-item"));
        browser.select(By.id("type")).selectByVisibleText("单选题");
        browser.click(By.id("start-editor"));

        browser.type(By.id("point-filter"), "万用表");
        browser.select(By.id("knowledgePointId")).selectByVisibleText("B-001 万用表的正确使用 (X)");
        // typing the stem of an item the bank already holds brings up the near-duplicate hints
        browser.type(By.id("stem"), "关于「万用表的正确使用」, 下列说法正确的是哪一项?");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#duplicate-list .duplicate-hint")));
        assertThat(browser.text(By.id("duplicate-list"))).contains("相似度");
        browser.screenshot("item-duplicate-hints");
        browser.type(By.id("stem"), "用万用表测量电阻前, 首先应当做什么?");
        Path png = Files.createTempFile("万用表", ".png");
        Files.write(png, pngImage());
        browser.find(By.id("image-upload")).sendKeys(png.toAbsolutePath().toString());
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#stem-images img")));
        String[] options = {"直接测量", "断开被测电路电源并选择合适量程", "把表笔短接后立即读数", "先测量电压"};
        for (int i = 0; i < options.length; i++) {
            browser.type(By.id("option-" + i), options[i]);
        }
        browser.click(By.id("add-option"));
        assertThat(browser.driver.findElements(By.cssSelector(".option-row"))).hasSize(5);
        browser.driver.findElements(By.cssSelector(".remove-option")).get(4).click();
        assertThat(browser.driver.findElements(By.cssSelector(".option-row"))).hasSize(4);
        browser.driver.findElements(By.cssSelector(".option-key")).get(1).click();
        browser.type(By.id("analysis"), "测电阻必须在断电状态下进行, 并先选择量程。");
        browser.screenshot("item-editor");
        browser.click(By.id("save-item"));

        assertThat(browser.text(By.id("item-status"))).isEqualTo("草稿");
        assertThat(browser.driver.findElements(By.cssSelector("main img[alt=题干图片]"))).hasSize(1);
        browser.click(By.id("submit-item"));
        browser.waitForText(By.id("item-status"), "待审");
        browser.screenshot("item-submitted");

        browser.go("/items");
        assertThat(browser.text(By.cssSelector("main table tbody"))).contains("用万用表测量电阻前").contains("待审");
        browser.screenshot("my-items");
    }

    @Test
    @Order(2)
    void theSkillTaskEditorKeepsARunningRubricTotal() {
        browser.login(writer.username(), Fixtures.PASSWORD);
        browser.go("/items/new?treeId=" + tree.id() + "&type=SKILL_TASK");
        browser.type(By.id("taskName"), "照明电路的安装与检测");
        browser.type(By.id("score"), "20");
        browser.type(By.name("rubric[0].element"), "导线连接");
        browser.type(By.name("rubric[0].points"), "12");
        browser.click(By.id("add-rubric"));
        browser.type(By.name("rubric[1].element"), "通电检测");
        browser.type(By.name("rubric[1].points"), "8");
        browser.waitForText(By.id("rubric-total"), "20");
        browser.waitForText(By.id("rubric-check"), "一致");
        browser.type(By.name("preparation[0].name"), "双控开关");
        browser.type(By.name("preparation[0].spec"), "250 V 10 A");
        browser.type(By.name("preparation[0].quantity"), "2");
        browser.click(By.id("add-prep"));
        browser.select(By.name("preparation[1].category")).selectByVisibleText("考生准备");
        browser.type(By.name("preparation[1].name"), "电工工具");
        browser.screenshot("skill-task-editor");
    }

    @Test
    @Order(3)
    void anAdministratorBuildsABlueprintPlansABatchDrawsAndDownloadsAPaper() throws Exception {
        browser.login(examAdmin.username(), Fixtures.PASSWORD);

        browser.go("/knowledge");
        Path csv = Files.createTempFile("细目表", ".csv");
        Files.writeString(csv, SmallBank.uploadCsv(), StandardCharsets.UTF_8);
        browser.find(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        browser.click(By.id("import-tree"));
        browser.waitForText(By.id("import-done"), "导入完成");
        browser.go("/knowledge/" + tree.id());
        browser.screenshot("knowledge-tree");

        browser.go("/blueprints/new");
        browser.type(By.id("name"), "电工三级理论 演示方案");
        browser.select(By.id("treeId")).selectByValue(String.valueOf(tree.id()));
        browser.click(By.cssSelector("#sections tbody tr:nth-child(2) .remove-section"));
        browser.select(By.name("sections[0].type")).selectByVisibleText("单选题");
        browser.type(By.name("sections[0].count"), "5");
        browser.type(By.name("sections[0].pointsEach"), "20");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check-ok")));
        browser.screenshot("blueprint-editor");
        browser.click(By.id("save-blueprint"));
        browser.waitForText(By.cssSelector("main h1"), "电工三级理论 演示方案");
        // Reopened in the editor before any paper used it: changed in place.
        browser.click(By.id("edit-blueprint"));
        browser.waitForText(By.cssSelector("main h1"), "修改组卷方案");
        assertThat(browser.find(By.name("sections[0].count")).getAttribute("value")).isEqualTo("5");
        browser.type(By.id("durationMinutes"), "100");
        browser.click(By.id("save-blueprint"));
        browser.waitForText(By.cssSelector("main"), "组卷方案已保存");
        assertThat(browser.text(By.cssSelector(".facts"))).contains("100 分钟");

        browser.go("/batches");
        browser.type(By.id("code"), "B2026-演示");
        browser.find(By.cssSelector("input[name=levels][value=THREE]")).click();
        browser.find(By.cssSelector("input[name=subjects][value=THEORY]")).click();
        browser.click(By.id("create-batch"));
        browser.type(By.id("s-code"), "T1");
        browser.setValue(By.id("s-start"), "2026-12-18T09:00");
        browser.type(By.id("s-room"), "第一考场");
        browser.click(By.id("add-session"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".draw-link")));
        assertThat(browser.text(By.id("plan-findings"))).contains("不符合标准");
        browser.screenshot("batch-plan");
        long batchId = approve("B2026-演示");
        browser.go("/batches/" + batchId);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".draw-link")));

        browser.click(By.cssSelector(".draw-link"));
        browser.click(By.id("start-draw"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("job-bar")));
        browser.screenshot("draw-progress");
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("job"), "data-finished", "ASSEMBLED"));
        browser.click(By.id("open-paper"));
        // a draw for a session issues the paper to it at once
        browser.waitForText(By.id("paper-status"), "已发放");
        browser.screenshot("paper");

        String href = browser.find(By.id("download-word")).getAttribute("href");
        HttpResponse<byte[]> word = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(word.statusCode()).isEqualTo(200);
        assertThat(word.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        assertThat(word.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(headersOf(word.body())).contains(examAdmin.username()).contains("T1");

        browser.go("/dashboard");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-coverage svg")));
        assertThat(browser.text(By.id("stat-candidates"))).isEqualTo("10");
        browser.screenshot("dashboard");
    }

    @Test
    @Order(4)
    void anInspectorSeesEverySessionsFingerprintAndThatNoneRepeats() {
        browser.login(inspector.username(), Fixtures.PASSWORD);
        browser.click(By.linkText("合规报告"));
        assertThat(browser.text(By.cssSelector(".proof"))).contains("没有重复使用的试卷");
        assertThat(browser.text(By.cssSelector("main table"))).containsPattern("[0-9a-f]{64}");
        assertThat(browser.driver.getPageSource()).doesNotContain("用万用表测量电阻前");
        browser.screenshot("inspection");
    }

    /** Papers are drawn only for approved batches: staff the plan, file it and approve it through the services. */
    private long approve(String code) {
        org.qbank.bank.access.Actor admin = new org.qbank.bank.access.Actor(1, "jigou",
                java.util.Set.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN), java.util.Set.of(institution));
        org.qbank.bank.plan.BatchView b = batches.list(admin, institution).stream()
                .filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        java.util.List<org.qbank.bank.plan.StaffMember> staff = java.util.List.of(
                new org.qbank.bank.plan.StaffMember(org.qbank.bank.plan.StaffRole.CHIEF, "王考务", null, "考务负责人证", null, null, false),
                org.qbank.bank.plan.StaffMember.proctor("李监考", "T1"), org.qbank.bank.plan.StaffMember.proctor("赵监考", "T1"),
                new org.qbank.bank.plan.StaffMember(org.qbank.bank.plan.StaffRole.SUPERVISOR, "郑督导", "DD-1", "质量督导员", null, null, false));
        plans.change(admin, org.qbank.bank.plan.ChangePlan.draft(b.id(), new org.qbank.bank.plan.PlanEdit.SetStaff(staff)));
        plans.change(admin, org.qbank.bank.plan.ChangePlan.draft(b.id(),
                new org.qbank.bank.plan.PlanEdit.SetSite("鉴定中心 1 号楼", "省职业技能鉴定中心 批准")));
        filing.submit(admin, org.qbank.bank.plan.SubmitPlan.onTime(b.id()));
        filing.approve(admin, b.id(), "同意");
        return b.id();
    }

    /** A small original picture for the stem (a dial drawn in code). */
    private static byte[] pngImage() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(160, 90, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 160, 90);
        g.setColor(java.awt.Color.DARK_GRAY);
        g.drawArc(20, 10, 120, 120, 20, 140);
        g.drawLine(80, 70, 115, 30);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The text of the .docx headers, where the download mark (a watermark) lives. */
    private static String headersOf(byte[] docx) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("word/header")) {
                    out.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out.toString();
    }
}
