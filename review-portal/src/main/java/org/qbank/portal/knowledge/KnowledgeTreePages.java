package org.qbank.portal.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qbank.bank.access.Actor;
import org.qbank.bank.institution.InstitutionInfo;
import org.qbank.bank.institution.InstitutionService;
import org.qbank.bank.item.EligibleItem;
import org.qbank.bank.item.ItemCatalog;
import org.qbank.bank.knowledge.KnowledgeNodeView;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeSummary;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.occupation.OccupationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Pages: the institution's 细目表 and one tree with the approved items of each 鉴定点 (bank coverage). */
@Controller
class KnowledgeTreePages {

    /** One line of the tree table: nodes in order, indented by depth, with the approved items below them. */
    record Line(int depth, String code, String name, BigDecimal weight, String importance, boolean point,
                int approved, List<EligibleItem> items) {
    }

    record InstitutionTrees(InstitutionInfo institution, List<KnowledgeTreeSummary> trees) {
    }

    private final KnowledgeTreeService trees;
    private final InstitutionService institutions;
    private final OccupationService occupations;
    private final ItemCatalog catalog;

    KnowledgeTreePages(KnowledgeTreeService trees, InstitutionService institutions, OccupationService occupations,
                       ItemCatalog catalog) {
        this.trees = trees;
        this.institutions = institutions;
        this.occupations = occupations;
        this.catalog = catalog;
    }

    @GetMapping("/knowledge-trees")
    @PreAuthorize("isAuthenticated()")
    String list(Actor actor, Model model) {
        model.addAttribute("groups", institutions.list(actor).stream()
                .map(i -> new InstitutionTrees(i, trees.list(actor, i.id()))).toList());
        return "knowledge/list";
    }

    @GetMapping("/knowledge-trees/{id}")
    @PreAuthorize("isAuthenticated()")
    String tree(Actor actor, @PathVariable long id, Model model) {
        KnowledgeTreeView tree = trees.get(actor, id); // scoped: another institution's tree is not found
        long occupationId = occupations.find(org.qbank.bank.occupation.OccupationCode.of(tree.occupationCode()))
                .orElseThrow().getId();
        Long workTypeId = tree.workType() == null ? null
                : occupations.findWorkType(occupationId, tree.workType()).map(w -> w.getId()).orElse(null);
        Map<Long, List<EligibleItem>> approved = catalog.eligibleByKnowledgePoint(tree.institutionId(), occupationId,
                workTypeId, tree.level(), tree.subject());
        List<Line> lines = new ArrayList<>();
        for (KnowledgeNodeView n : tree.nodes()) {
            List<EligibleItem> own = n.isPoint() ? approved.getOrDefault(n.id(), List.of()) : List.of();
            int below = n.leaves().stream().mapToInt(l -> approved.getOrDefault(l.id(), List.of()).size()).sum();
            lines.add(new Line(n.depth(), n.displayCode(), n.name(), n.weight(),
                    n.importance() == null ? null : n.importance().name(), n.isPoint(), below, own));
        }
        model.addAttribute("tree", tree);
        model.addAttribute("lines", lines);
        model.addAttribute("approvedTotal", approved.values().stream().mapToInt(List::size).sum());
        return "knowledge/tree";
    }
}
