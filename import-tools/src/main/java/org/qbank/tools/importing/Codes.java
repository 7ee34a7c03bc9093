package org.qbank.tools.importing;

import java.util.regex.Pattern;

import org.qbank.bank.common.Level;
import org.qbank.tools.normalize.Levels;
import org.qbank.tools.normalize.Texts;

/** Shared checks of codes and levels, each reporting on the row it reads. */
final class Codes {

    private static final Pattern OCCUPATION = Pattern.compile("\\d-\\d{2}-\\d{2}-\\d{2}(-\\d{2})?");
    private static final Pattern KNOWLEDGE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    /** Compiled once: every row of every sheet names a 鉴定点. */
    private static final Pattern CODE_DASHES = Pattern.compile("[‐‑–—_－.\\s]+");

    private Codes() {
    }

    /** 职业编码 like 6-31-01-03; null (and an error) when malformed, null silently when blank. */
    static String occupation(RowReader r, String text, Column column) {
        String t = Texts.fold(text).replace('—', '-').replace('－', '-').replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        if (!OCCUPATION.matcher(t).matches()) {
            r.error(column, text, "职业编码格式应为 N-NN-NN-NN（如 6-31-01-03）");
            return null;
        }
        return t;
    }

    static Level level(RowReader r, Column column) {
        String text = r.required(column);
        if (text.isEmpty()) {
            return null;
        }
        return Levels.parse(text).orElseGet(() -> {
            r.error(column, text, "等级应为 五级…一级、初级工…高级技师、初级/中级/高级 或 5…1");
            return null;
        });
    }

    /** 鉴定点/鉴定范围 code: folded, upper case, dashes unified ("a－a－001" → "A-A-001"). */
    static String knowledgeCode(String text) {
        return CODE_DASHES.matcher(Texts.fold(text).toUpperCase()).replaceAll("-");
    }

    static boolean validKnowledgeCode(String code) {
        return KNOWLEDGE.matcher(code).matches();
    }
}
