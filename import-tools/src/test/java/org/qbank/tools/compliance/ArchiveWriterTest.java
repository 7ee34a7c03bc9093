package org.qbank.tools.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.plan.AmendmentView;
import org.qbank.bank.plan.BatchState;
import org.qbank.bank.plan.BatchView;
import org.qbank.bank.plan.ExamMode;
import org.qbank.bank.plan.ExamPlanView;
import org.qbank.bank.plan.PlanArchive;
import org.qbank.bank.plan.SessionView;
import org.qbank.tools.word.PaperView;

class ArchiveWriterTest {

    @Test
    void theBatchArchiveHoldsThePlanTrailPapersKeysAndTheBatchAndPaperAuditAndReadsBack() throws Exception {
        Instant start = Instant.parse("2026-03-20T01:00:00Z");
        SessionView t1 = new SessionView(11, 5, "B-01", 7, "6-18-02-04", null, "T1", start, 90, "第一考场", 28,
                Level.THREE, Subject.THEORY, ExamMode.WRITTEN, null, BatchState.COMPLETED, 26);
        BatchView batch = new BatchView(5, 7, "B-01", "6-18-02-04", "焊工", null, Set.of(Level.THREE),
                Set.of(Subject.THEORY), BatchState.COMPLETED, 3, Instant.parse("2026-03-01T01:00:00Z"), List.of(t1));
        ExamPlanView plan = new ExamPlanView(batch, "鉴定中心 1 号楼", null, "停电时启用备用考场", List.of(),
                LocalDate.of(2026, 3, 2), false, null, Instant.parse("2026-03-02T02:00:00Z"),
                Instant.parse("2026-03-03T02:00:00Z"), "同意", null, 1);
        AmendmentView amendment = new AmendmentView(1, "修订", "=调整考场", "kaowu", Instant.parse("2026-03-05T02:00:00Z"),
                BatchState.APPROVED, List.of(new AmendmentView.FieldChange("room", "第二考场", "第一考场")));
        List<AuditRecord> batchAudit = List.of(
                audit(40, "2026-03-03T02:00:00Z", "BATCH_APPROVED", "batch", "5", "同意"),
                audit(44, "2026-03-20T00:30:00Z", "BATCH_STARTED", "batch", "5", null));
        List<AuditRecord> paperAudit = List.of(
                audit(41, "2026-03-19T23:00:00Z", "PAPER_ISSUED", "paper", "9", "场次 T1"),
                audit(42, "2026-03-19T23:00:00Z", "PAPER_DRAWN", "paper", "9", "kaowu 2026-03-20 07:00 为批次 B-01 场次 T1 抽取试卷"),
                audit(43, "2026-03-19T23:10:00Z", "PAPER_VIEWED", "paper", "9", "查看试卷内容"),
                audit(45, "2026-03-20T03:00:00Z", "PAPER_DOWNLOADED", "paper", "9", "下载试卷"),
                audit(46, "2026-03-21T02:00:00Z", "PAPER_VOIDED", "paper", "9", "试卷袋破损"),
                // an entry handed over twice (it is the batch's and a paper's) is written once
                audit(44, "2026-03-20T00:30:00Z", "BATCH_STARTED", "batch", "5", null));
        PlanArchive archive = new PlanArchive(plan, List.of(amendment), List.of("{\"code\":\"B-01\"}"), batchAudit);
        PaperView paper = new PaperView("焊工职业技能等级认定", "焊工", "三级", "理论知识", 90, "B-01", "T1", "f".repeat(64),
                List.of(new PaperView.Section("单选题", BigDecimal.ONE, List.of(new PaperView.Question(1,
                        "焊接电弧的温度最高处在", List.of("弧柱中心", "阳极区", "阴极区", "弧焰"), List.of(), "A", null)))),
                "kaowu 2026-03-31 10:00 归档");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ArchiveWriter().write(new ArchiveWriter.BatchArchive(archive, List.of(paper), paperAudit), out);

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactly("考务方案/场次.csv", "考务方案/修订记录.csv", "考务方案/快照-1.json",
                "试卷/1-T1-试卷.docx", "试卷/1-T1-答案.docx", "审计摘录.csv");
        assertThat(text(entries, "考务方案/场次.csv")).contains("B-01,T1,2026-03-20 09:00:00,90,第一考场,三级,理论知识,28,26");
        assertThat(text(entries, "考务方案/修订记录.csv")).contains("1,修订,'=调整考场,kaowu");
        assertThat(text(entries, "考务方案/快照-1.json")).isEqualTo("{\"code\":\"B-01\"}");
        List<String> excerpt = text(entries, "审计摘录.csv").lines().toList();
        assertThat(excerpt.get(0)).isEqualTo("\uFEFF序号,时间,操作人,操作,对象,对象编号,说明,哈希");
        assertThat(excerpt.subList(1, excerpt.size())).extracting(l -> l.split(",")[0] + " " + l.split(",")[3])
                .containsExactly("40 BATCH_APPROVED", "41 PAPER_ISSUED", "42 PAPER_DRAWN", "43 PAPER_VIEWED",
                        "44 BATCH_STARTED", "45 PAPER_DOWNLOADED", "46 PAPER_VOIDED");
        assertThat(excerpt).contains("42,2026-03-20 07:00:00,kaowu,PAPER_DRAWN,paper,9,kaowu 2026-03-20 07:00 为批次 B-01 场次 T1 抽取试卷,h42",
                "46,2026-03-21 10:00:00,kaowu,PAPER_VOIDED,paper,9,试卷袋破损,h46");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(entries.get("试卷/1-T1-试卷.docx")));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("焊接电弧的温度最高处在").contains("场次 T1");
        }
        // the mark is the watermark in the header part
        StringBuilder headers = new StringBuilder();
        try (ZipInputStream docx = new ZipInputStream(new ByteArrayInputStream(entries.get("试卷/1-T1-试卷.docx")))) {
            for (ZipEntry e = docx.getNextEntry(); e != null; e = docx.getNextEntry()) {
                if (e.getName().startsWith("word/header")) {
                    headers.append(new String(docx.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(headers).contains("kaowu 2026-03-31 10:00 归档");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(entries.get("试卷/1-T1-答案.docx")));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("A");
        }
    }

    private static AuditRecord audit(long seq, String at, String action, String entityType, String entityId, String detail) {
        return new AuditRecord(7, seq, Instant.parse(at), 21, "kaowu", action, entityType, entityId, null, null, null,
                detail, "h" + (seq - 1), "h" + seq);
    }

    private static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }
}
