package org.qbank.bank.review;

/** A round is OPEN until the leader closes it with the overall 评审结论; an imported round is CLOSED from the start. */
public enum RoundState {
    OPEN("评审中"),
    CLOSED("已结束");

    private final String displayName;

    RoundState(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
