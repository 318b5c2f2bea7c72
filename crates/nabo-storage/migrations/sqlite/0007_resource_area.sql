-- A resource's area beside its document, so that the lists of an area (what a language
-- needs, what needs checking) read only that area's resources.
ALTER TABLE resources ADD COLUMN area_id TEXT;
UPDATE resources SET area_id = json_extract(document, '$.area');
CREATE INDEX resources_area ON resources (area_id, id);
