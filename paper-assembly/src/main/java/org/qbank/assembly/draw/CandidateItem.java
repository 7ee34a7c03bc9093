package org.qbank.assembly.draw;

import org.qbank.bank.item.ItemType;

/**
 * An item the bank offers for a blueprint (mapped from the bank's eligible-item read model at the boundary).
 *
 * @param knowledgePointCode code of its 鉴定点 in the blueprint's 细目表
 * @param difficulty         1 易 … 5 难
 * @param enemyGroup         互斥组, null when none
 * @param sessionsIssued     sessions it was issued to within the look-back
 * @param approved           the pinned version is 已审定
 */
public record CandidateItem(long itemId, String itemCode, long versionId, ItemType type, String knowledgePointCode,
                            int difficulty, String enemyGroup, int sessionsIssued, boolean approved) {
}
