-- members.sort_name is the member's person's sort name, derived like the name search index: triggers
-- keep it right on every write path (registering, a person renamed, a merge moving the membership,
-- later sync), so the member list sorts by name over an index. Handlers never write it.
UPDATE members SET sort_name = (SELECT p.sort_name FROM persons p WHERE p.id = members.person_id);
--> statement-breakpoint
CREATE TRIGGER members_sort_name_insert AFTER INSERT ON members BEGIN
  UPDATE members SET sort_name = (SELECT p.sort_name FROM persons p WHERE p.id = new.person_id) WHERE rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER members_sort_name_person_moved AFTER UPDATE OF person_id ON members BEGIN
  UPDATE members SET sort_name = (SELECT p.sort_name FROM persons p WHERE p.id = new.person_id) WHERE rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER members_sort_name_person_renamed AFTER UPDATE OF sort_name ON persons BEGIN
  UPDATE members SET sort_name = new.sort_name WHERE person_id = new.id;
END;
