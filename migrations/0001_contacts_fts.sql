-- Full-text index over contacts. Contentless (the text lives in contacts and its child tables),
-- rows deletable by rowid; the rowid comes from contact_search_rows.
-- The categories option keeps Devanagari and Tamil vowel signs and viramas (M*) inside words:
-- the default unicode61 tokenizer splits प्रिया into प|र|य and misses prefix queries.
CREATE VIRTUAL TABLE `contacts_fts` USING fts5(
	name, company, emails, phones,
	content='', contentless_delete=1,
	tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M*'",
	prefix='1 2 3'
);
