package org.qbank.portal.search;

import java.util.List;

import jakarta.validation.Valid;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.search.DuplicateSweep;
import org.qbank.bank.search.PairMarks;
import org.qbank.bank.search.SearchSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Remembered decisions on near-duplicate pairs: 互斥题 ({@code ENEMIES}, never on one paper, still reported) and
 * 不是重复题 ({@code NOT_DUPLICATE}, no longer reported). Both items must belong to one of the caller's
 * institutions; any other item answers 404.
 */
@RestController
class PairMarkController {

    private static final String MARKERS = "hasAnyRole('ITEM_WRITER', 'REVIEWER', 'INSTITUTION_ADMIN')";

    private final PairMarks marks;
    private final SearchSource items;
    private final DuplicateSweep sweep;

    PairMarkController(PairMarks marks, SearchSource items, DuplicateSweep sweep) {
        this.marks = marks;
        this.items = items;
        this.sweep = sweep;
    }

    /** Marks the pair (item, {@code otherItemId}); a new mark replaces the old one. */
    @PutMapping("/api/v1/items/{id}/pair-marks")
    @PreAuthorize(MARKERS)
    SearchDtos.Mark mark(Actor actor, @PathVariable long id, @Valid @RequestBody SearchDtos.MarkRequest r) {
        return SearchDtos.Mark.of(marks.mark(actor, institutionOf(id), id, r.otherItemId(), r.kind(), r.note()));
    }

    /** Removes the pair's mark; 204 whether or not there was one. */
    @DeleteMapping("/api/v1/items/{id}/pair-marks/{otherItemId}")
    @PreAuthorize(MARKERS)
    ResponseEntity<Void> unmark(Actor actor, @PathVariable long id, @PathVariable long otherItemId) {
        marks.unmark(actor, institutionOf(id), id, otherItemId);
        return ResponseEntity.noContent().build();
    }

    /** Every 互斥 pair of an institution, as paper assembly sees them. */
    @GetMapping("/api/v1/institutions/{institutionId}/enemies")
    @PreAuthorize("isAuthenticated()")
    List<SearchDtos.Mark> enemies(Actor actor, @PathVariable long institutionId) {
        return marks.enemies(actor, institutionId).stream().map(SearchDtos.Mark::of).toList();
    }

    /**
     * 题库查重: the near-duplicate pairs already stored in the institution's bank, optionally one occupation's and
     * one level's (1–5), joined into groups of connected items.
     */
    @GetMapping("/api/v1/institutions/{institutionId}/duplicate-groups")
    @PreAuthorize("hasAnyRole('INSTITUTION_ADMIN', 'REVIEWER', 'EXAM_ADMIN', 'ITEM_WRITER')")
    SearchDtos.Sweep duplicateGroups(Actor actor, @PathVariable long institutionId,
                                     @RequestParam(required = false) String occupation,
                                     @RequestParam(required = false) Integer level) {
        Level l;
        try {
            l = level == null ? null : Level.ofNumber(level);
        } catch (IllegalArgumentException e) {
            throw RuleViolationException.of("level", e.getMessage());
        }
        return SearchDtos.Sweep.of(sweep.sweep(actor, new DuplicateSweep.Scope(institutionId, occupation, l)));
    }

    private long institutionOf(long itemId) {
        return items.institutionOf(itemId).orElseThrow(() -> NotFoundException.of("试题", itemId));
    }
}
