package org.qbank.bank.item;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * Creates an item with its first version (DRAFT).
 *
 * @param code             试题编码; null or blank to generate one
 * @param workTypeId       工种, null when the occupation has none
 * @param knowledgePointId 鉴定点 the item assesses
 * @param author           命题人 as shown on forms; null to use the actor's name
 * @param enemyGroup       互斥组: items of one group never share a paper; null for none
 */
public record CreateItem(long institutionId, String code, long occupationId, Long workTypeId, Level level,
                         Subject subject, ItemType type, long knowledgePointId, String author, String source,
                         String enemyGroup, ItemContent content, String changeNote) {
}
