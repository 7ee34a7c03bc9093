-- Option shuffling per paper: an issued paper keeps the seed it was shuffled with and, per 单选/多选 question, the
-- printed order of the original option labels (e.g. 'CADB': printed A is the original C). The fingerprint stays a
-- function of the item codes alone. The blueprint's switch is V385 (the blueprint table comes with V380).

ALTER TABLE paper ADD COLUMN option_seed BIGINT NULL;
ALTER TABLE paper_item ADD COLUMN option_order VARCHAR(16) NULL;
