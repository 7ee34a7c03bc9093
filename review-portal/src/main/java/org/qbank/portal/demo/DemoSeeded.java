package org.qbank.portal.demo;

import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemCode;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeView;

/** What an earlier start seeded, found by the demo's fixed codes, so that seeding again leaves it alone. */
final class DemoSeeded {

    private DemoSeeded() {
    }

    static boolean item(ItemService items, Actor actor, long institutionId, String code) {
        try {
            items.getByCode(actor, institutionId, ItemCode.of(code));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** The demo occupation's 三级 细目表 of {@code subject}, imported from {@code rows} when not there yet. */
    static KnowledgeTreeView tree(KnowledgeTreeService trees, Actor admin, long institutionId, Subject subject,
                                  List<KnowledgeRow> rows) {
        return trees.find(admin, institutionId, DemoTree.OCCUPATION_CODE, null, Level.THREE, subject)
                .orElseGet(() -> {
                    long id = trees.importTrees(admin, ImportKnowledgeTrees.of(institutionId, rows)).get(0).treeId();
                    return trees.get(admin, id);
                });
    }
}
