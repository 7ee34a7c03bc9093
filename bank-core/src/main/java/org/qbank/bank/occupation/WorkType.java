package org.qbank.bank.occupation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 工种 / 职业方向 under an occupation. */
@Entity
@Table(name = "work_type")
public class WorkType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long occupationId;

    @Column(nullable = false)
    private String name;

    protected WorkType() {
    }

    public WorkType(long occupationId, String name) {
        this.occupationId = occupationId;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Long getOccupationId() {
        return occupationId;
    }

    public String getName() {
        return name;
    }
}
