package org.qbank.portal.pages.items;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.CreateItem;
import org.qbank.bank.item.EditItem;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.occupation.WorkType;
import org.springframework.stereotype.Component;

/** Maps the editor's form into ItemService commands: the item takes its classification from the chosen 细目表. */
@Component
class ItemEditing {

    private final ItemService items;
    private final OccupationService occupations;

    ItemEditing(ItemService items, OccupationService occupations) {
        this.items = items;
        this.occupations = occupations;
    }

    ItemService items() {
        return items;
    }

    ItemView create(Actor actor, KnowledgeTreeView tree, ItemForm form) {
        if (form.knowledgePointId == null || tree.nodes().stream().noneMatch(n -> n.id() == form.knowledgePointId)) {
            throw RuleViolationException.of("knowledgePointId", "请选择本细目表中的鉴定点");
        }
        if (form.type == org.qbank.bank.item.ItemType.SKILL_TASK && tree.subject() != Subject.SKILL) {
            throw RuleViolationException.of("type", "操作技能试题须选用操作技能细目表");
        }
        Occupation occupation = occupations.find(OccupationCode.of(tree.occupationCode())).orElseThrow();
        Long workTypeId = tree.workType() == null ? null
                : occupations.findWorkType(occupation.getId(), tree.workType()).map(WorkType::getId).orElse(null);
        return items.create(actor, new CreateItem(tree.institutionId(), null, occupation.getId(), workTypeId,
                tree.level(), tree.subject(), form.type, form.knowledgePointId, null, "自建", null, form.toContent(),
                form.changeNote));
    }

    ItemView edit(Actor actor, long itemId, ItemForm form) {
        return items.edit(actor, new EditItem(itemId, form.lockVersion, form.toContent(), form.changeNote));
    }
}
