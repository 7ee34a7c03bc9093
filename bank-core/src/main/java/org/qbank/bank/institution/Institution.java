package org.qbank.bank.institution;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 评价机构: the tenant every bank record belongs to. Never deleted; retired instead. */
@Entity
@Table(name = "institution")
public class Institution {

    /** 用人单位 or 社会培训评价组织. */
    public enum Kind { EMPLOYER, TRAINING_ORG }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    /** The site filed with the centre; exams elsewhere need a recorded approval. */
    private String filedSite;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant retiredAt;

    @Version
    private long version;

    protected Institution() {
    }

    public Institution(String code, String name, Kind kind, String filedSite, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.filedSite = filedSite;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFiledSite() {
        return filedSite;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public long getVersion() {
        return version;
    }

    public void rename(String name, String filedSite) {
        this.name = name;
        this.filedSite = filedSite;
    }

    public void retire(Instant at) {
        if (retiredAt == null) {
            retiredAt = at;
        }
    }
}
