package org.qbank.tools.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.institution.Institutions;
import org.qbank.bank.item.CreateItem;
import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.PreparationCategory;
import org.qbank.bank.item.ItemContent.PreparationItem;
import org.qbank.bank.item.ItemContent.RubricKind;
import org.qbank.bank.item.ItemContent.RubricRow;
import org.qbank.bank.item.ItemContent.SkillTask;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemTestData;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.ItemVersionView;
import org.qbank.bank.item.Score;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.review.ConcludeItem;
import org.qbank.bank.review.OpenRound;
import org.qbank.bank.review.ReviewFixtures;
import org.qbank.bank.review.ReviewRoundService;
import org.qbank.bank.review.ReviewSheet;
import org.qbank.bank.review.ReviewSheetService;
import org.qbank.bank.review.RoundView;
import org.qbank.bank.review.SignLevel;
import org.qbank.bank.review.SubmitVerdict;
import org.qbank.bank.review.Verdict;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A whole review round on a real database: 3 experts over 三级 and 二级, with disagreements, a 修改后通过 cycle and
 * rejections; then the item statuses, the audit trail and the 专家评审意见表 read back with POI.
 */
@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
class ReviewRoundEndToEndIT {

    @Autowired
    ReviewRoundService review;
    @Autowired
    ReviewSheetService sheets;
    @Autowired
    ReviewFixtures fx;
    @Autowired
    ItemService items;
    @Autowired
    ItemTestData data;
    @Autowired
    AuditLog audit;
    @Autowired
    Institutions institutions;
    @Autowired
    Clock clock;

    @Test
    void aRoundOverTwoLevelsEndsInASignedSheetThatReadsBackFieldByField() throws Exception {
        long institution = fx.institution();
        Occupation occupation = fx.occupation();
        Actor admin = ReviewFixtures.admin(institution);
        Actor writer = ReviewFixtures.writer(institution);
        Actor leader = fx.expert(institution, "张组长", Level.ONE, "高级工程师");
        Actor second = fx.expert(institution, "李专家", Level.ONE, null);
        Actor third = fx.expert(institution, "王专家", Level.TWO, "高级技师");
        ItemView a = fx.submitted(writer, institution, occupation, Level.THREE, Subject.THEORY, "三级题一");
        ItemView b = fx.submitted(writer, institution, occupation, Level.THREE, Subject.THEORY, "三级题二");
        ItemView c = fx.submitted(writer, institution, occupation, Level.THREE, Subject.THEORY, "三级题三");
        ItemView d = fx.submitted(writer, institution, occupation, Level.TWO, Subject.THEORY, "二级题一");
        ItemView e = fx.submitted(writer, institution, occupation, Level.TWO, Subject.THEORY, "二级题二");
        ItemView f = skillTask(writer, institution, occupation);

        RoundView round = review.open(admin, new OpenRound(institution, occupation.getId(), null,
                Set.of(Level.THREE, Level.TWO), Set.of(Subject.THEORY, Subject.SKILL), "本机构第一会议室",
                List.of(a, b, c, d, e, f).stream().map(v -> v.latest().id()).toList(),
                ReviewFixtures.ids(leader, second, third), leader.userId()));
        assertThat(round.warnings()).isEmpty();
        List<Actor> panel = List.of(leader, second, third);
        votes(round, a, panel, Verdict.PASS, Verdict.PASS, Verdict.PASS);
        votes(round, b, panel, Verdict.PASS_AFTER_REVISION, Verdict.PASS_AFTER_REVISION, Verdict.PASS);
        votes(round, c, panel, Verdict.FAIL, Verdict.FAIL, Verdict.PASS);
        votes(round, d, panel, Verdict.PASS, Verdict.FAIL, Verdict.PASS);
        votes(round, e, panel, Verdict.PASS_AFTER_REVISION, Verdict.FAIL, Verdict.PASS);
        votes(round, f, panel, Verdict.PASS, Verdict.PASS, Verdict.PASS);
        for (ItemView v : List.of(a, b, c, d, f)) {
            review.conclude(leader, new ConcludeItem(round.id(), v.id(), null, null));
        }
        review.conclude(leader, new ConcludeItem(round.id(), e.id(), Verdict.FAIL, "答案不唯一, 组长裁决不通过"));

        ItemView revised = fx.revise(writer, b.id(), "三级题二 (修改稿)");
        review.confirmRevision(leader, round.id(), b.id());
        review.sign(leader, new SignLevel(round.id(), Level.THREE, "三级试题符合国家职业标准, 同意入库"));
        review.sign(leader, new SignLevel(round.id(), Level.TWO, "二级试题内容准确, 同意入库"));
        review.close(leader, round.id(), "同意三级、二级试题资源入库使用");

        assertThat(status(a, 1)).isEqualTo(ItemStatus.APPROVED);
        assertThat(status(b, 1)).isEqualTo(ItemStatus.REVISE);
        assertThat(status(b, revised.latest().number())).isEqualTo(ItemStatus.APPROVED);
        assertThat(status(c, 1)).isEqualTo(ItemStatus.REJECTED);
        assertThat(status(d, 1)).isEqualTo(ItemStatus.APPROVED);
        assertThat(status(e, 1)).isEqualTo(ItemStatus.REJECTED);
        assertThat(status(f, 1)).isEqualTo(ItemStatus.APPROVED);

        List<String> roundEvents = audit.history(admin, institution, "review_round", String.valueOf(round.id())).stream()
                .map(AuditRecord::action).toList();
        assertThat(roundEvents).containsExactlyElementsOf(expectedRoundEvents());
        assertThat(audit.history(admin, institution, "item", String.valueOf(b.id()))).extracting(AuditRecord::action)
                .containsExactly("ITEM_CREATED", "ITEM_SUBMITTED", "ITEM_SENT_BACK", "ITEM_EDITED", "ITEM_SUBMITTED", "ITEM_APPROVED");
        assertThat(audit.history(admin, institution, "item", String.valueOf(e.id())).get(2).detail())
                .contains("不通过", "答案不唯一, 组长裁决不通过");

        ReviewSheet sheet = sheets.sheet(admin, round.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewSheetDocument().write(sheet, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("专家评审意见表");
            Map<String, String> form = form(doc.getTables().get(0));
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("机构名称(盖章)", institutions.findById(institution).orElseThrow().getName());
            expected.put("职业(工种)名称", occupation.getName());
            expected.put("等级", "三级/高级工、二级/技师");
            expected.put("理论题量/套数", "3题");
            expected.put("技能题量/套数", "1套");
            expected.put("评审地点", "本机构第一会议室");
            expected.put("五级/初级", "/");
            expected.put("四级/中级", "/");
            expected.put("三级/高级", "三级试题符合国家职业标准, 同意入库");
            expected.put("二级/技师", "二级试题内容准确, 同意入库");
            expected.put("一级/高级技师", "/");
            expected.put("评审结论", "同意三级、二级试题资源入库使用");
            expected.put("评审专家组长签字", "张组长");
            expected.put("评审专家签字", "张组长、李专家、王专家");
            LocalDate today = LocalDate.now(clock);
            expected.put("日期", today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
            expected.put("等级#header", "评审意见");
            assertThat(form).containsExactlyInAnyOrderEntriesOf(expected);

            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("附件：逐题评审记录")
                    .anyMatch(t -> t.startsWith("三级/高级工 签署：张组长") && t.contains(sheet.signOffs().get(0).digest())
                            || t.startsWith("二级/技师 签署：张组长"));
            List<List<String>> annex = rows(doc.getTables().get(1));
            assertThat(annex.get(0)).containsExactly("序号", "试题编码", "等级", "科目", "版本", "张组长", "李专家", "王专家", "结论", "说明");
            assertThat(annex).hasSize(7);
            assertThat(annex).anySatisfy(r -> assertThat(r.subList(1, 9)).containsExactly(b.code().value(), "三级/高级工",
                    "理论", "v1 → v2", "修改后通过", "修改后通过", "通过", "修改后通过"));
            assertThat(annex).anySatisfy(r -> assertThat(r.subList(1, 9)).containsExactly(c.code().value(), "三级/高级工",
                    "理论", "v1", "不通过", "不通过", "通过", "不通过"));
            assertThat(annex).anySatisfy(r -> assertThat(r).containsSubsequence(e.code().value(), "二级/技师", "理论", "v1",
                    "修改后通过", "不通过", "通过", "不通过", "答案不唯一, 组长裁决不通过"));
            assertThat(annex).anySatisfy(r -> assertThat(r.subList(1, 9)).containsExactly(f.code().value(), "二级/技师",
                    "技能", "v1", "通过", "通过", "通过", "通过"));
        }

        assertThat(sheets.verify(admin, round.id()).valid()).isTrue();
        items.retire(admin, a.id(), "教材更新");
        assertThat(sheets.verify(admin, round.id()).valid()).isFalse();
    }

    private static List<String> expectedRoundEvents() {
        List<String> events = new java.util.ArrayList<>(List.of("REVIEW_ROUND_OPENED"));
        for (int i = 0; i < 18; i++) {
            events.add("REVIEW_VERDICT_SUBMITTED");
        }
        for (int i = 0; i < 6; i++) {
            events.add("REVIEW_ITEM_CONCLUDED");
        }
        events.addAll(List.of("REVIEW_REVISION_CONFIRMED", "REVIEW_LEVEL_SIGNED", "REVIEW_LEVEL_SIGNED", "REVIEW_ROUND_CLOSED"));
        return events;
    }

    private void votes(RoundView round, ItemView item, List<Actor> panel, Verdict... verdicts) {
        for (int i = 0; i < panel.size(); i++) {
            review.submitVerdict(panel.get(i), new SubmitVerdict(round.id(), item.id(), verdicts[i], Set.of(), null));
        }
    }

    private ItemStatus status(ItemView item, int number) {
        return items.history(ReviewFixtures.admin(item.institutionId()), item.id()).stream()
                .filter(v -> v.number() == number).map(ItemVersionView::status).findFirst().orElseThrow();
    }

    private ItemView skillTask(Actor writer, long institution, Occupation occupation) {
        SkillTask task = new SkillTask("配电箱安装与调试", 90, "某车间需安装一台配电箱。", "1. 按图安装\n2. 通电调试",
                "能正确选用元件", "安装牢固, 调试一次成功", List.of(),
                List.of(new RubricRow(1, "安装", Score.of("60"), "安装不牢固每处扣 5 分", RubricKind.J, false),
                        new RubricRow(2, "调试", Score.of("40"), "一次不成功扣 20 分", RubricKind.M, true)),
                List.of(new PreparationItem(PreparationCategory.SITE, "配电箱", "PZ30", "1", "台", null)));
        ItemView v = items.create(writer, new CreateItem(institution, null, occupation.getId(), null, Level.TWO,
                Subject.SKILL, ItemType.SKILL_TASK, data.point(institution, occupation, Level.TWO, Subject.SKILL, 0), null, "自建", null,
                ItemContent.skillTask(task, Difficulty.of(3), new Score(new BigDecimal("100"))), "新建"));
        return items.submit(writer, v.id(), 1);
    }

    /** The form's label → value; the 等级/评审意见 header row is keyed 等级#header. */
    private static Map<String, String> form(XWPFTable table) {
        Map<String, String> m = new LinkedHashMap<>();
        for (XWPFTableRow r : table.getRows()) {
            String label = r.getCell(0).getText();
            m.put(m.containsKey(label) ? label + "#header" : label, r.getCell(1).getText());
        }
        m.put("等级#header", m.remove("等级#header"));
        return m;
    }

    private static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream().map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
    }
}
