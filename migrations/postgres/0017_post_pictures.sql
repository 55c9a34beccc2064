-- Pictures placed in a post's text (`![alt](/uploads/…)`), up to 20 a post.
-- A picture uploaded from the write page is "loose" until a saved post
-- refers to it, and again once no post does; the daily sweep discards
-- pictures loose for more than a day (their files go by the usual job).
CREATE TABLE post_picture (
    post_id  BIGINT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    image_id BIGINT NOT NULL REFERENCES image (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, image_id)
);
CREATE INDEX post_picture_image ON post_picture (image_id);
ALTER TABLE image ADD COLUMN loose_since BIGINT;
CREATE INDEX image_loose ON image (loose_since);
