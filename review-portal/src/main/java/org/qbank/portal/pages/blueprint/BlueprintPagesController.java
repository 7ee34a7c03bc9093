package org.qbank.portal.pages.blueprint;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.qbank.assembly.bank.BankCheck;
import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.bank.BankTree;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.DistributionMode;
import org.qbank.assembly.blueprint.SavedBlueprint;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.item.ItemType;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/** 组卷方案: list, editor with a live counting check (JSON), save, view. */
@Controller
@PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
class BlueprintPagesController {

    private final BlueprintService blueprints;
    private final BankCheck check;
    private final BankInputs inputs;
    private final KnowledgeTreeService trees;

    BlueprintPagesController(BlueprintService blueprints, BankCheck check, BankInputs inputs,
                             KnowledgeTreeService trees) {
        this.blueprints = blueprints;
        this.check = check;
        this.inputs = inputs;
        this.trees = trees;
    }

    @InitBinder("form")
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/blueprints")
    String list(Actor actor, Model model) {
        model.addAttribute("blueprints", blueprints.list(actor, Workplace.institutionOf(actor)));
        return "pages/blueprint/list";
    }

    @GetMapping("/blueprints/new")
    String create(Actor actor, Model model) {
        return editor(actor, model, BlueprintForm.starter(), FieldErrors.none());
    }

    /** The live check: the blueprint's problems and the bank's shortfalls, without solving. */
    @PostMapping(value = "/blueprints/check", produces = "application/json")
    @ResponseBody
    Map<String, Object> check(Actor actor, @ModelAttribute("form") BlueprintForm form) {
        if (form.treeId == null) {
            return Map.of("ok", false, "problems", List.of(Map.of("field", "treeId", "message", "请选择细目表")),
                    "shortfalls", List.of(), "candidates", 0);
        }
        try {
            KnowledgeTreeView tree = trees.get(actor, form.treeId);
            BankCheck.Result r = check.check(actor, tree.institutionId(), form.toBlueprint(tree));
            return Map.of("ok", r.feasibleByCounting(),
                    "problems", r.problems().stream().map(v -> Map.of("field", String.valueOf(v.field()), "message", v.message())).toList(),
                    "shortfalls", r.shortfalls().stream().map(s -> Map.of("where", s.where(), "needed", s.needed(),
                            "available", s.available(), "message", s.message())).toList(),
                    "candidates", r.candidates());
        } catch (RuleViolationException e) {
            return Map.of("ok", false, "problems", e.violations().stream()
                    .map(v -> Map.of("field", String.valueOf(v.field()), "message", v.message())).toList(),
                    "shortfalls", List.of(), "candidates", 0);
        }
    }

    @PostMapping("/blueprints")
    ModelAndView save(Actor actor, @ModelAttribute("form") BlueprintForm form, Model model) {
        try {
            if (form.treeId == null) {
                throw RuleViolationException.of("treeId", "请选择细目表");
            }
            KnowledgeTreeView tree = trees.get(actor, form.treeId);
            Blueprint blueprint = form.toBlueprint(tree);
            SavedBlueprint saved = blueprints.save(actor, tree.institutionId(), blueprint,
                    BankInputs.toTree(tree).tree());
            return new ModelAndView("redirect:/blueprints/" + saved.id() + "?saved");
        } catch (RuleViolationException e) {
            return failed(actor, model, form, FieldErrors.of(e), HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (ConflictException e) {
            return failed(actor, model, form, FieldErrors.of(List.of(new RuleViolationException.Violation("name", e.getMessage()))),
                    HttpStatus.CONFLICT);
        }
    }

    /**
     * A saved blueprint in the editor. One that papers were drawn under is saved as a new blueprint (the page
     * says so and proposes a new name); otherwise it is changed in place.
     */
    @GetMapping("/blueprints/{id}/edit")
    String edit(Actor actor, @PathVariable long id, Model model) {
        SavedBlueprint saved = blueprints.get(actor, id);
        int papers = blueprints.papersUsing(actor, id);
        BlueprintForm form = BlueprintForm.of(saved.blueprint(), treeOf(actor, saved));
        if (papers > 0) {
            form.name = saved.blueprint().name() + " (修订)";
        }
        return revising(actor, model, saved, form, FieldErrors.none(), saved.updatedAt().toString());
    }

    @PostMapping("/blueprints/{id}")
    ModelAndView revise(Actor actor, @PathVariable long id, @ModelAttribute("form") BlueprintForm form,
                        @RequestParam(required = false) String updatedAt, Model model) {
        SavedBlueprint saved = blueprints.get(actor, id);
        HttpStatus status;
        FieldErrors errors;
        try {
            if (form.treeId == null) {
                throw RuleViolationException.of("treeId", "请选择细目表");
            }
            KnowledgeTreeView tree = trees.get(actor, form.treeId);
            BlueprintService.Revision r = blueprints.revise(actor, id, form.toBlueprint(tree, saved.blueprint()),
                    BankInputs.toTree(tree).tree(), instant(updatedAt));
            return new ModelAndView("redirect:/blueprints/" + r.saved().id() + (r.copied() ? "?copiedFrom=" + id : "?saved"));
        } catch (RuleViolationException e) {
            status = HttpStatus.UNPROCESSABLE_ENTITY;
            errors = FieldErrors.of(e);
        } catch (ConflictException e) {
            status = HttpStatus.CONFLICT;
            errors = FieldErrors.of(List.of(new RuleViolationException.Violation("name", e.getMessage())));
        }
        ModelAndView mav = new ModelAndView(revising(actor, model, saved, form, errors, updatedAt), model.asMap());
        mav.setStatus(status);
        return mav;
    }

    private String revising(Actor actor, Model model, SavedBlueprint saved, BlueprintForm form, FieldErrors errors,
                            String updatedAt) {
        model.addAttribute("editing", saved);
        model.addAttribute("papers", blueprints.papersUsing(actor, saved.id()));
        model.addAttribute("updatedAt", updatedAt);
        return editor(actor, model, form, errors);
    }

    private Long treeOf(Actor actor, SavedBlueprint saved) {
        Blueprint b = saved.blueprint();
        return trees.find(actor, saved.institutionId(), b.occupationCode(), b.workType(), b.level(), b.subject())
                .map(KnowledgeTreeView::id).orElse(null);
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @GetMapping("/blueprints/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        SavedBlueprint saved = blueprints.get(actor, id);
        model.addAttribute("saved", saved);
        model.addAttribute("bp", saved.blueprint());
        model.addAttribute("papers", blueprints.papersUsing(actor, id));
        model.addAttribute("check", check.check(actor, saved.institutionId(), saved.blueprint()));
        model.addAttribute("tree", inputs.tree(actor, saved.institutionId(), saved.blueprint()).map(BankTree::view).orElse(null));
        return "pages/blueprint/show";
    }

    private String editor(Actor actor, Model model, BlueprintForm form, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("trees", trees.list(actor, Workplace.institutionOf(actor)));
        model.addAttribute("types", ItemType.values());
        model.addAttribute("modes", DistributionMode.values());
        return "pages/blueprint/edit";
    }

    private ModelAndView failed(Actor actor, Model model, BlueprintForm form, FieldErrors errors, HttpStatus status) {
        ModelAndView mav = new ModelAndView(editor(actor, model, form, errors), model.asMap());
        mav.setStatus(status);
        return mav;
    }
}
