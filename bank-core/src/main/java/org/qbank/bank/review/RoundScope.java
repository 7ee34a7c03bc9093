package org.qbank.bank.review;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.knowledge.LevelNumberConverter;

/** One level × subject a round covers. */
@Embeddable
class RoundScope {

    @Convert(converter = LevelNumberConverter.class)
    @Column(nullable = false)
    private Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Subject subject;

    protected RoundScope() {
    }

    RoundScope(Level level, Subject subject) {
        this.level = level;
        this.subject = subject;
    }

    Level level() {
        return level;
    }

    Subject subject() {
        return subject;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoundScope s && s.level == level && s.subject == subject;
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, subject);
    }
}
