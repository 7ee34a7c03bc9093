package org.qbank.portal.search;

import org.qbank.bank.access.Actor;
import org.qbank.bank.search.SearchAdmin;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilds the search index from the database, the truth: one institution (its 机构管理员) or, without
 * {@code institutionId}, everything (平台管理员). Answers when the rebuild is done.
 */
@RestController
class SearchAdminController {

    private final SearchAdmin admin;

    SearchAdminController(SearchAdmin admin) {
        this.admin = admin;
    }

    @PostMapping("/api/v1/admin/search/reindex")
    @PreAuthorize("hasAnyRole('INSTITUTION_ADMIN', 'PLATFORM_ADMIN')")
    SearchDtos.Reindexed reindex(Actor actor, @RequestParam(required = false) Long institutionId) {
        long n = institutionId == null ? admin.reindexAll(actor) : admin.reindex(actor, institutionId);
        return new SearchDtos.Reindexed(institutionId, n);
    }
}
