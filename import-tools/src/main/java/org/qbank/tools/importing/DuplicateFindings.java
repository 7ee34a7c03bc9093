package org.qbank.tools.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of an accepted upload that repeat what is already there: word for word in the bank (same content hash), or
 * near-duplicates and variants found through the search index in the bank and among the upload's own rows.
 * Findings, not errors: they never reject the upload. Exact repeats inside the upload are errors of the report
 * itself and are not repeated here.
 *
 * @param indexedItems how many of the institution's items the search index held (0: only the upload's own rows
 *                     and exact repeats in the bank were checked)
 * @param seconds      wall time of the whole check, on its own clock (not part of validating or storing)
 */
public record DuplicateFindings(long indexedItems, double seconds, List<Pair> pairs) {

    /** Where the other item of a pair is. */
    public enum Place { BANK, FILE }

    /** 完全相同 (same content hash), 重复, 变体 or 疑似改写 (near-duplicate scorer). */
    public enum Kind {
        EXACT("完全相同"), DUPLICATE("重复"), VARIANT("变体"), POSSIBLE_REWORDING("疑似改写");

        private final String displayName;

        Kind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /**
     * One row and what it repeats.
     *
     * @param code      the row's 试题编码 (empty when the row leaves it blank)
     * @param otherRow  the earlier row of the same sheet for {@link Place#FILE}, 0 for the bank
     * @param otherCode the other item's 试题编码 (empty for a file row without one)
     */
    public record Pair(String sheet, int row, String code, Kind kind, Place place, int otherRow, String otherCode,
                       double score, String reason) {

        /** "与题库中 6-31-01-03-3-T-000012 重复（0.97）：…" — what the row's warning says. */
        public String describe() {
            String other = place == Place.BANK ? "题库中 " + otherCode
                    : "本文件第" + otherRow + "行" + (otherCode.isEmpty() ? "" : "（" + otherCode + "）");
            String relation = kind == Kind.POSSIBLE_REWORDING ? "可能是" + other + "的改写" : "与" + other + kind.displayName();
            return "疑似重复：" + relation + String.format("（相似度 %.2f）", score)
                    + (reason == null || reason.isEmpty() ? "" : "：" + reason);
        }
    }

    public static DuplicateFindings none() {
        return new DuplicateFindings(0, 0, List.of());
    }

    public DuplicateFindings {
        pairs = List.copyOf(pairs);
    }

    /** Pairs per kind and place, e.g. {@code {"完全相同·题库": 3, "重复·本文件": 1}}, in a fixed order. */
    public Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            for (Place p : Place.values()) {
                long n = pairs.stream().filter(x -> x.kind() == k && x.place() == p).count();
                if (n > 0) {
                    m.put(k.displayName() + "·" + (p == Place.BANK ? "题库" : "本文件"), n);
                }
            }
        }
        return m;
    }

    /** The pairs as warnings on their rows (column 题干), for the report and the copy with the 错误 column. */
    public List<ImportProblem> warnings() {
        return pairs.stream().map(p -> new ImportProblem(ImportProblem.Severity.WARNING, p.sheet(), p.row(), "",
                p.code(), p.describe())).toList();
    }
}
