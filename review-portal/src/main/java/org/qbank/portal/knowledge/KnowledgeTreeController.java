package org.qbank.portal.knowledge;

import java.util.List;

import jakarta.validation.Valid;
import org.qbank.bank.access.Actor;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 鉴定要素细目表: import rows (all or nothing, each tree the rows describe is replaced), validate rows without
 * storing, list an institution's trees and read one as a tree. Administrators of the institution import; all its
 * members read. Another institution's trees answer 404.
 */
@RestController
@RequestMapping("/api/v1/knowledge-trees")
class KnowledgeTreeController {

    private final KnowledgeTreeService trees;

    KnowledgeTreeController(KnowledgeTreeService trees) {
        this.trees = trees;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<KnowledgeTreeDtos.Summary> list(Actor actor, @RequestParam long institutionId) {
        return trees.list(actor, institutionId).stream().map(KnowledgeTreeDtos.Summary::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    KnowledgeTreeDtos.Tree get(Actor actor, @PathVariable long id) {
        return KnowledgeTreeDtos.Tree.of(trees.get(actor, id));
    }

    /** Replaces the trees the rows describe; errors → 422 listing every problem, nothing stored. */
    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('INSTITUTION_ADMIN', 'EXAM_ADMIN')")
    List<KnowledgeTreeDtos.ImportResult> importRows(Actor actor, @Valid @RequestBody KnowledgeTreeDtos.ImportRequest request) {
        return trees.importTrees(actor, new ImportKnowledgeTrees(request.institutionId(), request.toRows(), false,
                request.expectedVersion())).stream().map(KnowledgeTreeDtos.ImportResult::of).toList();
    }

    /** Checks rows as an import would, stores nothing: errors → 422, otherwise the warnings and counts. */
    @PostMapping("/validate")
    @PreAuthorize("hasAnyRole('INSTITUTION_ADMIN', 'EXAM_ADMIN')")
    List<KnowledgeTreeDtos.ImportResult> validate(Actor actor, @Valid @RequestBody KnowledgeTreeDtos.ImportRequest request) {
        return trees.importTrees(actor, new ImportKnowledgeTrees(request.institutionId(), request.toRows(), true, null))
                .stream().map(KnowledgeTreeDtos.ImportResult::of).toList();
    }
}
