package org.qbank.tools.importing;

import java.io.IOException;
import java.util.Map;

import org.qbank.tools.normalize.Texts;
import org.qbank.tools.workbook.RowSource;
import org.qbank.tools.workbook.SheetRow;

/** Which kind of sheet a name means; unknown names are ignored. */
enum Sheets {
    KNOWLEDGE, THEORY, SKILL, RUBRIC, PREP;

    private static final Map<String, Sheets> NAMES = Map.ofEntries(
            Map.entry(KnowledgeSheet.NAME, KNOWLEDGE), Map.entry("认定要素细目表", KNOWLEDGE), Map.entry("细目表", KNOWLEDGE),
            Map.entry(TheorySheet.NAME, THEORY), Map.entry("理论试题", THEORY), Map.entry("理论知识试题", THEORY),
            Map.entry(SkillSheet.NAME, SKILL), Map.entry("操作技能试题", SKILL),
            Map.entry(RubricSheet.NAME, RUBRIC), Map.entry("评分记录表", RUBRIC),
            Map.entry(PrepSheet.NAME, PREP), Map.entry("准备通知单", PREP));

    static Sheets of(String sheetName) {
        return NAMES.get(Texts.fold(sheetName).replace(" ", ""));
    }

    /** A CSV has no sheet name: a 细目表 if its header names 代码 and 名称, otherwise 试题. */
    static String csvSheetName(RowSource csv) {
        SheetRow[] first = {null};
        try {
            csv.read("csv", r -> {
                if (first[0] == null && !r.isBlank()) {
                    first[0] = r;
                }
            });
        } catch (IOException e) {
            return TheorySheet.NAME;
        }
        if (first[0] != null && Header.looksLikeHeader(first[0], java.util.List.of(KnowledgeSheet.CODE, KnowledgeSheet.TITLE), 2)) {
            return KnowledgeSheet.NAME;
        }
        return TheorySheet.NAME;
    }

    /** Sheet of another layout (Sheet1 …) that holds questions: its header names 题干 and an answer column. */
    static boolean looksLikeQuestions(RowSource source, String sheet) throws IOException {
        boolean[] found = {false};
        int[] seen = {0};
        source.read(sheet, r -> {
            if (!r.isBlank() && seen[0]++ < 5 && Header.looksLikeHeader(r,
                    java.util.List.of(TheorySheet.STEM, TheorySheet.ANSWER), 2)) {
                found[0] = true;
            }
        });
        return found[0];
    }

}
