package org.qbank.bank.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ItemStatusTest {

    private static final Set<String> LEGAL = Set.of("DRAFT>SUBMITTED", "SUBMITTED>APPROVED", "SUBMITTED>REVISE",
            "SUBMITTED>REJECTED", "APPROVED>RETIRED");

    static Stream<Arguments> allPairs() {
        return EnumSet.allOf(ItemStatus.class).stream()
                .flatMap(from -> EnumSet.allOf(ItemStatus.class).stream().map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("allPairs")
    void exactlyTheDocumentedTransitionsAreLegal(ItemStatus from, ItemStatus to) {
        if (LEGAL.contains(from + ">" + to)) {
            assertThat(from.transitionTo(to)).isEqualTo(to);
            assertThat(from.canBecome(to)).isTrue();
        } else {
            assertThat(from.canBecome(to)).isFalse();
            assertThatThrownBy(() -> from.transitionTo(to))
                    .isInstanceOf(IllegalStatusTransitionException.class)
                    .hasMessage("试题版本状态不能从「" + from.displayName() + "」变为「" + to.displayName() + "」")
                    .satisfies(e -> {
                        IllegalStatusTransitionException ex = (IllegalStatusTransitionException) e;
                        assertThat(ex.from()).isEqualTo(from);
                        assertThat(ex.to()).isEqualTo(to);
                        assertThat(ex.code()).isEqualTo("illegal-status-transition");
                    });
        }
    }

    @Test
    void onlyApprovedVersionsAreEligibleForPapers() {
        assertThat(EnumSet.allOf(ItemStatus.class).stream().filter(ItemStatus::eligibleForPapers))
                .containsExactly(ItemStatus.APPROVED);
    }

    @Test
    void revisedRejectedAndRetiredVersionsAreFinal() {
        assertThat(ItemStatus.REVISE.next()).isEmpty();
        assertThat(ItemStatus.REJECTED.next()).isEmpty();
        assertThat(ItemStatus.RETIRED.next()).isEmpty();
    }

    @Test
    void theWorkbookStatusNamesParse() {
        assertThat(ItemStatus.parse("已审定")).contains(ItemStatus.APPROVED);
        assertThat(ItemStatus.parse("停用")).contains(ItemStatus.RETIRED);
        assertThat(ItemStatus.parse("未知")).isEmpty();
    }
}
