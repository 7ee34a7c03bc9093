package org.qbank.bank.item;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.search.ItemChanged;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Texts;
import org.qbank.bank.image.ImageStore;
import org.qbank.bank.item.ItemVersionStore.NewVersion;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * The item facade: create, edit (a new version), submit, decide (approve / send back / reject), retire, read,
 * history and diff. Every change is scoped to the actor's institution, checked against its role, and recorded in
 * the audit log (entity type {@value #ENTITY}, entity id = item id, entity version = version number,
 * before/after = content hashes) in the same transaction.
 */
@Service
public class ItemService {

    static final String ENTITY = "item";
    private static final Role[] WRITERS = {Role.ITEM_WRITER, Role.INSTITUTION_ADMIN};
    private static final Role[] DECIDERS = {Role.REVIEWER, Role.INSTITUTION_ADMIN, Role.EXAM_ADMIN};
    private static final Role[] RETIRERS = {Role.INSTITUTION_ADMIN, Role.EXAM_ADMIN};

    private final Items items;
    private final ItemVersionStore versions;
    private final ItemFactory factory;
    private final KnowledgePointCheck points;
    private final ImageStore images;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ItemService(Items items, ItemVersionStore versions, ItemFactory factory, KnowledgePointCheck points,
                ImageStore images, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.points = points;
        this.items = items;
        this.versions = versions;
        this.factory = factory;
        this.images = images;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the item and its version 1 (DRAFT). Throws RuleViolation (content, classification),
     * {@link InvalidKnowledgePointException} (the 鉴定点 is unknown, retired, or of another 细目表 than the item's
     * occupation / work type / level / subject), Conflict (code taken).
     */
    @Transactional
    public ItemView create(Actor actor, CreateItem cmd) {
        actor.requireInstitution(cmd.institutionId(), "机构", cmd.institutionId());
        actor.requireRole("编写试题", WRITERS);
        Item item = factory.newItem(actor, cmd, now());
        ItemVersionView v = writeVersion(actor, item, 1, cmd.content(), cmd.changeNote());
        record(actor, item, "ITEM_CREATED", v.number(), null, v.contentHash(), "新建试题 " + item.getCode());
        return view(item);
    }

    /**
     * Writes a new DRAFT version; the approved version (if any) stays eligible until a newer one is approved.
     * Identical content writes nothing and returns the item unchanged. A stale {@code expectedLockVersion} or a
     * concurrent edit → {@link ConflictException#staleVersion}.
     */
    @Transactional
    public ItemView edit(Actor actor, EditItem cmd) {
        actor.requireRole("修改试题", WRITERS);
        Item item = load(actor, cmd.itemId());
        item.requireActive();
        if (item.getLockVersion() != cmd.expectedLockVersion()) {
            throw ConflictException.staleVersion("试题", item.getCode(), cmd.expectedLockVersion(), item.getLockVersion());
        }
        ItemVersionView latest = version(item, item.getLatestVersionNo());
        ItemContentRules.validate(item.getType(), cmd.content());
        if (ContentHash.of(cmd.content()).equals(latest.contentHash())) {
            return view(item);
        }
        int number = item.addVersion();
        try {
            items.saveAndFlush(item);
            ItemVersionView v = writeVersion(actor, item, number, cmd.content(), cmd.changeNote());
            record(actor, item, "ITEM_EDITED", number, latest.contentHash(), v.contentHash(), cmd.changeNote());
        } catch (ConcurrencyFailureException | DuplicateKeyException concurrentEdit) {
            throw ConflictException.staleVersion("试题", item.getCode(), cmd.expectedLockVersion(), cmd.expectedLockVersion() + 1);
        }
        return view(item);
    }

    /**
     * Refiles the item (鉴定点, 互斥组, 来源); content and versions are untouched. Nothing changed → no write.
     * Stale {@code expectedLockVersion} → {@link ConflictException#staleVersion}. A new 鉴定点 must pass the same
     * check as on create ({@link InvalidKnowledgePointException}); keeping the current one is always allowed.
     */
    @Transactional
    public ItemView reclassify(Actor actor, Reclassify cmd) {
        actor.requireRole("修改试题", WRITERS);
        Item item = load(actor, cmd.itemId());
        if (item.getLockVersion() != cmd.expectedLockVersion()) {
            throw ConflictException.staleVersion("试题", item.getCode(), cmd.expectedLockVersion(), item.getLockVersion());
        }
        if (cmd.knowledgePointId() <= 0) {
            throw RuleViolationException.of("knowledgePointId", "鉴定点不能为空");
        }
        if (cmd.knowledgePointId() != item.getKnowledgePointId()) {
            points.require(new KnowledgePointCheck.Filing("knowledgePointId", item.getInstitutionId(),
                    item.getOccupationId(), item.getWorkTypeId(), item.getLevel(), item.getSubject(), cmd.knowledgePointId()));
        }
        String note = item.reclassify(cmd.knowledgePointId(), Texts.optional(cmd.enemyGroup()), Texts.optional(cmd.source()));
        if (note.isEmpty()) {
            return view(item);
        }
        flush(item);
        String hash = version(item, item.getLatestVersionNo()).contentHash();
        record(actor, item, "ITEM_RECLASSIFIED", item.getLatestVersionNo(), hash, hash, note);
        return view(item);
    }

    /** DRAFT → SUBMITTED for the latest version. */
    @Transactional
    public ItemView submit(Actor actor, long itemId, int versionNumber) {
        actor.requireRole("提交试题", WRITERS);
        Item item = load(actor, itemId);
        item.requireActive();
        if (versionNumber != item.getLatestVersionNo()) {
            throw new ConflictException("not-latest", "只能提交最新版本 v" + item.getLatestVersionNo() + ", 不能提交 v" + versionNumber);
        }
        ItemVersionView v = version(item, versionNumber);
        versions.moveStatus(v.id(), v.status(), ItemStatus.SUBMITTED, now());
        record(actor, item, "ITEM_SUBMITTED", versionNumber, v.contentHash(), v.contentHash(), null);
        return view(item);
    }

    /** SUBMITTED → APPROVED; the previously approved version becomes RETIRED. */
    @Transactional
    public ItemView approve(Actor actor, ReviewDecision d) {
        Item item = decidable(actor, d);
        ItemVersionView v = version(item, d.versionNumber());
        versions.moveStatus(v.id(), v.status(), ItemStatus.APPROVED, now());
        Integer previous = item.approve(d.versionNumber());
        if (previous != null) {
            ItemVersionView old = version(item, previous);
            versions.moveStatus(old.id(), old.status(), ItemStatus.RETIRED, now());
        }
        flush(item);
        record(actor, item, "ITEM_APPROVED", d.versionNumber(), v.contentHash(), v.contentHash(), d.note());
        return view(item);
    }

    /** SUBMITTED → REVISE (修改后再审): the writer's next edit is a new DRAFT. */
    @Transactional
    public ItemView sendBack(Actor actor, ReviewDecision d) {
        return close(actor, d, ItemStatus.REVISE, "ITEM_SENT_BACK");
    }

    /** SUBMITTED → REJECTED (不通过). */
    @Transactional
    public ItemView reject(Actor actor, ReviewDecision d) {
        return close(actor, d, ItemStatus.REJECTED, "ITEM_REJECTED");
    }

    /** Retires the item: its approved version becomes RETIRED, nothing of it is eligible or editable any more. */
    @Transactional
    public ItemView retire(Actor actor, long itemId, String reason) {
        actor.requireRole("停用试题", RETIRERS);
        Item item = load(actor, itemId);
        Integer approved = item.retire(now());
        String hash = version(item, item.getLatestVersionNo()).contentHash();
        if (approved != null) {
            ItemVersionView old = version(item, approved);
            versions.moveStatus(old.id(), old.status(), ItemStatus.RETIRED, now());
            hash = old.contentHash();
        }
        flush(item);
        record(actor, item, "ITEM_RETIRED", approved == null ? item.getLatestVersionNo() : approved, hash, hash, reason);
        return view(item);
    }

    @Transactional(readOnly = true)
    public ItemView get(Actor actor, long itemId) {
        return view(load(actor, itemId));
    }

    @Transactional(readOnly = true)
    public ItemView getByCode(Actor actor, long institutionId, ItemCode code) {
        actor.requireInstitution(institutionId, "试题", code);
        return view(items.findByInstitutionIdAndCode(institutionId, code.value())
                .orElseThrow(() -> NotFoundException.of("试题", code)));
    }

    /** All versions, oldest first. */
    @Transactional(readOnly = true)
    public List<ItemVersionView> history(Actor actor, long itemId) {
        return versions.history(load(actor, itemId).getId());
    }

    /** Field-level changes from version {@code from} to version {@code to} (any two, either order). */
    @Transactional(readOnly = true)
    public ItemDiff diff(Actor actor, long itemId, int from, int to) {
        Item item = load(actor, itemId);
        return new ItemDiff(itemId, from, to, ItemDiff.between(version(item, from).content(), version(item, to).content()));
    }

    private ItemView close(Actor actor, ReviewDecision d, ItemStatus target, String action) {
        if (d.note() == null || d.note().isBlank()) {
            throw RuleViolationException.of("note", "退回修改或不通过必须写明理由");
        }
        Item item = decidable(actor, d);
        ItemVersionView v = version(item, d.versionNumber());
        versions.moveStatus(v.id(), v.status(), target, now());
        record(actor, item, action, d.versionNumber(), v.contentHash(), v.contentHash(), d.note());
        return view(item);
    }

    private Item decidable(Actor actor, ReviewDecision d) {
        actor.requireRole("审定试题", DECIDERS);
        Item item = load(actor, d.itemId());
        item.requireActive();
        if (version(item, d.versionNumber()).authorId() == actor.userId()) {
            throw new AccessDeniedException("命题人不能审定自己编写的试题版本");
        }
        return item;
    }

    private ItemVersionView writeVersion(Actor actor, Item item, int number, ItemContent content, String note) {
        ItemContentRules.validate(item.getType(), content);
        images.requireAll(content.imageHashes(), "images");
        String hash = ContentHash.of(content);
        Instant at = now();
        long id = versions.insert(new NewVersion(item.getId(), number, ItemStatus.DRAFT, content, hash, actor.userId(),
                actor.username(), at, note));
        return new ItemVersionView(id, item.getId(), number, ItemStatus.DRAFT, at, content, hash, actor.userId(),
                actor.username(), at, note);
    }

    private void flush(Item item) {
        try {
            items.saveAndFlush(item);
        } catch (ConcurrencyFailureException concurrent) {
            throw ConflictException.staleVersion("试题", item.getCode(), item.getLockVersion(), item.getLockVersion() + 1);
        }
    }

    private Item load(Actor actor, long itemId) {
        Item item = items.findById(itemId).orElseThrow(() -> NotFoundException.of("试题", itemId));
        actor.requireInstitution(item.getInstitutionId(), "试题", itemId);
        return item;
    }

    private ItemVersionView version(Item item, int number) {
        return versions.find(item.getId(), number)
                .orElseThrow(() -> NotFoundException.of("试题版本", item.getCode() + " v" + number));
    }

    private ItemView view(Item item) {
        ItemVersionView latest = version(item, item.getLatestVersionNo());
        ItemVersionView current = item.getCurrentVersionNo() == null ? null
                : item.getCurrentVersionNo() == latest.number() ? latest : version(item, item.getCurrentVersionNo());
        return new ItemView(item.getId(), item.getInstitutionId(), item.getCode(), item.getOccupationId(),
                item.getWorkTypeId(), item.getLevel(), item.getSubject(), item.getType(), item.getKnowledgePointId(),
                item.getAuthor(), item.getSource(), item.getEnemyGroup(), item.getCreatedAt(), item.getRetiredAt(),
                item.getLockVersion(), latest, current);
    }

    private void record(Actor actor, Item item, String action, int version, String before, String after, String detail) {
        audit.record(AuditEvent.of(item.getInstitutionId(), actor, action, ENTITY, item.getId())
                .withVersion(version).withHashes(before, after).withDetail(detail));
        // The search index applies it after commit; a rolled-back change never becomes searchable.
        events.publishEvent(new ItemChanged(item.getInstitutionId(), item.getId()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
