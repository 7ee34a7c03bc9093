package org.qbank.bank.review;

import org.qbank.bank.common.Level;

/**
 * An enabled REVIEWER of the institution who may sit on a panel, with the qualification warning a round of the
 * given target levels would record for them (null when they meet DOMAIN §5's expectation).
 */
public record PanelCandidate(long userId, String name, Level expertLevel, String expertTitle, String warning) {
}
