package org.qbank.bank.review;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.qbank.bank.common.Level;
import org.qbank.bank.knowledge.LevelNumberConverter;

/**
 * One expert of a round's panel, with the qualification they held when the round was opened (kept, so the sheet
 * shows what was true then). {@code userId} is null for experts named on an imported paper review.
 */
@Entity
@Table(name = "review_panel_member")
class PanelMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(updatable = false)
    private Long userId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private boolean leader;

    @Convert(converter = LevelNumberConverter.class)
    @Column(updatable = false)
    private Level expertLevel;

    @Column(updatable = false)
    private String expertTitle;

    @Column(updatable = false)
    private String qualificationNote;

    protected PanelMember() {
    }

    PanelMember(int position, Long userId, String name, boolean leader, Level expertLevel, String expertTitle,
                String qualificationNote) {
        this.position = position;
        this.userId = userId;
        this.name = name;
        this.leader = leader;
        this.expertLevel = expertLevel;
        this.expertTitle = expertTitle;
        this.qualificationNote = qualificationNote;
    }

    boolean is(long user) {
        return userId != null && userId == user;
    }

    PanelMemberView view() {
        return new PanelMemberView(position, userId, name, leader, expertLevel, expertTitle, qualificationNote);
    }

    int position() {
        return position;
    }

    Long userId() {
        return userId;
    }

    String name() {
        return name;
    }

    boolean leader() {
        return leader;
    }
}
