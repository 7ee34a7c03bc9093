package org.qbank.tools.importing;

import java.math.BigDecimal;
import java.util.List;

import org.qbank.bank.common.Level;
import org.qbank.bank.item.ItemType;

/**
 * A theory item (sheet 试题) after normalisation.
 *
 * @param row         1-based row, for messages
 * @param code        试题编码, or null when the row left it blank (the storage step generates one)
 * @param options     option texts in order A, B, … without their letters; empty for 判断 and free-response types
 * @param answer      判断: √ or ×; 单选/多选: the letters, sorted ("AC"); other types: the reference answer
 * @param difficulty  1..5 or null when not given
 * @param score       分值 or null when not given
 * @param status      状态 as it will be stored: 已审定 or 草稿
 * @param review      the paper review named by an 已审定 row, null otherwise
 */
public record TheoryItem(int row, String code, String occupationCode, String workType, Level level, ItemType type,
                         String pointCode, String stem, List<String> options, String answer, String explanation,
                         Integer difficulty, BigDecimal score, String author, String source, String enemyGroup,
                         String status, ImportedReview review, List<ItemImage> images) {

    public TheoryItem {
        options = List.copyOf(options);
        images = List.copyOf(images);
    }

    /** What "identical content" means for duplicate detection inside a file. */
    public String contentKey() {
        return occupationCode + '\u001F' + level + '\u001F' + type + '\u001F' + stem + '\u001F'
                + String.join("\u001E", options) + '\u001F' + answer;
    }
}
