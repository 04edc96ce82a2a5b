-- Birthdays by month and day ('MM-DD', the last five characters of 'YYYY-MM-DD' and of '--MM-DD'):
-- Today and the reminder scheduler look up the coming week's birthdays without scanning every contact.
CREATE INDEX `contacts_birthday_month_day` ON `contacts` (substr(`birthday`, -5)) WHERE `birthday` IS NOT NULL AND `archived_at_ms` IS NULL;
