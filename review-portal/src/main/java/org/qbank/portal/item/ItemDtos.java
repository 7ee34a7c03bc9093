package org.qbank.portal.item;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.FieldChange;
import org.qbank.bank.item.ItemDiff;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemVersionView;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.usage.UsageCounts;

/** The wire shapes of the item API. */
final class ItemDtos {

    private ItemDtos() {
    }

    /** A new item and its version 1 (草稿). {@code code} (试题编码) is generated when blank; {@code level} is 5..1. */
    record CreateRequest(@NotNull(message = "请指定机构") Long institutionId, @Size(max = 64) String code,
                         @NotNull(message = "请选择职业") Long occupationId, Long workTypeId,
                         @NotNull(message = "请选择等级") @Min(1) @Max(5) Integer level,
                         @NotNull(message = "请选择科目") Subject subject,
                         @NotNull(message = "请选择题型") ItemType type,
                         @NotNull(message = "请选择鉴定点") Long knowledgePointId,
                         @Size(max = 100) String author, @Size(max = 100) String source,
                         @Size(max = 100) String enemyGroup,
                         @NotNull(message = "试题内容不能为空") @Valid ContentDto content,
                         @Size(max = 500) String changeNote) {
    }

    /** A new version; {@code lockVersion} is the item's lock version last read (stale → 409). */
    record EditRequest(@NotNull(message = "请提供读取时的 lockVersion") Long lockVersion,
                       @NotNull(message = "试题内容不能为空") @Valid ContentDto content,
                       @Size(max = 500) String changeNote) {
    }

    /** A reviewer's note; required when sending back or rejecting. */
    record DecisionRequest(@Size(max = 2000) String note) {
    }

    record RetireRequest(@Size(max = 500) String reason) {
    }

    record Version(long id, int number, ItemStatus status, String statusName, Instant statusChangedAt,
                   String contentHash, long authorId, String authorName, Instant createdAt, String changeNote,
                   ContentDto content) {
        static Version of(ItemVersionView v) {
            return v == null ? null : new Version(v.id(), v.number(), v.status(), v.status().displayName(),
                    v.statusChangedAt(), v.contentHash(), v.authorId(), v.authorName(), v.createdAt(), v.changeNote(),
                    ContentDto.of(v.content()));
        }
    }

    /** {@code current} is the approved version papers may use (null when none); {@code latest} the newest. */
    record Item(long id, long institutionId, String code, long occupationId, Long workTypeId, int level,
                String levelName, Subject subject, ItemType type, String typeName, long knowledgePointId,
                String author, String source, String enemyGroup, Instant createdAt, Instant retiredAt,
                long lockVersion, Version latest, Version current) {
        static Item of(ItemView i) {
            return new Item(i.id(), i.institutionId(), i.code().value(), i.occupationId(), i.workTypeId(),
                    i.level().number(), i.level().displayName(), i.subject(), i.type(), i.type().displayName(),
                    i.knowledgePointId(), i.author(), i.source(), i.enemyGroup(), i.createdAt(), i.retiredAt(),
                    i.lockVersion(), Version.of(i.latest()), Version.of(i.current()));
        }
    }

    record Change(String field, String before, String after) {
        static Change of(FieldChange c) {
            return new Change(c.field(), c.before(), c.after());
        }
    }

    record Diff(long itemId, int fromVersion, int toVersion, boolean identical, List<Change> changes) {
        static Diff of(ItemDiff d) {
            return new Diff(d.itemId(), d.fromVersion(), d.toVersion(), d.identical(),
                    d.changes().stream().map(Change::of).toList());
        }
    }

    record Usage(long itemId, int papers, int sessions, int candidates, Instant lastIssuedAt) {
        static Usage of(long itemId, UsageCounts u) {
            return new Usage(itemId, u.papers(), u.sessions(), u.candidates(), u.lastIssuedAt());
        }
    }
}
