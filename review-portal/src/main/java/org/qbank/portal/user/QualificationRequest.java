package org.qbank.portal.user;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A reviewer's own 等级 (5..1) and professional title (e.g. 高级工程师); both may be null. */
record QualificationRequest(@Min(1) @Max(5) Integer expertLevel, @Size(max = 100) String expertTitle) {
}
