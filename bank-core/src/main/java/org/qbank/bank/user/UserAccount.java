package org.qbank.bank.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;

/**
 * A person who signs in. The password hash is produced by the portal's encoder; bank-core never sees a
 * password. A reviewer's own 等级 and professional title decide which target levels they may judge.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String passwordHash;

    private boolean enabled;

    /** 1..5, the expert's own certificate level; null for non-experts. */
    private Integer expertLevel;

    /** e.g. 高级工程师; counts as senior for 二级 and above. */
    private String expertTitle;

    @Column(nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_institution", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "institution_id")
    private Set<Long> institutionIds = new HashSet<>();

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles,
                       Set<Long> institutionIds, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.institutionIds = new HashSet<>(institutionIds);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public Actor toActor() {
        return new Actor(id, username, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                institutionIds);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Set<Long> getInstitutionIds() {
        return Set.copyOf(institutionIds);
    }

    public Level getExpertLevel() {
        return expertLevel == null ? null : Level.ofNumber(expertLevel);
    }

    public String getExpertTitle() {
        return expertTitle;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setExpertQualification(Level level, String title) {
        this.expertLevel = level == null ? null : level.number();
        this.expertTitle = title;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void addInstitution(long institutionId) {
        institutionIds.add(institutionId);
    }
}
