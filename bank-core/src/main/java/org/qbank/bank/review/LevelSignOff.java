package org.qbank.bank.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.qbank.bank.common.Level;
import org.qbank.bank.knowledge.LevelNumberConverter;

/** The leader's 评审意见 and signature for one level, with the digest of exactly what it covers. Written once. */
@Entity
@Table(name = "review_level_signoff")
class LevelSignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = LevelNumberConverter.class)
    @Column(nullable = false, updatable = false)
    private Level level;

    @Column(nullable = false, updatable = false)
    private String opinion;

    @Column(updatable = false)
    private Long signerId;

    @Column(nullable = false, updatable = false)
    private String signerName;

    @Column(nullable = false, updatable = false)
    private Instant signedAt;

    @Column(nullable = false, updatable = false)
    private String digest;

    protected LevelSignOff() {
    }

    LevelSignOff(Level level, String opinion, Long signerId, String signerName, Instant signedAt, String digest) {
        this.level = level;
        this.opinion = opinion;
        this.signerId = signerId;
        this.signerName = signerName;
        this.signedAt = signedAt;
        this.digest = digest;
    }

    Level level() {
        return level;
    }

    String digest() {
        return digest;
    }

    SignOffView view() {
        return new SignOffView(level, opinion, signerId, signerName, signedAt, digest);
    }
}
