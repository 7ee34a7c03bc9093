-- 配分 of skill papers: a skill blueprint's total score (the points its tasks share by the 技能要求权重表), and
-- each question's points as drawn. A paper keeps the points it was printed with even when the 细目表 changes
-- later. Theory papers leave paper_item.points empty (their points come from the blueprint's sections).
ALTER TABLE skill_blueprint ADD COLUMN total_score INT NOT NULL DEFAULT 100;
ALTER TABLE paper_item ADD COLUMN points DECIMAL(6, 1) NULL;
