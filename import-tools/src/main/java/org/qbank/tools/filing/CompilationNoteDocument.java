package org.qbank.tools.filing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.qbank.bank.common.Level;
import org.qbank.tools.filing.CompilationNote.Count;
import org.qbank.tools.filing.CompilationNote.PaperStructure;
import org.qbank.tools.filing.CompilationNote.Person;

/**
 * 试题资源编制说明 in the five parts seeds/002 names: 编写原则及依据, 编写内容及分工, 各等级试卷结构, 人员信息, 其他说明
 * (使用期限, 更新频率, 新旧试题对比). Blank entries read "未填写" so a missing part is visible before filing.
 */
public final class CompilationNoteDocument {

    static final String TITLE = "试题资源编制说明";
    static final String MISSING = "未填写";

    public void write(CompilationNote note, OutputStream out) throws IOException {
        try (XWPFDocument doc = FilingDocx.a4()) {
            FilingDocx.title(doc, TITLE);
            text(doc, "机构名称：" + note.institutionName());
            text(doc, "职业(工种)名称：" + note.occupationDisplay() + "（职业编码 " + note.occupationCode() + "）");
            text(doc, "等级：" + note.levels().stream().map(Level::displayName).collect(Collectors.joining("、")));

            FilingDocx.heading(doc, "一、编写原则及依据");
            text(doc, orMissing(note.basis()));

            FilingDocx.heading(doc, "二、编写内容及分工");
            text(doc, orMissing(note.division()));
            XWPFTable counts = FilingDocx.table(doc, 3);
            FilingDocx.row(counts, 3, "等级", "科目", "题量");
            for (Count c : note.counts()) {
                FilingDocx.row(counts, 0, c.level().displayName(), c.subject().displayName(), c.count() + c.unit());
            }

            FilingDocx.heading(doc, "三、各等级试卷结构");
            XWPFTable structures = FilingDocx.table(doc, 5);
            FilingDocx.row(structures, 5, "等级", "科目", "题型题量", "考试时间", "考试方式");
            for (PaperStructure s : note.structures()) {
                FilingDocx.row(structures, 0, s.level().displayName(), s.subject().displayName(), s.composition(),
                        s.durationMinutes() == null ? "" : s.durationMinutes() + " 分钟", FilingDocx.nz(s.mode()));
            }

            FilingDocx.heading(doc, "四、人员信息");
            XWPFTable people = FilingDocx.table(doc, 4);
            FilingDocx.row(people, 4, "分工", "姓名", "等级/职称", "工作单位");
            for (Person p : note.people()) {
                FilingDocx.row(people, 0, p.role(), p.name(), FilingDocx.nz(p.qualification()), FilingDocx.nz(p.unit()));
            }

            FilingDocx.heading(doc, "五、其他说明");
            text(doc, "试题试卷使用期限：" + orMissing(note.usagePeriod()));
            text(doc, "更新频率：" + orMissing(note.updateFrequency()));
            text(doc, "修订更新后新旧试题主要内容对比：" + orMissing(note.revisionNotes()));
            doc.write(out);
        }
    }

    private static void text(XWPFDocument doc, String s) {
        FilingDocx.paragraph(doc, s, 12, false, ParagraphAlignment.LEFT);
    }

    private static String orMissing(String s) {
        return s == null || s.isBlank() ? MISSING : s.strip();
    }
}
