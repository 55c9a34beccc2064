-- The interface language a person chose (a BCP 47 code from i18n::LANGUAGES);
-- NULL: not chosen, follow the browser.
ALTER TABLE account ADD COLUMN locale TEXT;
