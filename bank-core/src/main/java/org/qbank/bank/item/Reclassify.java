package org.qbank.bank.item;

/**
 * Changes what an item is filed under without touching its content: its 鉴定点 (e.g. after the 细目表 was
 * revised), its 互斥组 and its 来源. Null enemy group or source clears them. Stale lock → conflict.
 */
public record Reclassify(long itemId, long expectedLockVersion, long knowledgePointId, String enemyGroup, String source) {
}
