package org.qbank.bank.search;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/** Admin operations on the index, in the writing process only. */
@Service
@ConditionalOnProperty(name = "qbank.search.writer", havingValue = "true", matchIfMissing = true)
public class SearchAdmin {

    private final IndexSync sync;

    public SearchAdmin(IndexSync sync) {
        this.sync = sync;
    }

    /** Re-reads one institution's items from the database (机构管理员 of it, or 平台管理员). */
    public long reindex(Actor actor, long institutionId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        actor.requireRole("重建搜索索引", Role.INSTITUTION_ADMIN, Role.PLATFORM_ADMIN);
        return sync.rebuildInstitution(institutionId);
    }

    /** Rebuilds the whole index from the database (平台管理员 only). */
    public long reindexAll(Actor actor) {
        actor.requireRole("重建全部搜索索引", Role.PLATFORM_ADMIN);
        return sync.rebuildAll();
    }

    /** Applies committed changes not yet indexed (normally done every few seconds on its own). */
    public int catchUp(Actor actor) {
        actor.requireRole("同步搜索索引", Role.INSTITUTION_ADMIN, Role.PLATFORM_ADMIN);
        return sync.catchUp();
    }
}
