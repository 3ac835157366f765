-- The name index holds a name as written and, only where they differ, also with ı, ø, ł, æ and ß
-- folded (migration 0010 kept the folded form alone). Both "Yılmaz" and "Yilmaz" find "Yılmaz",
-- whichever way a list's own filter builds its query.
DROP TRIGGER persons_fts_insert;
--> statement-breakpoint
DROP TRIGGER persons_fts_update;
--> statement-breakpoint
DELETE FROM persons_fts;
--> statement-breakpoint
INSERT INTO persons_fts(rowid, person_id, names) SELECT rowid, id,
  concat_ws(' ', concat_ws(' ', persons.initials, persons.first_name, persons.infix, persons.last_name, persons.organisation_name),
      nullif(replace(replace(replace(replace(replace(replace(replace(replace(replace(concat_ws(' ', persons.initials, persons.first_name, persons.infix, persons.last_name, persons.organisation_name), 'ı', 'i'), 'İ', 'I'), 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'æ', 'ae'), 'Æ', 'AE'), 'ß', 'ss'), concat_ws(' ', persons.initials, persons.first_name, persons.infix, persons.last_name, persons.organisation_name))) FROM persons;
--> statement-breakpoint
CREATE TRIGGER persons_fts_insert AFTER INSERT ON persons BEGIN
  INSERT INTO persons_fts(rowid, person_id, names) VALUES (new.rowid, new.id,
    concat_ws(' ', concat_ws(' ', new.initials, new.first_name, new.infix, new.last_name, new.organisation_name),
      nullif(replace(replace(replace(replace(replace(replace(replace(replace(replace(concat_ws(' ', new.initials, new.first_name, new.infix, new.last_name, new.organisation_name), 'ı', 'i'), 'İ', 'I'), 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'æ', 'ae'), 'Æ', 'AE'), 'ß', 'ss'), concat_ws(' ', new.initials, new.first_name, new.infix, new.last_name, new.organisation_name))));
END;
--> statement-breakpoint
CREATE TRIGGER persons_fts_update AFTER UPDATE OF initials, first_name, infix, last_name, organisation_name ON persons BEGIN
  DELETE FROM persons_fts WHERE rowid = old.rowid;
  INSERT INTO persons_fts(rowid, person_id, names) VALUES (new.rowid, new.id,
    concat_ws(' ', concat_ws(' ', new.initials, new.first_name, new.infix, new.last_name, new.organisation_name),
      nullif(replace(replace(replace(replace(replace(replace(replace(replace(replace(concat_ws(' ', new.initials, new.first_name, new.infix, new.last_name, new.organisation_name), 'ı', 'i'), 'İ', 'I'), 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'æ', 'ae'), 'Æ', 'AE'), 'ß', 'ss'), concat_ws(' ', new.initials, new.first_name, new.infix, new.last_name, new.organisation_name))));
END;
