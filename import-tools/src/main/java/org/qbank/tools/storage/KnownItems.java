package org.qbank.tools.storage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ContentHash;
import org.qbank.bank.item.ItemBulkReader;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemRecord;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;

/**
 * The items of an upload whose 试题编码 the bank already holds, read in pages of a thousand codes, and DOMAIN §7's
 * re-import rule applied to each: identical content and filing do nothing; another 鉴定点 (or a non-blank 互斥组 or
 * 来源 that differs) refiles the item; different content becomes a new DRAFT version. The code is the item's
 * permanent identity, so a row giving it another occupation, work type, level, 科目 or 题型 is an error, as is a
 * row for a retired item.
 */
final class KnownItems {

    private static final int CHUNK = 1000;

    /** What to do to one known item; {@code reclassify} and {@code newContent} may both be false (unchanged). */
    record Update(ItemView item, boolean reclassify, long knowledgePointId, String enemyGroup, String source,
                  boolean newContent, ItemContent content) {
    }

    private final Map<String, ItemView> byCode;

    private KnownItems(Map<String, ItemView> byCode) {
        this.byCode = byCode;
    }

    static KnownItems read(ItemBulkReader reader, Actor actor, long institutionId, List<String> codes) {
        Map<String, ItemView> byCode = new HashMap<>();
        for (int i = 0; i < codes.size(); i += CHUNK) {
            for (ItemRecord r : reader.byCodes(actor, institutionId, codes.subList(i, Math.min(codes.size(), i + CHUNK)))) {
                byCode.put(r.item().code().value(), r.item());
            }
        }
        return new KnownItems(byCode);
    }

    /** The stored item with this code, or null (also for a blank code). */
    ItemView get(String code) {
        return code == null ? null : byCode.get(code);
    }

    int size() {
        return byCode.size();
    }

    /** The update for a row naming a known item, or empty with the row's problems added. */
    Optional<Update> update(String where, ItemView item, Scopes.Scope scope, Level level, Subject subject, ItemType type,
                            String enemyGroup, String source, ItemContent content, List<Violation> problems) {
        String clash = clash(item, scope, level, subject, type);
        if (clash != null) {
            problems.add(new Violation(where + " 试题编码", "试题编码 " + item.code() + " 在题库中是" + clash
                    + "；试题编码是试题的永久标识，这些分类不能通过导入改变。请给新题留空试题编码（导入时生成），或改回原分类"));
            return Optional.empty();
        }
        if (item.retired()) {
            problems.add(new Violation(where + " 试题编码", "试题 " + item.code() + " 已停用，不能再导入新版本或改变分类"));
            return Optional.empty();
        }
        // A blank 互斥组 or 来源 keeps the stored value: layouts without those columns must not clear them.
        String enemy = blank(enemyGroup) ? item.enemyGroup() : enemyGroup.strip();
        String src = blank(source) ? item.source() : source.strip();
        boolean refile = item.knowledgePointId() != scope.knowledgePointId() || !Objects.equals(enemy, item.enemyGroup())
                || !Objects.equals(src, item.source());
        boolean changed = !ContentHash.of(content).equals(item.latest().contentHash());
        return Optional.of(new Update(item, refile, scope.knowledgePointId(), enemy, src, changed, content));
    }

    /** What the stored item is where the row differs in a fixed classification, or null when it does not. */
    private static String clash(ItemView item, Scopes.Scope scope, Level level, Subject subject, ItemType type) {
        boolean same = item.occupationId() == scope.occupationId() && Objects.equals(item.workTypeId(), scope.workTypeId())
                && item.level() == level && item.subject() == subject && item.type() == type;
        return same ? null : " " + item.level().grade() + " " + item.subject().displayName() + " " + item.type().displayName()
                + "（职业、工种或等级、科目、题型与本行不同）";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
