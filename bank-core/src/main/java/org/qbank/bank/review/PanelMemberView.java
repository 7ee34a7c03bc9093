package org.qbank.bank.review;

import org.qbank.bank.common.Level;

/**
 * A panel member as shown: {@code qualificationWarning} is non-null when the expert's own level/title is below
 * what DOMAIN §5 expects for the round's highest target level (a warning, not a refusal).
 */
public record PanelMemberView(int position, Long userId, String name, boolean leader, Level expertLevel,
                              String expertTitle, String qualificationWarning) {
}
