-- Item codes looked up in bulk (imports: which codes exist, ids of the rows just written) by code alone, so that
-- a list of a thousand codes is a thousand index look-ups; with the institution as well, H2 scans the institution's
-- items per statement, which made storing a large workbook quadratic. The institution is checked on the rows found.
CREATE INDEX ix_item_code ON item (code);

-- Whole-bank reads page through an institution's items by id (ItemBulkReader): with this index a page is a range
-- read in order; without it H2 sorted all of the institution's later items for every page.
CREATE INDEX ix_item_institution_id ON item (institution_id, id);
