-- Exposure now lives in bank-core's usage counts (usage_issue, item_usage, item_version_usage), written by the
-- issuing transaction; the interim per-item table of V200 is no longer written or read.
DROP TABLE assembly_exposure;
