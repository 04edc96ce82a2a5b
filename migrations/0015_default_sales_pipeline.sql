-- The default "Sales" pipeline, identical on every machine: fixed ids (uuid v5 of constants, see
-- src-main/domains/deals/default-pipeline.ts) and no sync stamps, so two machines never create two
-- pipelines, and an edit made anywhere is newer than these rows everywhere.
INSERT OR IGNORE INTO pipelines (id, name, sort_order, created_at_ms, updated_at_ms) VALUES ('10e4fb46-910e-55f1-9641-c0bd59baa88c', 'Sales', 1, 0, 0);
--> statement-breakpoint
INSERT OR IGNORE INTO stages (id, pipeline_id, name, sort_order, probability, kind, created_at_ms, updated_at_ms) VALUES
  ('99ca335b-c254-5e99-a02c-0aaed75099bb', '10e4fb46-910e-55f1-9641-c0bd59baa88c', 'New', 1, 10, 'open', 0, 0),
  ('ba6dcf16-0155-5cd4-a398-83b86a15a8c6', '10e4fb46-910e-55f1-9641-c0bd59baa88c', 'Qualified', 2, 25, 'open', 0, 0),
  ('313b4a32-e5e6-5b3a-956f-4839d8dd83d8', '10e4fb46-910e-55f1-9641-c0bd59baa88c', 'Proposal', 3, 50, 'open', 0, 0),
  ('b5644250-66be-5ccf-b33b-5f8532352dec', '10e4fb46-910e-55f1-9641-c0bd59baa88c', 'Negotiation', 4, 75, 'open', 0, 0),
  ('8eb80eec-1442-5824-803c-0e178f0cdae2', '10e4fb46-910e-55f1-9641-c0bd59baa88c', 'Won', 5, 100, 'won', 0, 0),
  ('59abdeda-b4ab-5dfe-8e66-4e3fa5902018', '10e4fb46-910e-55f1-9641-c0bd59baa88c', 'Lost', 6, 0, 'lost', 0, 0);
