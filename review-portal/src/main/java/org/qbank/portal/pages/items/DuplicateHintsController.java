package org.qbank.portal.pages.items;

import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.portal.pages.NearDuplicates;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Near-duplicate hints while a writer types: the editor posts its form (debounced) and gets the bank's closest
 * items for the draft, as bank-core's detector finds them. Nothing is stored.
 */
@Controller
class DuplicateHintsController {

    private final KnowledgeTreeService trees;
    private final NearDuplicates duplicates;

    DuplicateHintsController(KnowledgeTreeService trees, NearDuplicates duplicates) {
        this.trees = trees;
        this.duplicates = duplicates;
    }

    @InitBinder("form")
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    /** {@code itemId} is the item being edited (0 for a new one): an item is never its own duplicate. */
    @PostMapping(value = "/items/duplicate-hints", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ItemPagesController.WRITERS)
    @ResponseBody
    List<NearDuplicates.Finding> hints(Actor actor, @ModelAttribute("form") ItemForm form,
                                       @RequestParam(defaultValue = "0") long itemId) {
        if (form.treeId == null || form.type == null) {
            throw RuleViolationException.of("treeId", "请先选择细目表和题型");
        }
        KnowledgeTreeView tree = trees.get(actor, form.treeId);
        ItemContent draft;
        try {
            draft = form.toContent();
        } catch (RuleViolationException halfTyped) {
            // a score still being typed says nothing about duplicates: look at the text only
            form.score = null;
            form.rubric.forEach(r -> r.points = null);
            draft = form.toContent();
        }
        return duplicates.of(actor, tree.institutionId(), itemId, form.type, tree.level(), tree.subject(), draft);
    }

    /**
     * The items already filed under the 鉴定点 the writer chose, closest in wording to the draft first: what exists
     * before one writes, including questions worded otherwise. Empty until a 鉴定点 is chosen.
     */
    @PostMapping(value = "/items/neighbour-hints", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ItemPagesController.WRITERS)
    @ResponseBody
    List<NearDuplicates.Neighbour> neighbours(Actor actor, @ModelAttribute("form") ItemForm form,
                                              @RequestParam(defaultValue = "0") long itemId) {
        if (form.treeId == null || form.knowledgePointId == null && itemId <= 0) {
            return List.of();
        }
        KnowledgeTreeView tree = trees.get(actor, form.treeId);
        // An item being edited keeps its 鉴定点 (the picker is disabled and not posted).
        String point = form.knowledgePointId == null ? duplicates.pointOf(itemId).orElse(null)
                : tree.nodes().stream().filter(n -> n.id() == form.knowledgePointId).findFirst()
                .map(n -> n.code().display())
                .orElseThrow(() -> RuleViolationException.of("knowledgePointId", "鉴定点不在所选细目表中: " + form.knowledgePointId));
        if (point == null) {
            return List.of();
        }
        // A skill task has no stem: its name and work tasks are indexed in its place.
        String stem = form.stem != null ? form.stem
                : (form.taskName == null ? "" : form.taskName) + "\n" + (form.tasks == null ? "" : form.tasks);
        List<String> options = form.options.stream().map(o -> o.text == null ? "" : o.text).toList();
        if (stem.isBlank() && options.stream().allMatch(String::isBlank)) {
            return List.of();
        }
        return duplicates.neighbours(actor, tree.institutionId(), point, itemId, stem, options);
    }
}
