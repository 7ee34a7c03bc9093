package org.qbank.tools.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qbank.bank.item.ItemType;
import org.qbank.tools.normalize.Keys;
import org.qbank.tools.normalize.Options;

/** Options and key of one theory row, by type; reports what is wrong with them. */
final class AnswerRules {

    /** Normalised options and key. */
    record Keyed(List<String> options, String answer) {
    }

    private static final List<List<String>> JUDGEMENT_OPTIONS = List.of(List.of("正确", "错误"), List.of("对", "错"),
            List.of("√", "×"), List.of("是", "否"));

    private AnswerRules() {
    }

    /** Null when the row has an error here (already reported). */
    static Keyed key(RowReader r, ItemType type, Map<Column, String> cells, String answer) {
        List<String> options = options(r, type, cells);
        if (options == null) {
            return null;
        }
        if (answer.isEmpty()) {
            r.error(TheorySheet.ANSWER, "", type.isKeyed() ? "缺少答案" : "缺少参考答案");
            return null;
        }
        return switch (type) {
            case TRUE_FALSE -> judgement(r, options, answer);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(r, type, options, answer);
            default -> {
                if (!options.isEmpty()) {
                    r.warning(TheorySheet.OPTIONS.get(0), "", type.displayName() + "不使用选项，已忽略");
                }
                yield new Keyed(List.of(), answer);
            }
        };
    }

    private static List<String> options(RowReader r, ItemType type, Map<Column, String> cells) {
        String packed = cells.get(TheorySheet.PACKED_OPTIONS);
        long filled = TheorySheet.OPTIONS.stream().filter(c -> !cells.get(c).isEmpty()).count();
        if (packed.isEmpty() && filled == 1 && !cells.get(TheorySheet.OPTIONS.get(0)).isEmpty() && type.isChoice()) {
            packed = cells.get(TheorySheet.OPTIONS.get(0));
        }
        if (!packed.isEmpty()) {
            List<String> split = Options.split(packed);
            if (split.size() > 1) {
                r.warning(TheorySheet.PACKED_OPTIONS, packed, "多个选项写在同一单元格中，已拆分为 " + split.size() + " 个选项");
                return split;
            }
        }
        List<String> options = new ArrayList<>();
        String gap = null;
        for (int i = 0; i < TheorySheet.OPTIONS.size(); i++) {
            Column c = TheorySheet.OPTIONS.get(i);
            String text = cells.get(c);
            if (text.isEmpty()) {
                gap = gap == null ? c.name() : gap;
                continue;
            }
            if (gap != null) {
                r.error(c, text, gap + "为空，但其后还有选项");
                return null;
            }
            options.add(Options.stripLetter(text, (char) ('A' + i)));
        }
        return options;
    }

    private static Keyed judgement(RowReader r, List<String> options, String answer) {
        var key = Keys.judgement(answer);
        if (key.isEmpty() && options.size() == 2 && JUDGEMENT_OPTIONS.contains(options)) {
            key = Keys.letters(answer).filter(l -> l.equals("A") || l.equals("B"))
                    .map(l -> l.equals("A") ? Keys.TRUE : Keys.FALSE);
        }
        if (key.isEmpty()) {
            r.error(TheorySheet.ANSWER, answer, "判断题答案应为 √/×、对/错 或 正确/错误");
            return null;
        }
        return new Keyed(List.of(), key.get());
    }

    private static Keyed choice(RowReader r, ItemType type, List<String> options, String answer) {
        if (options.size() < 2) {
            r.error(TheorySheet.OPTIONS.get(0), "", type.displayName() + "至少需要 2 个选项，本题有 " + options.size() + " 个");
            return null;
        }
        for (int i = 0; i < options.size(); i++) {
            int j = options.subList(0, i).indexOf(options.get(i));
            if (j >= 0) {
                r.error(TheorySheet.OPTIONS.get(i), options.get(i), "与选项" + (char) ('A' + j) + "相同");
                return null;
            }
        }
        String letters = Keys.letters(answer).orElse(null);
        if (letters == null) {
            r.error(TheorySheet.ANSWER, answer, "答案应为选项字母（如 A、ABC、A,C、B;D）");
            return null;
        }
        char last = (char) ('A' + options.size() - 1);
        for (char c : letters.toCharArray()) {
            if (c > last) {
                r.error(TheorySheet.ANSWER, answer, "答案 " + c + " 指向不存在的选项（本题只有 A–" + last + "）");
                return null;
            }
        }
        if (type == ItemType.SINGLE_CHOICE && letters.length() > 1) {
            r.error(TheorySheet.ANSWER, answer, "单选题只能有一个答案");
            return null;
        }
        if (type == ItemType.MULTIPLE_CHOICE && letters.length() < 2) {
            r.error(TheorySheet.ANSWER, answer, "多选题至少应有两个正确答案");
            return null;
        }
        return new Keyed(options, letters);
    }
}
