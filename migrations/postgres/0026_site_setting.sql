-- Site-wide rules an admin sets on the admin pages, by name (e.g.
-- `staff_second_factor` = 'on': moderators and admins need a second factor
-- to reach /admin). A missing row is the default.
CREATE TABLE site_setting (
    name        TEXT    PRIMARY KEY,
    value       TEXT    NOT NULL,
    updated_at  BIGINT  NOT NULL
);
