-- Birthdays by month and day ('MM-DD', the last five characters of 'YYYY-MM-DD' and of '--MM-DD'):
-- Today and the reminder scheduler read the coming week's birthdays from this index alone
-- (it carries what they show), without scanning or visiting every contact.
CREATE INDEX `contacts_birthday_month_day` ON `contacts` (substr(`birthday`, -5), `birthday`, `display_name`, `preferred_language`, `id`, `archived_at_ms`) WHERE `birthday` IS NOT NULL AND `archived_at_ms` IS NULL;
