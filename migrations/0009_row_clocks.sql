-- Row clocks (see src-main/db/changes/cell-clocks.ts). Until now every synced cell had its own
-- timestamp row in crdt_cells; now a row has one entry in crdt_rows, and crdt_cells keeps only the
-- cells whose timestamp differs from what the row's entry implies. Every cell keeps exactly the
-- timestamp it had (src-main/db/changes/row-clocks.migration.test.ts checks this on a database written
-- by the previous version). The column lists are those of the synced tables at this migration.
CREATE TABLE `crdt_rows` (
	`tbl` text NOT NULL,
	`row` text NOT NULL,
	`ts` text NOT NULL,
	PRIMARY KEY(`tbl`, `row`)
) WITHOUT ROWID;
--> statement-breakpoint
-- A row's entry: the timestamp most of its cells share (its insert, usually).
INSERT INTO `crdt_rows` (`tbl`, `row`, `ts`)
SELECT `tbl`, `row`, `ts` FROM (
	SELECT `tbl`, `row`, `ts`, row_number() OVER (PARTITION BY `tbl`, `row` ORDER BY count(*) DESC, `ts`) AS `rank`
	FROM `crdt_cells` GROUP BY `tbl`, `row`, `ts`
) WHERE `rank` = 1;
--> statement-breakpoint
-- companies: a cell that never had a timestamp but holds more than its column's default is marked never written.
INSERT INTO `crdt_cells` (`tbl`, `row`, `col`, `ts`)
SELECT 'companies', t.id, c.column1, '' FROM `crdt_rows` r JOIN `companies` t ON t.id = r.`row` JOIN (VALUES ('name'), ('website'), ('industry'), ('phone'), ('city'), ('notes'), ('created_at_ms'), ('updated_at_ms'), ('archived_at_ms')) c
WHERE r.`tbl` = 'companies'
	AND (CASE c.column1 WHEN 'name' THEN 1 WHEN 'website' THEN t.website IS NOT '' WHEN 'industry' THEN t.industry IS NOT '' WHEN 'phone' THEN t.phone IS NOT '' WHEN 'city' THEN t.city IS NOT '' WHEN 'notes' THEN t.notes IS NOT '' WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'archived_at_ms' THEN t.archived_at_ms IS NOT NULL END)
	AND NOT EXISTS (SELECT 1 FROM `crdt_cells` x WHERE x.`tbl` = 'companies' AND x.`row` = t.id AND x.`col` = c.column1);
--> statement-breakpoint
-- companies: a cell whose timestamp is its row's and whose value is not the default needs no entry of its own.
DELETE FROM `crdt_cells` WHERE `tbl` = 'companies'
	AND `ts` = (SELECT r.`ts` FROM `crdt_rows` r WHERE r.`tbl` = 'companies' AND r.`row` = `crdt_cells`.`row`)
	AND (SELECT CASE `crdt_cells`.`col` WHEN 'name' THEN 1 WHEN 'website' THEN t.website IS NOT '' WHEN 'industry' THEN t.industry IS NOT '' WHEN 'phone' THEN t.phone IS NOT '' WHEN 'city' THEN t.city IS NOT '' WHEN 'notes' THEN t.notes IS NOT '' WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'archived_at_ms' THEN t.archived_at_ms IS NOT NULL END FROM `companies` t WHERE t.id = `crdt_cells`.`row`);
--> statement-breakpoint
-- contacts: a cell that never had a timestamp but holds more than its column's default is marked never written.
INSERT INTO `crdt_cells` (`tbl`, `row`, `col`, `ts`)
SELECT 'contacts', t.id, c.column1, '' FROM `crdt_rows` r JOIN `contacts` t ON t.id = r.`row` JOIN (VALUES ('given_name'), ('family_name'), ('display_name'), ('is_display_name_set'), ('company_id'), ('job_title'), ('notes'), ('kind'), ('prefix'), ('additional_names'), ('suffix'), ('nickname'), ('phonetic_name'), ('department'), ('birthday'), ('lifecycle_stage'), ('source'), ('owner'), ('preferred_language'), ('letter_salutation'), ('label_salutation'), ('is_do_not_contact'), ('is_do_not_mail'), ('merged_into'), ('created_at_ms'), ('updated_at_ms'), ('archived_at_ms')) c
WHERE r.`tbl` = 'contacts'
	AND (CASE c.column1 WHEN 'given_name' THEN t.given_name IS NOT '' WHEN 'family_name' THEN t.family_name IS NOT '' WHEN 'display_name' THEN 1 WHEN 'is_display_name_set' THEN t.is_display_name_set IS NOT 0 WHEN 'company_id' THEN t.company_id IS NOT NULL WHEN 'job_title' THEN t.job_title IS NOT '' WHEN 'notes' THEN t.notes IS NOT '' WHEN 'kind' THEN t.kind IS NOT 'person' WHEN 'prefix' THEN t.prefix IS NOT '' WHEN 'additional_names' THEN t.additional_names IS NOT '' WHEN 'suffix' THEN t.suffix IS NOT '' WHEN 'nickname' THEN t.nickname IS NOT '' WHEN 'phonetic_name' THEN t.phonetic_name IS NOT '' WHEN 'department' THEN t.department IS NOT '' WHEN 'birthday' THEN t.birthday IS NOT NULL WHEN 'lifecycle_stage' THEN t.lifecycle_stage IS NOT '' WHEN 'source' THEN t.source IS NOT '' WHEN 'owner' THEN t.owner IS NOT '' WHEN 'preferred_language' THEN t.preferred_language IS NOT '' WHEN 'letter_salutation' THEN t.letter_salutation IS NOT '' WHEN 'label_salutation' THEN t.label_salutation IS NOT '' WHEN 'is_do_not_contact' THEN t.is_do_not_contact IS NOT 0 WHEN 'is_do_not_mail' THEN t.is_do_not_mail IS NOT 0 WHEN 'merged_into' THEN t.merged_into IS NOT NULL WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'archived_at_ms' THEN t.archived_at_ms IS NOT NULL END)
	AND NOT EXISTS (SELECT 1 FROM `crdt_cells` x WHERE x.`tbl` = 'contacts' AND x.`row` = t.id AND x.`col` = c.column1);
--> statement-breakpoint
-- contacts: a cell whose timestamp is its row's and whose value is not the default needs no entry of its own.
DELETE FROM `crdt_cells` WHERE `tbl` = 'contacts'
	AND `ts` = (SELECT r.`ts` FROM `crdt_rows` r WHERE r.`tbl` = 'contacts' AND r.`row` = `crdt_cells`.`row`)
	AND (SELECT CASE `crdt_cells`.`col` WHEN 'given_name' THEN t.given_name IS NOT '' WHEN 'family_name' THEN t.family_name IS NOT '' WHEN 'display_name' THEN 1 WHEN 'is_display_name_set' THEN t.is_display_name_set IS NOT 0 WHEN 'company_id' THEN t.company_id IS NOT NULL WHEN 'job_title' THEN t.job_title IS NOT '' WHEN 'notes' THEN t.notes IS NOT '' WHEN 'kind' THEN t.kind IS NOT 'person' WHEN 'prefix' THEN t.prefix IS NOT '' WHEN 'additional_names' THEN t.additional_names IS NOT '' WHEN 'suffix' THEN t.suffix IS NOT '' WHEN 'nickname' THEN t.nickname IS NOT '' WHEN 'phonetic_name' THEN t.phonetic_name IS NOT '' WHEN 'department' THEN t.department IS NOT '' WHEN 'birthday' THEN t.birthday IS NOT NULL WHEN 'lifecycle_stage' THEN t.lifecycle_stage IS NOT '' WHEN 'source' THEN t.source IS NOT '' WHEN 'owner' THEN t.owner IS NOT '' WHEN 'preferred_language' THEN t.preferred_language IS NOT '' WHEN 'letter_salutation' THEN t.letter_salutation IS NOT '' WHEN 'label_salutation' THEN t.label_salutation IS NOT '' WHEN 'is_do_not_contact' THEN t.is_do_not_contact IS NOT 0 WHEN 'is_do_not_mail' THEN t.is_do_not_mail IS NOT 0 WHEN 'merged_into' THEN t.merged_into IS NOT NULL WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'archived_at_ms' THEN t.archived_at_ms IS NOT NULL END FROM `contacts` t WHERE t.id = `crdt_cells`.`row`);
--> statement-breakpoint
-- contact_emails: a cell that never had a timestamp but holds more than its column's default is marked never written.
INSERT INTO `crdt_cells` (`tbl`, `row`, `col`, `ts`)
SELECT 'contact_emails', t.id, c.column1, '' FROM `crdt_rows` r JOIN `contact_emails` t ON t.id = r.`row` JOIN (VALUES ('contact_id'), ('label'), ('value'), ('is_primary'), ('sort_order'), ('created_at_ms'), ('updated_at_ms'), ('deleted_at_ms')) c
WHERE r.`tbl` = 'contact_emails'
	AND (CASE c.column1 WHEN 'contact_id' THEN 1 WHEN 'label' THEN t.label IS NOT '' WHEN 'value' THEN 1 WHEN 'is_primary' THEN t.is_primary IS NOT 0 WHEN 'sort_order' THEN t.sort_order IS NOT 0 WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'deleted_at_ms' THEN t.deleted_at_ms IS NOT NULL END)
	AND NOT EXISTS (SELECT 1 FROM `crdt_cells` x WHERE x.`tbl` = 'contact_emails' AND x.`row` = t.id AND x.`col` = c.column1);
--> statement-breakpoint
-- contact_emails: a cell whose timestamp is its row's and whose value is not the default needs no entry of its own.
DELETE FROM `crdt_cells` WHERE `tbl` = 'contact_emails'
	AND `ts` = (SELECT r.`ts` FROM `crdt_rows` r WHERE r.`tbl` = 'contact_emails' AND r.`row` = `crdt_cells`.`row`)
	AND (SELECT CASE `crdt_cells`.`col` WHEN 'contact_id' THEN 1 WHEN 'label' THEN t.label IS NOT '' WHEN 'value' THEN 1 WHEN 'is_primary' THEN t.is_primary IS NOT 0 WHEN 'sort_order' THEN t.sort_order IS NOT 0 WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'deleted_at_ms' THEN t.deleted_at_ms IS NOT NULL END FROM `contact_emails` t WHERE t.id = `crdt_cells`.`row`);
--> statement-breakpoint
-- contact_phones: a cell that never had a timestamp but holds more than its column's default is marked never written.
INSERT INTO `crdt_cells` (`tbl`, `row`, `col`, `ts`)
SELECT 'contact_phones', t.id, c.column1, '' FROM `crdt_rows` r JOIN `contact_phones` t ON t.id = r.`row` JOIN (VALUES ('contact_id'), ('label'), ('value'), ('is_primary'), ('sort_order'), ('created_at_ms'), ('updated_at_ms'), ('deleted_at_ms'), ('e164')) c
WHERE r.`tbl` = 'contact_phones'
	AND (CASE c.column1 WHEN 'contact_id' THEN 1 WHEN 'label' THEN t.label IS NOT '' WHEN 'value' THEN 1 WHEN 'is_primary' THEN t.is_primary IS NOT 0 WHEN 'sort_order' THEN t.sort_order IS NOT 0 WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'deleted_at_ms' THEN t.deleted_at_ms IS NOT NULL WHEN 'e164' THEN t.e164 IS NOT NULL END)
	AND NOT EXISTS (SELECT 1 FROM `crdt_cells` x WHERE x.`tbl` = 'contact_phones' AND x.`row` = t.id AND x.`col` = c.column1);
--> statement-breakpoint
-- contact_phones: a cell whose timestamp is its row's and whose value is not the default needs no entry of its own.
DELETE FROM `crdt_cells` WHERE `tbl` = 'contact_phones'
	AND `ts` = (SELECT r.`ts` FROM `crdt_rows` r WHERE r.`tbl` = 'contact_phones' AND r.`row` = `crdt_cells`.`row`)
	AND (SELECT CASE `crdt_cells`.`col` WHEN 'contact_id' THEN 1 WHEN 'label' THEN t.label IS NOT '' WHEN 'value' THEN 1 WHEN 'is_primary' THEN t.is_primary IS NOT 0 WHEN 'sort_order' THEN t.sort_order IS NOT 0 WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'deleted_at_ms' THEN t.deleted_at_ms IS NOT NULL WHEN 'e164' THEN t.e164 IS NOT NULL END FROM `contact_phones` t WHERE t.id = `crdt_cells`.`row`);
--> statement-breakpoint
-- contact_websites: a cell that never had a timestamp but holds more than its column's default is marked never written.
INSERT INTO `crdt_cells` (`tbl`, `row`, `col`, `ts`)
SELECT 'contact_websites', t.id, c.column1, '' FROM `crdt_rows` r JOIN `contact_websites` t ON t.id = r.`row` JOIN (VALUES ('contact_id'), ('label'), ('value'), ('is_primary'), ('sort_order'), ('created_at_ms'), ('updated_at_ms'), ('deleted_at_ms')) c
WHERE r.`tbl` = 'contact_websites'
	AND (CASE c.column1 WHEN 'contact_id' THEN 1 WHEN 'label' THEN t.label IS NOT '' WHEN 'value' THEN 1 WHEN 'is_primary' THEN t.is_primary IS NOT 0 WHEN 'sort_order' THEN t.sort_order IS NOT 0 WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'deleted_at_ms' THEN t.deleted_at_ms IS NOT NULL END)
	AND NOT EXISTS (SELECT 1 FROM `crdt_cells` x WHERE x.`tbl` = 'contact_websites' AND x.`row` = t.id AND x.`col` = c.column1);
--> statement-breakpoint
-- contact_websites: a cell whose timestamp is its row's and whose value is not the default needs no entry of its own.
DELETE FROM `crdt_cells` WHERE `tbl` = 'contact_websites'
	AND `ts` = (SELECT r.`ts` FROM `crdt_rows` r WHERE r.`tbl` = 'contact_websites' AND r.`row` = `crdt_cells`.`row`)
	AND (SELECT CASE `crdt_cells`.`col` WHEN 'contact_id' THEN 1 WHEN 'label' THEN t.label IS NOT '' WHEN 'value' THEN 1 WHEN 'is_primary' THEN t.is_primary IS NOT 0 WHEN 'sort_order' THEN t.sort_order IS NOT 0 WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'deleted_at_ms' THEN t.deleted_at_ms IS NOT NULL END FROM `contact_websites` t WHERE t.id = `crdt_cells`.`row`);
--> statement-breakpoint
-- contact_addresses: a cell that never had a timestamp but holds more than its column's default is marked never written.
INSERT INTO `crdt_cells` (`tbl`, `row`, `col`, `ts`)
SELECT 'contact_addresses', t.id, c.column1, '' FROM `crdt_rows` r JOIN `contact_addresses` t ON t.id = r.`row` JOIN (VALUES ('contact_id'), ('label'), ('street'), ('locality'), ('region'), ('postal_code'), ('country'), ('is_primary'), ('sort_order'), ('created_at_ms'), ('updated_at_ms'), ('deleted_at_ms')) c
WHERE r.`tbl` = 'contact_addresses'
	AND (CASE c.column1 WHEN 'contact_id' THEN 1 WHEN 'label' THEN t.label IS NOT '' WHEN 'street' THEN t.street IS NOT '' WHEN 'locality' THEN t.locality IS NOT '' WHEN 'region' THEN t.region IS NOT '' WHEN 'postal_code' THEN t.postal_code IS NOT '' WHEN 'country' THEN t.country IS NOT '' WHEN 'is_primary' THEN t.is_primary IS NOT 0 WHEN 'sort_order' THEN t.sort_order IS NOT 0 WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'deleted_at_ms' THEN t.deleted_at_ms IS NOT NULL END)
	AND NOT EXISTS (SELECT 1 FROM `crdt_cells` x WHERE x.`tbl` = 'contact_addresses' AND x.`row` = t.id AND x.`col` = c.column1);
--> statement-breakpoint
-- contact_addresses: a cell whose timestamp is its row's and whose value is not the default needs no entry of its own.
DELETE FROM `crdt_cells` WHERE `tbl` = 'contact_addresses'
	AND `ts` = (SELECT r.`ts` FROM `crdt_rows` r WHERE r.`tbl` = 'contact_addresses' AND r.`row` = `crdt_cells`.`row`)
	AND (SELECT CASE `crdt_cells`.`col` WHEN 'contact_id' THEN 1 WHEN 'label' THEN t.label IS NOT '' WHEN 'street' THEN t.street IS NOT '' WHEN 'locality' THEN t.locality IS NOT '' WHEN 'region' THEN t.region IS NOT '' WHEN 'postal_code' THEN t.postal_code IS NOT '' WHEN 'country' THEN t.country IS NOT '' WHEN 'is_primary' THEN t.is_primary IS NOT 0 WHEN 'sort_order' THEN t.sort_order IS NOT 0 WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'deleted_at_ms' THEN t.deleted_at_ms IS NOT NULL END FROM `contact_addresses` t WHERE t.id = `crdt_cells`.`row`);
--> statement-breakpoint
-- tags: a cell that never had a timestamp but holds more than its column's default is marked never written.
INSERT INTO `crdt_cells` (`tbl`, `row`, `col`, `ts`)
SELECT 'tags', t.id, c.column1, '' FROM `crdt_rows` r JOIN `tags` t ON t.id = r.`row` JOIN (VALUES ('name'), ('created_at_ms'), ('updated_at_ms'), ('deleted_at_ms')) c
WHERE r.`tbl` = 'tags'
	AND (CASE c.column1 WHEN 'name' THEN 1 WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'deleted_at_ms' THEN t.deleted_at_ms IS NOT NULL END)
	AND NOT EXISTS (SELECT 1 FROM `crdt_cells` x WHERE x.`tbl` = 'tags' AND x.`row` = t.id AND x.`col` = c.column1);
--> statement-breakpoint
-- tags: a cell whose timestamp is its row's and whose value is not the default needs no entry of its own.
DELETE FROM `crdt_cells` WHERE `tbl` = 'tags'
	AND `ts` = (SELECT r.`ts` FROM `crdt_rows` r WHERE r.`tbl` = 'tags' AND r.`row` = `crdt_cells`.`row`)
	AND (SELECT CASE `crdt_cells`.`col` WHEN 'name' THEN 1 WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'deleted_at_ms' THEN t.deleted_at_ms IS NOT NULL END FROM `tags` t WHERE t.id = `crdt_cells`.`row`);
--> statement-breakpoint
-- contact_tags: a cell that never had a timestamp but holds more than its column's default is marked never written.
INSERT INTO `crdt_cells` (`tbl`, `row`, `col`, `ts`)
SELECT 'contact_tags', t.id, c.column1, '' FROM `crdt_rows` r JOIN `contact_tags` t ON t.id = r.`row` JOIN (VALUES ('contact_id'), ('tag_id'), ('created_at_ms'), ('updated_at_ms'), ('deleted_at_ms')) c
WHERE r.`tbl` = 'contact_tags'
	AND (CASE c.column1 WHEN 'contact_id' THEN 1 WHEN 'tag_id' THEN 1 WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'deleted_at_ms' THEN t.deleted_at_ms IS NOT NULL END)
	AND NOT EXISTS (SELECT 1 FROM `crdt_cells` x WHERE x.`tbl` = 'contact_tags' AND x.`row` = t.id AND x.`col` = c.column1);
--> statement-breakpoint
-- contact_tags: a cell whose timestamp is its row's and whose value is not the default needs no entry of its own.
DELETE FROM `crdt_cells` WHERE `tbl` = 'contact_tags'
	AND `ts` = (SELECT r.`ts` FROM `crdt_rows` r WHERE r.`tbl` = 'contact_tags' AND r.`row` = `crdt_cells`.`row`)
	AND (SELECT CASE `crdt_cells`.`col` WHEN 'contact_id' THEN 1 WHEN 'tag_id' THEN 1 WHEN 'created_at_ms' THEN 1 WHEN 'updated_at_ms' THEN 1 WHEN 'deleted_at_ms' THEN t.deleted_at_ms IS NOT NULL END FROM `contact_tags` t WHERE t.id = `crdt_cells`.`row`);
