-- 组卷方案 option: shuffle the options of each paper's 单选题 and 多选题 (off by default; 判断题 never).
ALTER TABLE blueprint ADD COLUMN shuffle_options BOOLEAN NOT NULL DEFAULT FALSE;
