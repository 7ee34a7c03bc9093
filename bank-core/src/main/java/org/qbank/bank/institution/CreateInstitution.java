package org.qbank.bank.institution;

/** Command: a new 评价机构. {@code filedSite} (备案场所) is optional. */
public record CreateInstitution(String code, String name, Institution.Kind kind, String filedSite) {
}
