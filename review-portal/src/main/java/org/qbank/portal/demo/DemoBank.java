package org.qbank.portal.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.CreateItem;
import org.qbank.bank.item.EditItem;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.ReviewDecision;
import org.qbank.bank.knowledge.KnowledgeNodeView;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.occupation.OccupationService;
import org.springframework.stereotype.Component;

/**
 * The demo bank: the demo 细目表 and {@value #ITEM_COUNT} original items in every state a newcomer meets
 * (草稿, 待审, 已审定, 需修改, 未通过, 已审定 with a newer draft, 停用), written by the two demo writers and decided
 * by a demo reviewer through the ordinary services, so every step is audited like real work.
 */
@Component
class DemoBank {

    static final int ITEM_COUNT = 200;
    static final String CODE_PREFIX = "DEMO-";

    /** What was there or was made. */
    record Outcome(long treeId, int pointCount, int itemsCreated, boolean alreadySeeded) {
    }

    /** The demo actors that do the work. */
    record Crew(Actor writer1, Actor writer2, Actor reviewer, Actor examAdmin) {
    }

    private final KnowledgeTreeService trees;
    private final ItemService items;
    private final OccupationService occupations;

    DemoBank(KnowledgeTreeService trees, ItemService items, OccupationService occupations) {
        this.trees = trees;
        this.items = items;
        this.occupations = occupations;
    }

    Outcome ensure(long institutionId, Crew crew) {
        KnowledgeTreeView tree = DemoSeeded.tree(trees, crew.examAdmin(), institutionId, Subject.THEORY, DemoTree.rows());
        if (DemoSeeded.item(items, crew.examAdmin(), institutionId, code(1))) {
            return new Outcome(tree.id(), tree.pointCount(), 0, true);
        }
        long occupationId = occupations.list().stream().filter(o -> o.code().equals(DemoTree.OCCUPATION_CODE))
                .findFirst().orElseThrow().id();
        Map<String, Long> points = tree.points().stream().map(p -> p.point())
                .collect(Collectors.toMap(KnowledgeNodeView::displayCode, KnowledgeNodeView::id, (x, y) -> x));
        List<DemoItemTemplates.DemoItem> generated = DemoItemTemplates.generate(ITEM_COUNT, 20261122L);
        int n = 0;
        for (DemoItemTemplates.DemoItem g : generated) {
            n++;
            Actor writer = n % 2 == 0 ? crew.writer2() : crew.writer1();
            ItemView created = items.create(writer, new CreateItem(institutionId, code(n), occupationId, null,
                    Level.THREE, Subject.THEORY, g.type(), points.get(g.pointCode()), null, "自建", null, g.content(),
                    "新建"));
            advance(created, n, writer, crew);
        }
        return new Outcome(tree.id(), tree.pointCount(), n, false);
    }

    /** Spreads the items over the states by their number: about half approved, the rest in every other state. */
    private void advance(ItemView item, int n, Actor writer, Crew crew) {
        int slot = n % 20;
        if (slot < 3) {
            return; // 草稿
        }
        items.submit(writer, item.id(), 1);
        if (slot < 6) {
            return; // 待审
        }
        if (slot == 6 || slot == 7) {
            items.sendBack(crew.reviewer(), new ReviewDecision(item.id(), 1, "题干表述不够严谨, 请补充条件后再提交"));
            return;
        }
        if (slot == 8) {
            items.reject(crew.reviewer(), new ReviewDecision(item.id(), 1, "与所属鉴定点不符"));
            return;
        }
        ItemView approved = items.approve(crew.reviewer(), new ReviewDecision(item.id(), 1, "通过"));
        if (slot == 9) {
            items.edit(writer, new EditItem(item.id(), approved.lockVersion(),
                    approved.latest().content().withAnalysis("解析: 依据相关定律直接计算或判断。"), "补充解析"));
        } else if (slot == 10 && n % 40 == 10) {
            items.retire(crew.examAdmin(), item.id(), "演示: 停用示例");
        }
    }

    static String code(int n) {
        return CODE_PREFIX + String.format("%04d", n);
    }
}
