package org.qbank.assembly.paper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.qbank.assembly.fingerprint.PaperFingerprint;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.ChoiceOption;

/**
 * Option shuffling of a paper's 单选题 and 多选题, in one place: the seeded permutation a paper stores per question,
 * and how a stored question is printed under it (options relabelled A, B, … in the new order, the key remapped so
 * that it names the same option texts, and the option letters its 解析 names rewritten the same way, see
 * {@link AnalysisLetters}). 判断题 and free-response items have no order and are printed as stored.
 */
public final class OptionOrder {

    private OptionOrder() {
    }

    /** A paper's shuffle seed from its fingerprint (the first 60 bits). */
    public static long seedOf(PaperFingerprint fingerprint) {
        return Long.parseLong(fingerprint.hex().substring(0, 15), 16);
    }

    /**
     * The printed order of {@code labels} (single letters in stored order) for one question of a paper: the same
     * seed and item always give the same order. Null when there is nothing to shuffle.
     */
    public static String shuffle(long seed, long itemId, List<String> labels) {
        if (labels.size() < 2 || labels.stream().anyMatch(l -> l == null || l.length() != 1)) {
            return null;
        }
        List<String> order = new ArrayList<>(labels);
        Collections.shuffle(order, new Random(seed ^ (itemId * 0x9E3779B97F4A7C15L)));
        return String.join("", order);
    }

    /** The question as printed under {@code order}; unchanged when the order is null or the item has no options. */
    public static ItemContent apply(ItemContent content, String order) {
        if (order == null || content.options().isEmpty()) {
            return content;
        }
        List<ChoiceOption> printed = new ArrayList<>();
        for (int i = 0; i < order.length(); i++) {
            String original = String.valueOf(order.charAt(i));
            ChoiceOption o = content.option(original).orElseThrow(() -> new IllegalStateException(
                    "选项顺序 " + order + " 中的 " + original + " 不是本题的选项"));
            printed.add(new ChoiceOption(label(i), o.text(), o.imageHash()));
        }
        return new ItemContent(content.stem(), content.stemImages(), printed, remapKey(content.key(), order),
                AnalysisLetters.rewrite(content.analysis(), order), content.referenceAnswer(), content.scoringPoints(), content.difficulty(),
                content.score(), content.skill());
    }

    /** The stored key ("B", "ABD") in printed labels, in label order. */
    public static String remapKey(String key, String order) {
        if (key == null || order == null) {
            return key;
        }
        List<String> out = new ArrayList<>();
        for (char c : key.toCharArray()) {
            int at = order.indexOf(c);
            out.add(at < 0 ? String.valueOf(c) : label(at));
        }
        Collections.sort(out);
        return String.join("", out);
    }

    private static String label(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
