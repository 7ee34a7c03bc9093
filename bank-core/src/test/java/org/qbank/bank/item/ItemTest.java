package org.qbank.bank.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

class ItemTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static Item item() {
        return new Item(1, ItemCode.of("A-1"), 2, null, Level.THREE, Subject.THEORY, ItemType.SINGLE_CHOICE, 9,
                "命题人", "自建", null, AT, 5);
    }

    @Test
    void approvingANewerVersionReturnsTheOneItReplaces() {
        Item item = item();
        assertThat(item.approve(1)).isNull();
        assertThat(item.addVersion()).isEqualTo(2);
        assertThat(item.approve(2)).isEqualTo(1);
        assertThat(item.getCurrentVersionNo()).isEqualTo(2);
    }

    @Test
    void anOlderVersionCannotReplaceANewerApprovedOne() {
        Item item = item();
        item.addVersion();
        item.approve(2);
        assertThatThrownBy(() -> item.approve(1)).isInstanceOf(ConflictException.class)
                .hasMessage("试题 A-1 已有更新的审定版本 v2, 不能审定旧版本 v1");
        assertThat(item.getCurrentVersionNo()).isEqualTo(2);
    }

    @Test
    void aRetiredItemRefusesEveryChange() {
        Item item = item();
        item.approve(1);
        assertThat(item.retire(AT)).isEqualTo(1);
        assertThat(item.getCurrentVersionNo()).isNull();
        assertThatThrownBy(item::addVersion).hasMessage("试题 A-1 已停用, 不能再修改");
        assertThatThrownBy(() -> item.approve(1)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> item.retire(AT)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> item.reclassify(10, null, null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void reclassifyingNotesWhatChanged() {
        Item item = item();
        assertThat(item.reclassify(9, null, "自建")).isEmpty();
        assertThat(item.reclassify(12, "G1", "自建")).isEqualTo("鉴定点 9 → 12; 互斥组 null → G1;");
    }
}
