-- "Is this text already stored for this cable?" (SqliteCableStore.write) looks the cable's versions up by
-- cable_id, which the UNIQUE (cable_id, version) index already serves: a cable has a handful of versions, whose
-- text_sha256 is compared in the table. The separate (cable_id, text_sha256) index only cost every stored
-- version one more random insert into a B-tree (pages rewritten in the write-ahead log at every batch).
DROP INDEX IF EXISTS cable_version_text;
