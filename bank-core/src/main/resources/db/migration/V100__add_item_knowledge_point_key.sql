-- Every item is filed under a 鉴定点 that exists: the key V20 left for the 细目表 tables (V10) to provide.
-- Nodes are never deleted (a code that leaves the table is retired), so the key never blocks a 细目表 re-import.
-- ItemService and ItemBulkWriter check the 鉴定点's tree as well (institution, occupation, level, subject); the key
-- is the last guard. A database holding an item whose 鉴定点 does not exist stops here: refile that item first.
ALTER TABLE item ADD CONSTRAINT fk_item_knowledge_point FOREIGN KEY (knowledge_point_id) REFERENCES knowledge_node (id);
