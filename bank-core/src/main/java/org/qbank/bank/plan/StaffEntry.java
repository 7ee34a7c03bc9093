package org.qbank.bank.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Storage form of a {@link StaffMember} inside its batch. */
@Embeddable
class StaffEntry {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffRole role;

    @Column(nullable = false)
    private String name;

    private String certificateNo;
    private String qualification;
    private String sessionCode;

    @Column(name = "group_name")
    private String group;

    private boolean groupLeader;

    protected StaffEntry() {
    }

    StaffEntry(StaffMember m) {
        this.role = m.role();
        this.name = m.name();
        this.certificateNo = m.certificateNo();
        this.qualification = m.qualification();
        this.sessionCode = m.sessionCode();
        this.group = m.group();
        this.groupLeader = m.groupLeader();
    }

    StaffMember member() {
        return new StaffMember(role, name, certificateNo, qualification, sessionCode, group, groupLeader);
    }
}
