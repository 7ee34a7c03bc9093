package org.qbank.portal.pages.items;

import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.item.ItemDiff;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.portal.pages.FieldErrors;
import org.qbank.portal.pages.Workplace;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The writer's pages: 我的试题, the editor per type, history with side-by-side diff, submit for review. */
@Controller
class ItemPagesController {

    static final String READERS = "hasAnyRole('ITEM_WRITER', 'INSTITUTION_ADMIN', 'EXAM_ADMIN', 'REVIEWER')";
    static final String WRITERS = "hasAnyRole('ITEM_WRITER', 'INSTITUTION_ADMIN')";

    private final ItemEditing editing;
    private final ItemListQuery list;
    private final KnowledgeTreeService trees;

    ItemPagesController(ItemEditing editing, ItemListQuery list, KnowledgeTreeService trees) {
        this.editing = editing;
        this.list = list;
        this.trees = trees;
    }

    @InitBinder("form")
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/items")
    @PreAuthorize(READERS)
    String list(Actor actor, @RequestParam(required = false) ItemType type, @RequestParam(required = false) Integer level,
                @RequestParam(required = false) ItemStatus status, @RequestParam(required = false) String point,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "true") boolean mine,
                @RequestParam(defaultValue = "0") int page, Model model) {
        ItemListQuery.Filter filter = new ItemListQuery.Filter(type, level, status, point, q, mine, page);
        ItemListQuery.Page result = list.find(actor, filter);
        model.addAttribute("result", result);
        model.addAttribute("rows", result.rows());
        model.addAttribute("types", ItemType.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("f", filter);
        return "pages/items/list";
    }

    @GetMapping("/items/new")
    @PreAuthorize(WRITERS)
    String create(Actor actor, @RequestParam(required = false) Long treeId,
                  @RequestParam(required = false) ItemType type, Model model) {
        if (treeId == null || type == null) {
            model.addAttribute("trees", trees.list(actor, Workplace.institutionOf(actor)));
            model.addAttribute("types", ItemType.values());
            return "pages/items/start";
        }
        return editor(model, trees.get(actor, treeId), ItemForm.blank(type, treeId), null, FieldErrors.none(), null);
    }

    @PostMapping("/items")
    @PreAuthorize(WRITERS)
    ModelAndView created(Actor actor, @ModelAttribute("form") ItemForm form, Model model) {
        if (form.treeId == null || form.type == null) {
            return new ModelAndView("redirect:/items/new");
        }
        KnowledgeTreeView tree = trees.get(actor, form.treeId);
        try {
            ItemView item = editing.create(actor, tree, form);
            return new ModelAndView("redirect:/items/" + item.id() + "/manage?saved");
        } catch (RuleViolationException e) {
            return failed(model, tree, form, null, FieldErrors.of(e), null, HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @GetMapping("/items/{id}/manage")
    @PreAuthorize(READERS)
    String show(Actor actor, @PathVariable long id, Model model) {
        ItemView item = editing.items().get(actor, id);
        model.addAttribute("item", item);
        model.addAttribute("history", editing.items().history(actor, id));
        model.addAttribute("labels", new Labels());
        return "pages/items/show";
    }

    @GetMapping("/items/{id}/edit")
    @PreAuthorize(WRITERS)
    String edit(Actor actor, @PathVariable long id, Model model) {
        ItemView item = editing.items().get(actor, id);
        long treeId = list.treeOf(item.knowledgePointId()).orElseThrow();
        return editor(model, trees.get(actor, treeId), ItemForm.of(item, treeId), item, FieldErrors.none(), null);
    }

    @PostMapping("/items/{id}")
    @PreAuthorize(WRITERS)
    ModelAndView edited(Actor actor, @PathVariable long id, @ModelAttribute("form") ItemForm form, Model model) {
        ItemView item = editing.items().get(actor, id);
        form.treeId = list.treeOf(item.knowledgePointId()).orElseThrow();
        KnowledgeTreeView tree = trees.get(actor, form.treeId);
        form.type = item.type();
        form.knowledgePointId = item.knowledgePointId();
        try {
            editing.edit(actor, id, form);
            return new ModelAndView("redirect:/items/" + id + "/manage?saved");
        } catch (RuleViolationException e) {
            return failed(model, tree, form, item, FieldErrors.of(e), null, HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (ConflictException e) {
            return failed(model, tree, form, item, FieldErrors.none(), e.getMessage(), HttpStatus.CONFLICT);
        }
    }

    @PostMapping("/items/{id}/submit")
    @PreAuthorize(WRITERS)
    String submit(Actor actor, @PathVariable long id, @RequestParam int version) {
        editing.items().submit(actor, id, version);
        return "redirect:/items/" + id + "/manage?submitted";
    }

    @GetMapping("/items/{id}/diff")
    @PreAuthorize(READERS)
    String diff(Actor actor, @PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
        ItemDiff diff = editing.items().diff(actor, id, from, to);
        model.addAttribute("item", editing.items().get(actor, id));
        model.addAttribute("diff", diff);
        model.addAttribute("labels", new Labels());
        return "pages/items/diff";
    }

    private String editor(Model model, KnowledgeTreeView tree, ItemForm form, ItemView item, FieldErrors errors,
                          String conflict) {
        model.addAttribute("form", form);
        model.addAttribute("tree", tree);
        model.addAttribute("points", PointChoices.of(tree));
        model.addAttribute("item", item);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("optionLabels", List.of("A", "B", "C", "D", "E", "F", "G", "H"));
        return "pages/items/edit";
    }

    private ModelAndView failed(Model model, KnowledgeTreeView tree, ItemForm form, ItemView item, FieldErrors errors,
                                String conflict, HttpStatus status) {
        ModelAndView mav = new ModelAndView(editor(model, tree, form, item, errors, conflict), model.asMap());
        mav.setStatus(status);
        return mav;
    }

    /** Lets templates name diff fields in Chinese. */
    static final class Labels {
        public String of(String path) {
            return FieldLabels.label(path);
        }
    }
}
