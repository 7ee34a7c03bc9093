package org.qbank.tools.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.qbank.tools.workbook.UnreadableInputException;

/**
 * Reads and validates an upload in the bank workbook layout (DOMAIN §7), the common third-party layout or CSV.
 * Sheets stream row by row; every problem of every row is collected; the result is all-or-nothing: when the report
 * holds an error the parsed bank is empty. Nothing here touches storage, so a dry run is just this call.
 */
public final class BankWorkbookReader {

    /**
     * @throws UnreadableInputException when the file cannot be opened at all (size, zip bomb, not a workbook)
     */
    public ImportOutcome read(Path upload, ImportOptions options) {
        try (Upload u = Upload.open(upload, options.limits())) {
            return read(u, options);
        } catch (IOException e) {
            throw new UnreadableInputException("无法读取文件: " + e.getMessage(), e);
        }
    }

    /** Writes a copy of the upload's sheets with an extra 错误 column and a sheet listing every problem. */
    public void writeErrorCopy(Path upload, ImportReport report, ImportOptions options, OutputStream out) {
        try (Upload u = Upload.open(upload, options.limits())) {
            ErrorWorkbookWriter.write(u.source, report, out);
        } catch (IOException e) {
            throw new UnreadableInputException("无法写出错误报告工作簿: " + e.getMessage(), e);
        }
    }

    private ImportOutcome read(Upload u, ImportOptions options) throws IOException {
        Problems problems = new Problems();
        int max = options.limits().maxCellChars();
        KnowledgeSheet knowledge = null;
        TheorySheet theory = null;
        SkillSheet skill = null;
        RubricSheet rubric = null;
        PrepSheet prep = null;
        List<String> unknown = new ArrayList<>();
        for (String name : u.source.sheetNames()) {
            Sheets kind = Sheets.of(name);
            if (kind == null) {
                unknown.add(name);
                continue;
            }
            switch (kind) {
                case KNOWLEDGE -> SheetDriver.run(u.source, name, knowledge = new KnowledgeSheet(name, problems), max);
                case THEORY -> SheetDriver.run(u.source, name, theory = new TheorySheet(name, problems, options.defaults(),
                        new ImageLookup(u.images, u.source.images(name))), max);
                case SKILL -> SheetDriver.run(u.source, name, skill = new SkillSheet(name, problems), max);
                case RUBRIC -> SheetDriver.run(u.source, name, rubric = new RubricSheet(name, problems), max);
                case PREP -> SheetDriver.run(u.source, name, prep = new PrepSheet(name, problems), max);
            }
        }
        if (knowledge == null && theory == null && skill == null) {
            String questions = null;
            for (String name : unknown) {
                if (questions == null && Sheets.looksLikeQuestions(u.source, name)) {
                    questions = name;
                }
            }
            if (questions == null) {
                problems.error(u.fileName, 0, "", "", "没有可导入的工作表（应有 鉴定要素细目表、试题、技能试题 之一，"
                        + "或表头含 题干 和 正确答案 的题目表）");
            } else {
                unknown.remove(questions);
                SheetDriver.run(u.source, questions, theory = new TheorySheet(questions, problems, options.defaults(),
                        new ImageLookup(u.images, u.source.images(questions))), max);
            }
        }
        unknown.forEach(name -> problems.warning(name, 0, "", "", "未知的工作表，已忽略"));
        CrossChecks checks = new CrossChecks(problems);
        List<KnowledgeRow> k = knowledge == null ? List.of() : knowledge.rows;
        if (knowledge != null) {
            checks.knowledge(knowledge.sheet, k);
        }
        List<TheoryItem> items = theory == null ? List.of() : theory.items;
        if (theory != null) {
            checks.theory(theory.sheet, items, k);
        }
        List<SkillTask> tasks = List.of();
        if (skill != null) {
            tasks = checks.skill(skill.sheet, skill.tasks, k, rubric, prep);
        } else if (rubric != null || prep != null) {
            problems.error(rubric != null ? rubric.sheet : prep.sheet, 0, "", "", "有评分标准或准备清单，但没有技能试题工作表");
        }
        ImportReport report = new ImportReport(u.fileName, problems.list(), k.size(), items.size(), tasks.size(),
                theory == null ? TheorySheet.NAME : theory.sheet, skill == null ? SkillSheet.NAME : skill.sheet);
        ParsedBank bank = problems.hasErrors() ? ParsedBank.empty() : new ParsedBank(k, items, tasks);
        return new ImportOutcome(bank, report);
    }
}
