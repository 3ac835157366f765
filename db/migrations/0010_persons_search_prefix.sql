-- The name index again, now with prefix indexes and more letters folded.
-- prefix = '1 2 3': search-as-you-type asks for the persons whose name has a word starting with what
-- was typed so far ("b", "be", "ber"); without these, FTS5 merges the lists of every word with that
-- start on each key press. unicode61 folds accents ("Ünal" by "unal", "Şahin" by "sahin") but
-- treats a few letters as letters of their own; the triggers fold those (the Turkish dotless ı in
-- "Yılmaz", ø, ł, æ, ß), and the search box folds typed text the same way (core/search/rules.ts).
DROP TRIGGER persons_fts_insert;
--> statement-breakpoint
DROP TRIGGER persons_fts_update;
--> statement-breakpoint
DROP TRIGGER persons_fts_delete;
--> statement-breakpoint
DROP TABLE persons_fts;
--> statement-breakpoint
CREATE VIRTUAL TABLE persons_fts USING fts5(person_id UNINDEXED, names, tokenize = "unicode61 remove_diacritics 2", prefix = '1 2 3');
--> statement-breakpoint
INSERT INTO persons_fts(rowid, person_id, names) SELECT rowid, id,
  replace(replace(replace(replace(replace(replace(replace(replace(replace(concat_ws(' ', persons.initials, persons.first_name, persons.infix, persons.last_name, persons.organisation_name), 'ı', 'i'), 'İ', 'I'), 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'æ', 'ae'), 'Æ', 'AE'), 'ß', 'ss') FROM persons;
--> statement-breakpoint
CREATE TRIGGER persons_fts_insert AFTER INSERT ON persons BEGIN
  INSERT INTO persons_fts(rowid, person_id, names) VALUES (new.rowid, new.id,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(concat_ws(' ', new.initials, new.first_name, new.infix, new.last_name, new.organisation_name), 'ı', 'i'), 'İ', 'I'), 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'æ', 'ae'), 'Æ', 'AE'), 'ß', 'ss'));
END;
--> statement-breakpoint
CREATE TRIGGER persons_fts_update AFTER UPDATE OF initials, first_name, infix, last_name, organisation_name ON persons BEGIN
  DELETE FROM persons_fts WHERE rowid = old.rowid;
  INSERT INTO persons_fts(rowid, person_id, names) VALUES (new.rowid, new.id,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(concat_ws(' ', new.initials, new.first_name, new.infix, new.last_name, new.organisation_name), 'ı', 'i'), 'İ', 'I'), 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'æ', 'ae'), 'Æ', 'AE'), 'ß', 'ss'));
END;
--> statement-breakpoint
CREATE TRIGGER persons_fts_delete AFTER DELETE ON persons BEGIN
  DELETE FROM persons_fts WHERE rowid = old.rowid;
END;
