package org.qbank.bank.institution;

/** Command: new name and filed site; {@code expectedVersion} (nullable) is the version the caller last saw. */
public record RenameInstitution(String name, String filedSite, Long expectedVersion) {
}
