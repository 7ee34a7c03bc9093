package org.qbank.portal.pages.knowledge;

import java.io.IOException;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.knowledge.KnowledgeImportResult;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.portal.pages.FieldErrors;
import org.qbank.portal.pages.Workplace;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** 鉴定要素细目表: the institution's trees, upload (all or nothing) and the tree view with weights and X/Y/Z. */
@Controller
class KnowledgePagesController {

    private final KnowledgeTreeService trees;
    private final KnowledgeUpload upload;

    KnowledgePagesController(KnowledgeTreeService trees, KnowledgeUpload upload) {
        this.trees = trees;
        this.upload = upload;
    }

    @GetMapping("/knowledge")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN', 'ITEM_WRITER', 'REVIEWER')")
    String list(Actor actor, Model model) {
        model.addAttribute("trees", trees.list(actor, Workplace.institutionOf(actor)));
        model.addAttribute("errors", FieldErrors.none());
        return "pages/knowledge/list";
    }

    @PostMapping("/knowledge/import")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
    ModelAndView importFile(Actor actor, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        long institution = Workplace.institutionOf(actor);
        ModelAndView mav = new ModelAndView("pages/knowledge/list");
        try {
            List<KnowledgeImportResult> results = upload.importFile(actor, institution, file.getOriginalFilename(),
                    file.getInputStream());
            mav.addObject("results", results);
            mav.addObject("errors", FieldErrors.none());
        } catch (RuleViolationException e) {
            mav.addObject("errors", FieldErrors.of(e));
            mav.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        }
        mav.addObject("trees", trees.list(actor, institution));
        return mav;
    }

    @GetMapping("/knowledge/{id}")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN', 'ITEM_WRITER', 'REVIEWER')")
    String tree(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("tree", trees.get(actor, id));
        return "pages/knowledge/tree";
    }
}
