-- 组卷方案 sections now name 题型 by bank-core's ItemType, whose 填空题 is FILL_BLANK; paper assembly's own copy of
-- the enum called it FILL_IN. Stored sections are renamed so that every stored 题型 has the one name; JSON that
-- still says FILL_IN is read as FILL_BLANK by the enum itself.
UPDATE blueprint_section SET item_type = 'FILL_BLANK' WHERE item_type = 'FILL_IN';
