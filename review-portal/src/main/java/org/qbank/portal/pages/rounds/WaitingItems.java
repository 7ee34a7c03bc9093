package org.qbank.portal.pages.rounds;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemFilter;
import org.qbank.bank.item.ItemList;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemSummary;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeSummary;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.occupation.WorkType;
import org.qbank.bank.review.ReviewRoundQueries;
import org.springframework.stereotype.Component;

/** The scope a round is opened for, and the items of that scope waiting for review (待审, latest version SUBMITTED). */
@Component
class WaitingItems {

    private final KnowledgeTreeService trees;
    private final OccupationService occupations;
    private final ItemList list;
    private final ItemService items;
    private final ReviewRoundQueries rounds;

    WaitingItems(KnowledgeTreeService trees, OccupationService occupations, ItemList list, ItemService items,
                 ReviewRoundQueries rounds) {
        this.trees = trees;
        this.occupations = occupations;
        this.list = list;
        this.items = items;
        this.rounds = rounds;
    }

    /** Occupation, work type and level of a 细目表, with the subjects the institution's 细目表 give that scope. */
    record Scope(long institutionId, long occupationId, Long workTypeId, Level level, Set<Subject> subjects) {
    }

    /** An item waiting for review, with the version a round would pin. */
    record Waiting(long itemId, String code, Subject subject, ItemType type, int versionNumber, long versionId,
                   String author, String excerpt) {
    }

    Scope scope(Actor actor, long treeId) {
        KnowledgeTreeView tree = trees.get(actor, treeId);
        long occupation = occupations.find(OccupationCode.of(tree.occupationCode()))
                .orElseThrow(() -> NotFoundException.of("职业", tree.occupationCode())).getId();
        Long workType = tree.workType() == null ? null : occupations.findWorkType(occupation, tree.workType())
                .map(WorkType::getId).orElseThrow(() -> NotFoundException.of("工种", tree.workType()));
        Set<Subject> subjects = EnumSet.noneOf(Subject.class);
        for (KnowledgeTreeSummary t : trees.list(actor, tree.institutionId())) {
            if (t.occupationCode().equals(tree.occupationCode()) && Objects.equals(t.workType(), tree.workType())
                    && t.level() == tree.level()) {
                subjects.add(t.subject());
            }
        }
        return new Scope(tree.institutionId(), occupation, workType, tree.level(), subjects);
    }

    /**
     * Up to {@link ItemList#MAX_PAGE_SIZE} waiting items of the scope, by code, without those an open round is
     * still deciding.
     */
    List<Waiting> of(Actor actor, Scope s) {
        Set<Long> underReview = rounds.itemsUnderReview(actor, s.institutionId());
        ItemFilter filter = new ItemFilter(s.occupationId(), s.workTypeId(), s.level(), null, null,
                ItemStatus.SUBMITTED, null, null, false);
        return list.list(actor, s.institutionId(), filter, 0, ItemList.MAX_PAGE_SIZE).items().stream()
                .filter(i -> Objects.equals(i.workTypeId(), s.workTypeId()) && !underReview.contains(i.id()))
                .map(i -> waiting(actor, i)).toList();
    }

    private Waiting waiting(Actor actor, ItemSummary i) {
        var item = items.get(actor, i.id());
        return new Waiting(i.id(), i.code().value(), i.subject(), i.type(), item.latest().number(), item.latest().id(),
                item.author(), i.excerpt());
    }
}
