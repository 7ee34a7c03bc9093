-- Item codes looked up in bulk (imports: which codes exist, ids of the rows just written) by code alone, so that
-- a list of a thousand codes is a thousand index look-ups; with the institution as well, H2 scans the institution's
-- items per statement, which made storing a large workbook quadratic. The institution is checked on the rows found.
CREATE INDEX ix_item_code ON item (code);
