package org.qbank.portal.institution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code version}: the version last read; omit to overwrite unconditionally. */
record RenameInstitutionRequest(@NotBlank(message = "机构名称不能为空") @Size(max = 200) String name,
                                @Size(max = 300) String filedSite, Long version) {
}
