package org.qbank.portal.pages.blueprint;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.bank.BankTree;
import org.qbank.assembly.bank.SkillBankCheck;
import org.qbank.assembly.blueprint.SkillBlueprintService;
import org.qbank.assembly.blueprint.SavedSkillBlueprint;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;
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

/**
 * 操作技能组卷方案: list, editor on a skill 细目表 with the counting check, save, revise, view. Every rule is
 * paper-assembly's ({@link SkillBlueprint#problems}, {@code SkillWeights}, {@link SkillBankCheck},
 * {@link SkillBlueprintService#reviseSkill}); this maps the form and puts each message beside its line.
 */
@Controller
@PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
class SkillBlueprintPagesController {

    private final SkillBlueprintService blueprints;
    private final SkillBankCheck check;
    private final BankInputs inputs;
    private final KnowledgeTreeService trees;

    SkillBlueprintPagesController(SkillBlueprintService blueprints, SkillBankCheck check, BankInputs inputs,
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

    @GetMapping("/skill-blueprints")
    String list(Actor actor, Model model) {
        model.addAttribute("blueprints", blueprints.listSkill(actor, Workplace.institutionOf(actor)));
        return "pages/blueprint/skill-list";
    }

    /** The editor; without {@code treeId} (or with another tree chosen) it first asks for the skill 细目表. */
    @GetMapping("/skill-blueprints/new")
    String create(Actor actor, @RequestParam(required = false) Long treeId, Model model) {
        KnowledgeTreeView tree = treeId == null ? null : skillTree(actor, treeId);
        return editor(actor, model, SkillBlueprintForm.starter(tree), tree, FieldErrors.none(), null);
    }

    /** The counting check of what the form holds, saved or not; nothing is stored. */
    @PostMapping("/skill-blueprints/check")
    String checkForm(Actor actor, @ModelAttribute("form") SkillBlueprintForm form,
                     @RequestParam(required = false) Long editingId, @RequestParam(required = false) String updatedAt,
                     Model model) {
        SavedSkillBlueprint saved = editingId == null ? null : blueprints.getSkill(actor, editingId);
        KnowledgeTreeView tree = form.treeId == null ? null : skillTree(actor, form.treeId);
        FieldErrors errors = FieldErrors.none();
        SkillBankCheck.Result result = null;
        if (tree == null) {
            errors = FieldErrors.of(List.of(new Violation("treeId", "请选择操作技能鉴定要素细目表")));
        } else {
            try {
                SkillBlueprint blueprint = form.toBlueprint(tree, saved == null ? null : saved.blueprint());
                result = check.check(actor, tree.institutionId(), blueprint);
                errors = FieldErrors.of(form.onLines(result.problems(), blueprint));
            } catch (RuleViolationException e) {
                errors = FieldErrors.of(e);
            }
        }
        if (saved != null) {
            model.addAttribute("editing", saved);
            model.addAttribute("papers", blueprints.skillPapersUsing(actor, saved.id()));
            model.addAttribute("updatedAt", updatedAt);
        }
        return editor(actor, model, form, tree, errors, result);
    }

    @PostMapping("/skill-blueprints")
    ModelAndView save(Actor actor, @ModelAttribute("form") SkillBlueprintForm form, Model model) {
        KnowledgeTreeView tree = null;
        SkillBlueprint blueprint = null;
        try {
            tree = requireTree(actor, form);
            blueprint = form.toBlueprint(tree, null);
            SavedSkillBlueprint saved = blueprints.saveSkill(actor, tree.institutionId(), blueprint,
                    BankInputs.toTree(tree).tree());
            return new ModelAndView("redirect:/skill-blueprints/" + saved.id() + "?saved");
        } catch (RuleViolationException e) {
            return refused(actor, model, form, tree, errors(form, e, blueprint), HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (ConflictException e) {
            return refused(actor, model, form, tree, nameError(e), HttpStatus.CONFLICT);
        }
    }

    /**
     * A saved skill blueprint in the editor. One that papers were drawn under is saved as a new blueprint (the page
     * says so and proposes a new name); otherwise it is changed in place.
     */
    @GetMapping("/skill-blueprints/{id}/edit")
    String edit(Actor actor, @PathVariable long id, Model model) {
        SavedSkillBlueprint saved = blueprints.getSkill(actor, id);
        int papers = blueprints.skillPapersUsing(actor, id);
        KnowledgeTreeView tree = treeOf(actor, saved);
        SkillBlueprintForm form = SkillBlueprintForm.of(saved.blueprint(), tree);
        if (papers > 0) {
            form.name = saved.blueprint().name() + " (修订)";
        }
        model.addAttribute("editing", saved);
        model.addAttribute("papers", papers);
        model.addAttribute("updatedAt", saved.updatedAt().toString());
        return editor(actor, model, form, tree, FieldErrors.none(), null);
    }

    @PostMapping("/skill-blueprints/{id}")
    ModelAndView revise(Actor actor, @PathVariable long id, @ModelAttribute("form") SkillBlueprintForm form,
                        @RequestParam(required = false) String updatedAt, Model model) {
        SavedSkillBlueprint saved = blueprints.getSkill(actor, id);
        KnowledgeTreeView tree = null;
        SkillBlueprint blueprint = null;
        model.addAttribute("editing", saved);
        model.addAttribute("papers", blueprints.skillPapersUsing(actor, id));
        model.addAttribute("updatedAt", updatedAt);
        try {
            tree = requireTree(actor, form);
            blueprint = form.toBlueprint(tree, saved.blueprint());
            SkillBlueprintService.SkillRevision r = blueprints.reviseSkill(actor, id, blueprint,
                    BankInputs.toTree(tree).tree(), instant(updatedAt));
            return new ModelAndView("redirect:/skill-blueprints/" + r.saved().id()
                    + (r.copied() ? "?copiedFrom=" + id : "?saved"));
        } catch (RuleViolationException e) {
            return refused(actor, model, form, tree, errors(form, e, blueprint), HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (ConflictException e) {
            return refused(actor, model, form, tree, nameError(e), HttpStatus.CONFLICT);
        }
    }

    @GetMapping("/skill-blueprints/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        SavedSkillBlueprint saved = blueprints.getSkill(actor, id);
        model.addAttribute("saved", saved);
        model.addAttribute("bp", saved.blueprint());
        model.addAttribute("papers", blueprints.skillPapersUsing(actor, id));
        model.addAttribute("check", check.check(actor, saved.institutionId(), saved.blueprint()));
        model.addAttribute("tree", treeOf(actor, saved));
        return "pages/blueprint/skill-show";
    }

    private KnowledgeTreeView skillTree(Actor actor, long treeId) {
        KnowledgeTreeView tree = trees.get(actor, treeId);
        if (tree.subject() != Subject.SKILL) {
            throw RuleViolationException.of("treeId", "细目表 " + tree.occupationName() + " "
                    + tree.level().grade() + " " + tree.subject().displayName() + " 不是操作技能细目表");
        }
        return tree;
    }

    private KnowledgeTreeView requireTree(Actor actor, SkillBlueprintForm form) {
        if (form.treeId == null) {
            throw RuleViolationException.of("treeId", "请选择操作技能鉴定要素细目表");
        }
        return skillTree(actor, form.treeId);
    }

    private KnowledgeTreeView treeOf(Actor actor, SavedSkillBlueprint saved) {
        return inputs.skillTree(actor, saved.institutionId(), saved.blueprint()).map(BankTree::view).orElse(null);
    }

    private static FieldErrors errors(SkillBlueprintForm form, RuleViolationException e, SkillBlueprint blueprint) {
        return FieldErrors.of(blueprint == null ? e.violations() : form.onLines(e.violations(), blueprint));
    }

    private static FieldErrors nameError(ConflictException e) {
        return FieldErrors.of(List.of(new Violation("name", e.getMessage())));
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String editor(Actor actor, Model model, SkillBlueprintForm form, KnowledgeTreeView tree, FieldErrors errors,
                          SkillBankCheck.Result result) {
        model.addAttribute("form", form);
        model.addAttribute("tree", tree);
        model.addAttribute("lines", form.lines(tree));
        model.addAttribute("errors", errors);
        model.addAttribute("check", result);
        model.addAttribute("supply", result == null ? Map.of() : result.modules().stream()
                .collect(Collectors.toMap(m -> m.module().code(), m -> m, (a, b) -> a)));
        model.addAttribute("trees", trees.list(actor, Workplace.institutionOf(actor)).stream()
                .filter(t -> t.subject() == Subject.SKILL).toList());
        model.addAttribute("roles", SkillBlueprintForm.Role.values());
        return "pages/blueprint/skill-edit";
    }

    private ModelAndView refused(Actor actor, Model model, SkillBlueprintForm form, KnowledgeTreeView tree,
                                 FieldErrors errors, HttpStatus status) {
        ModelAndView mav = new ModelAndView(editor(actor, model, form, tree, errors, null), model.asMap());
        mav.setStatus(status);
        return mav;
    }
}
