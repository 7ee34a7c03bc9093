package org.qbank.bank.audit;

import org.qbank.bank.access.Actor;

/**
 * One change to record. {@code beforeHash}/{@code afterHash} are content hashes of the entity before and after
 * (null where there is no content, e.g. a login); {@code detail} is a short human note.
 */
public record AuditEvent(long institutionId, Actor actor, String action, String entityType, String entityId,
                         Integer entityVersion, String beforeHash, String afterHash, String detail) {

    public static AuditEvent of(long institutionId, Actor actor, String action, String entityType, Object entityId) {
        return new AuditEvent(institutionId, actor, action, entityType, String.valueOf(entityId), null, null, null, null);
    }

    public AuditEvent withVersion(Integer version) {
        return new AuditEvent(institutionId, actor, action, entityType, entityId, version, beforeHash, afterHash, detail);
    }

    public AuditEvent withHashes(String before, String after) {
        return new AuditEvent(institutionId, actor, action, entityType, entityId, entityVersion, before, after, detail);
    }

    public AuditEvent withDetail(String text) {
        return new AuditEvent(institutionId, actor, action, entityType, entityId, entityVersion, beforeHash, afterHash, text);
    }
}
