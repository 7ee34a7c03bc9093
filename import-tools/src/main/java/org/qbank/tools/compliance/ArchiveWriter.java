package org.qbank.tools.compliance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.config.BankCoreConfiguration;
import org.qbank.bank.plan.AmendmentView;
import org.qbank.bank.plan.PlanArchive;
import org.qbank.bank.plan.SessionView;
import org.qbank.tools.word.AnswerKeyDocument;
import org.qbank.tools.word.PaperView;
import org.qbank.tools.word.TheoryPaperDocument;

/**
 * One zip per batch for the retention archive (seeds/000 Art. 23): the plan's sessions, its submission and
 * amendment trail with the full JSON snapshots, every paper and its answer key as .docx, and the audit excerpt
 * as CSV: the entries about the batch and those about its sessions' papers (drawn, issued, viewed, downloaded,
 * used, voided), in the order of the institution's hash chain. Entries: {@code 考务方案/场次.csv}, {@code 考务方案/修订记录.csv},
 * {@code 考务方案/快照-N.json}, {@code 试卷/<场次>-试卷.docx}, {@code 试卷/<场次>-答案.docx}, {@code 审计摘录.csv}.
 */
public final class ArchiveWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * The batch's plan archive, the papers issued to its sessions, and the audit entries about those papers
     * (entity {@code paper}); the plan's own entries come with {@code plan}.
     */
    public record BatchArchive(PlanArchive plan, List<PaperView> papers, List<AuditRecord> paperAudit) {
        public BatchArchive {
            papers = List.copyOf(papers);
            paperAudit = List.copyOf(paperAudit);
        }
    }

    public void write(BatchArchive archive, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        StringBuilder sessions = new StringBuilder("\uFEFF批次,场次,开始时间,时长(分钟),考场,等级,科目,计划人数,实考人数\n");
        for (SessionView s : archive.plan().plan().batch().sessions()) {
            line(sessions, s.batchCode(), s.code(), time(s.startsAt()), s.durationMinutes(), s.room(), s.level().grade(),
                    s.subject().displayName(), s.candidates(), s.attended());
        }
        entry(zip, "考务方案/场次.csv", sessions.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder trail = new StringBuilder("\uFEFF序号,类型,原因,操作人,时间,状态,变更项\n");
        for (AmendmentView a : archive.plan().history()) {
            line(trail, a.number(), a.kind(), a.reason(), a.actorName(), time(a.at()), a.state().displayName(),
                    a.changes().size());
        }
        entry(zip, "考务方案/修订记录.csv", trail.toString().getBytes(StandardCharsets.UTF_8));
        List<String> snapshots = archive.plan().snapshots();
        for (int i = 0; i < snapshots.size(); i++) {
            entry(zip, "考务方案/快照-" + (i + 1) + ".json", snapshots.get(i).getBytes(StandardCharsets.UTF_8));
        }
        int n = 0;
        for (PaperView p : archive.papers()) {
            String name = "试卷/" + (++n) + "-" + safe(p.sessionCode() == null ? "样卷" : p.sessionCode());
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            new TheoryPaperDocument().write(p, docx);
            entry(zip, name + "-试卷.docx", docx.toByteArray());
            docx.reset();
            new AnswerKeyDocument().write(p, docx);
            entry(zip, name + "-答案.docx", docx.toByteArray());
        }
        StringBuilder audit = new StringBuilder("\uFEFF序号,时间,操作人,操作,对象,对象编号,说明,哈希\n");
        for (AuditRecord r : excerpt(archive)) {
            line(audit, r.seq(), time(r.at()), r.actorName(), r.action(), r.entityType(), r.entityId(), r.detail(),
                    r.entryHash());
        }
        entry(zip, "审计摘录.csv", audit.toString().getBytes(StandardCharsets.UTF_8));
        zip.finish();
    }

    /** The plan's and the papers' entries as one excerpt in chain order, each entry once. */
    private static Collection<AuditRecord> excerpt(BatchArchive archive) {
        Map<Long, AuditRecord> bySeq = new TreeMap<>();
        archive.plan().audit().forEach(r -> bySeq.put(r.seq(), r));
        archive.paperAudit().forEach(r -> bySeq.put(r.seq(), r));
        return bySeq.values();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    private static void line(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(values[i]));
        }
        out.append('\n');
    }

    /** CSV cell, quoted when needed, formula-like text neutralised. */
    static String cell(Object v) {
        String s = v == null ? "" : org.qbank.tools.workbook.SheetWriting.neutralised(v.toString());
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String safe(String s) {
        return s.replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(BankCoreConfiguration.ZONE));
    }
}
