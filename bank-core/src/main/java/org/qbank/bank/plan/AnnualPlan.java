package org.qbank.bank.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreRemove;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.qbank.bank.common.RuleViolationException;

/** 年度工作计划 of an institution for one year. Saving replaces its lines and makes a new revision. */
@Entity
@Table(name = "annual_plan")
class AnnualPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long institutionId;

    @Column(name = "plan_year")
    private int year;

    private int revision;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String updatedBy;

    @ElementCollection
    @CollectionTable(name = "annual_plan_line", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlannedLineEntry> lines = new ArrayList<>();

    @Version
    private long version;

    protected AnnualPlan() {
    }

    AnnualPlan(long institutionId, int year) {
        if (year < 2000 || year > 2100) {
            throw RuleViolationException.of("year", "年度无效: " + year);
        }
        this.institutionId = institutionId;
        this.year = year;
    }

    /** Replaces the lines; one line per occupation / work type / level / subject. */
    void replace(List<PlannedLine> newLines, Instant at, String by) {
        Set<String> keys = new HashSet<>();
        for (PlannedLine l : newLines) {
            if (!keys.add(l.key())) {
                throw RuleViolationException.of("lines", "年度计划中 " + l.occupationCode()
                        + (l.workType() == null ? "" : " " + l.workType()) + " " + l.level().grade() + " "
                        + l.subject().displayName() + " 重复出现");
            }
        }
        lines.clear();
        newLines.forEach(l -> lines.add(new PlannedLineEntry(l)));
        revision++;
        updatedAt = at;
        updatedBy = by;
    }

    @PreRemove
    void refuseRemoval() {
        throw new IllegalStateException(year + " 年度计划在保存期内不能删除");
    }

    List<PlannedLine> lines() {
        return lines.stream().map(PlannedLineEntry::line).toList();
    }

    Long getId() {
        return id;
    }

    long getInstitutionId() {
        return institutionId;
    }

    int getYear() {
        return year;
    }

    int getRevision() {
        return revision;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
