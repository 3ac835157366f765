-- Search-as-you-type on names: an FTS5 index kept up to date by triggers, so every write path
-- (handlers, a merge, later sync) keeps it right without knowing about it. Diacritics are folded
-- ("Ünal" is found by "unal"); tombstoned and merged persons are filtered by the query.
CREATE VIRTUAL TABLE persons_fts USING fts5(person_id UNINDEXED, names, tokenize = "unicode61 remove_diacritics 2");
--> statement-breakpoint
CREATE TRIGGER persons_fts_insert AFTER INSERT ON persons BEGIN
  INSERT INTO persons_fts(rowid, person_id, names) VALUES (new.rowid, new.id,
    concat_ws(' ', new.initials, new.first_name, new.infix, new.last_name, new.organisation_name));
END;
--> statement-breakpoint
CREATE TRIGGER persons_fts_update AFTER UPDATE OF initials, first_name, infix, last_name, organisation_name ON persons BEGIN
  DELETE FROM persons_fts WHERE rowid = old.rowid;
  INSERT INTO persons_fts(rowid, person_id, names) VALUES (new.rowid, new.id,
    concat_ws(' ', new.initials, new.first_name, new.infix, new.last_name, new.organisation_name));
END;
--> statement-breakpoint
CREATE TRIGGER persons_fts_delete AFTER DELETE ON persons BEGIN
  DELETE FROM persons_fts WHERE rowid = old.rowid;
END;
