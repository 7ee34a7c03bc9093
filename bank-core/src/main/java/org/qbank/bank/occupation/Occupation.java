package org.qbank.bank.occupation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 职业 in the national catalogue, shared by all institutions. */
@Entity
@Table(name = "occupation")
public class Occupation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Version
    private long version;

    protected Occupation() {
    }

    public Occupation(OccupationCode code, String name) {
        this.code = code.value();
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public OccupationCode getCode() {
        return OccupationCode.of(code);
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    public void rename(String name) {
        this.name = name;
    }
}
