// Deals: every write goes through the change writer in one transaction; a stage move appends a
// history row carrying the machine and user who made it, which the timeline shows.
import { v7 as uuidv7 } from 'uuid';
import type { DealDetail, DealFields, DealFilter, DealsForRecord, StageMove } from '../../../src-shared/contract/deals';
import type { StageKind } from '../../../src-shared/contract/pipelines';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { AppError, notFound } from '../../rpc/app-error';
import { createAttribution } from './deal-attribution';
import { createBoard, type BoardFilter } from './deals.board';
import { createForecast } from './deals.forecast';
import { filterWhere, SUMMARY_SELECT, toSummary, type SummaryRow } from './deals.queries';
import { dealContactId } from './default-pipeline';
import type { PipelinesService } from './pipelines.service';

export type DealsService = ReturnType<typeof createDealsService>;
export type NewDealInput = DealFields & { pipelineId: string | null; stageId: string | null };

interface MoveRow { id: string; dealId: string; dealTitle: string; fromStageName: string | null; toStageName: string; toKind: string; atMs: number; byDeviceId: string; byUserName: string }

export function createDealsService(sqlite: Sqlite, events: EventBus, writer: ChangeWriter, pipelines: PipelinesService, now: () => number = Date.now) {
  const changed = () => events.emit({ type: 'changed', domain: 'deals' });
  const attribution = createAttribution(sqlite, writer.deviceId);
  const summaryById = sqlite.prepare(`${SUMMARY_SELECT} WHERE d.id = ?`);
  const extraById = sqlite.prepare('SELECT source, notes, created_at_ms AS createdAtMs, deleted_at_ms AS deletedAtMs FROM deals WHERE id = ?');
  const contactsOf = sqlite.prepare(
    `SELECT c.id, c.display_name AS displayName FROM deal_contacts dc JOIN contacts c ON c.id = dc.contact_id
     WHERE dc.deal_id = ? AND dc.deleted_at_ms IS NULL ORDER BY c.sort_key, c.id`,
  );
  const links = sqlite.prepare('SELECT contact_id AS contactId, deleted_at_ms AS deletedAtMs FROM deal_contacts WHERE deal_id = ?');
  const MOVES = `SELECT h.id, h.deal_id AS dealId, d.title AS dealTitle, f.name AS fromStageName, coalesce(t.name, '') AS toStageName, coalesce(t.kind, 'open') AS toKind,
            h.at_ms AS atMs, h.by_device_id AS byDeviceId, h.by_user_name AS byUserName
     FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id LEFT JOIN stages f ON f.id = h.from_stage_id LEFT JOIN stages t ON t.id = h.to_stage_id`;
  const historyOf = sqlite.prepare(`${MOVES} WHERE h.deal_id = ? ORDER BY h.at_ms, h.id`);
  const exists = { contact: sqlite.prepare('SELECT 1 FROM contacts WHERE id = ?').pluck(), company: sqlite.prepare('SELECT 1 FROM companies WHERE id = ?').pluck() };
  const board = createBoard(sqlite, pipelines);
  const forecast = createForecast(sqlite);

  const toMove = (r: MoveRow): StageMove & { dealTitle: string } => ({
    id: r.id, dealId: r.dealId, dealTitle: r.dealTitle, fromStageName: r.fromStageName, toStageName: r.toStageName,
    toKind: r.toKind === 'won' || r.toKind === 'lost' ? r.toKind : 'open', atMs: r.atMs, by: attribution.of(r.byDeviceId, r.byUserName),
  });

  function get(id: string): DealDetail {
    const row = summaryById.get(id) as SummaryRow | undefined;
    const extra = extraById.get(id) as { source: string; notes: string; createdAtMs: number; deletedAtMs: number | null } | undefined;
    if (!row || !extra || extra.deletedAtMs !== null) notFound('deal', id);
    return {
      ...toSummary(row),
      probability: row.probability,
      source: extra.source,
      notes: extra.notes,
      createdAtMs: extra.createdAtMs,
      contacts: contactsOf.all(id) as { id: string; displayName: string }[],
      history: (historyOf.all(id) as MoveRow[]).map((r) => {
        const { dealTitle: _title, ...move } = toMove(r);
        return move;
      }),
    };
  }

  function checkLinks(fields: DealFields) {
    if (fields.companyId && !exists.company.get(fields.companyId)) notFound('company', fields.companyId);
    for (const id of fields.contactIds) if (!exists.contact.get(id)) notFound('contact', id);
  }

  const fieldCells = (f: DealFields) => ({
    title: f.title, company_id: f.companyId, value_minor: f.valueMinor, currency: f.currency, expected_close_date: f.expectedCloseDate,
    probability: f.probability, owner: f.owner, source: f.source, notes: f.notes,
  });

  /** Adds and removes (tombstones) contact links so the deal has exactly `contactIds`. */
  function setContacts(dealId: string, contactIds: string[], nowMs: number) {
    const current = new Map((links.all(dealId) as { contactId: string; deletedAtMs: number | null }[]).map((l) => [l.contactId, l.deletedAtMs]));
    const wanted = new Set(contactIds);
    for (const contactId of wanted) {
      const id = dealContactId(dealId, contactId);
      if (!current.has(contactId)) writer.insert('deal_contacts', id, { deal_id: dealId, contact_id: contactId, created_at_ms: nowMs, updated_at_ms: nowMs });
      else if (current.get(contactId) !== null) writer.update('deal_contacts', id, { deleted_at_ms: null }, { updated_at_ms: nowMs });
    }
    for (const [contactId, deletedAtMs] of current) {
      if (!wanted.has(contactId) && deletedAtMs === null) writer.update('deal_contacts', dealContactId(dealId, contactId), { deleted_at_ms: nowMs }, { updated_at_ms: nowMs });
    }
  }

  function recordMove(dealId: string, fromStageId: string | null, toStageId: string, atMs: number, userName: string) {
    writer.insert('deal_stage_history', uuidv7(), { deal_id: dealId, from_stage_id: fromStageId, to_stage_id: toStageId, at_ms: atMs, by_device_id: writer.deviceId, by_user_name: userName });
  }

  function targetStage(input: { pipelineId: string | null; stageId: string | null }) {
    if (input.stageId) return pipelines.stage(input.stageId);
    const pipeline = pipelines.get(input.pipelineId ?? pipelines.defaultId());
    const first = pipeline.stages.find((s) => s.kind === 'open') ?? pipeline.stages[0];
    if (!first) throw new AppError('conflict', `The pipeline ${pipeline.name} has no stages.`);
    return pipelines.stage(first.id);
  }

  function insertDeal(input: NewDealInput, nowMs: number, userName: string): string {
    const stage = targetStage(input);
    const id = uuidv7();
    const closed = stage.kind !== 'open';
    writer.insert('deals', id, {
      ...fieldCells(input), pipeline_id: stage.pipelineId, stage_id: stage.id, status: stage.kind,
      closed_at_ms: closed ? nowMs : null, created_at_ms: nowMs, updated_at_ms: nowMs,
    });
    for (const contactId of new Set(input.contactIds)) {
      writer.insert('deal_contacts', dealContactId(id, contactId), { deal_id: id, contact_id: contactId, created_at_ms: nowMs, updated_at_ms: nowMs });
    }
    recordMove(id, null, stage.id, nowMs, userName);
    return id;
  }

  const createTx = sqlite.transaction((input: NewDealInput) => {
    checkLinks(input);
    return insertDeal(input, now(), attribution.userName());
  });

  /** Many deals in one transaction (demo data); links are trusted to exist. `atMs` backdates a deal. */
  const createManyTx = sqlite.transaction((list: (NewDealInput & { atMs?: number })[]) => {
    const userName = attribution.userName();
    return list.map((input) => insertDeal(input, input.atMs ?? now(), userName));
  });

  const moveTx = sqlite.transaction((id: string, stageId: string, reason: string, atMs: number) => {
    const deal = get(id);
    const stage = pipelines.stage(stageId);
    if (stage.kind === 'lost' && reason.trim() === '') throw new AppError('invalid_input', 'reason: Say why the deal was lost');
    if (deal.stageId === stageId && reason === deal.closeReason) return;
    const kind = stage.kind as StageKind;
    const closed = kind !== 'open';
    writer.update(
      'deals', id,
      { pipeline_id: stage.pipelineId, stage_id: stage.id, status: kind, close_reason: closed ? reason : '', closed_at_ms: closed ? (deal.status === kind && deal.closedAtMs) || atMs : null },
      { updated_at_ms: atMs },
    );
    if (deal.stageId !== stageId) recordMove(id, deal.stageId, stage.id, atMs, attribution.userName());
  });

  function setDeleted(id: string, deleted: boolean) {
    const row = extraById.get(id) as { deletedAtMs: number | null } | undefined;
    if (!row) notFound('deal', id);
    const nowMs = now();
    if (writer.update('deals', id, { deleted_at_ms: deleted ? nowMs : null }, { updated_at_ms: nowMs })) changed();
    return { ok: true as const };
  }

  return {
    get,
    list(filter: DealFilter, limit: number, offset: number) {
      const { where, params } = filterWhere(filter);
      const items = (sqlite.prepare(`${SUMMARY_SELECT} WHERE ${where} ORDER BY d.updated_at_ms DESC, d.id LIMIT :limit OFFSET :offset`).all({ ...params, limit, offset }) as SummaryRow[]).map(toSummary);
      const total = sqlite.prepare(`SELECT count(*) FROM deals d WHERE ${where}`).pluck().get(params) as number;
      return { items, total };
    },
    board: (pipelineId: string | null, filter: BoardFilter, perStage: number) => board(pipelineId, filter, perStage),
    forecast: (pipelineId: string | null, fromMonth: string, toMonth: string) => forecast(pipelineId, fromMonth, toMonth),
    create(input: NewDealInput): DealDetail {
      const id = createTx(input);
      changed();
      return get(id);
    },
    createMany(list: (NewDealInput & { atMs?: number })[]): string[] {
      const ids = createManyTx(list);
      changed();
      return ids;
    },
    update(id: string, fields: DealFields): DealDetail {
      sqlite.transaction(() => {
        get(id);
        checkLinks(fields);
        const nowMs = now();
        writer.update('deals', id, fieldCells(fields), { updated_at_ms: nowMs });
        setContacts(id, fields.contactIds, nowMs);
      })();
      changed();
      return get(id);
    },
    move(id: string, stageId: string, reason: string, atMs: number = now()): DealDetail {
      moveTx(id, stageId, reason, atMs);
      changed();
      return get(id);
    },
    delete: (id: string) => setDeleted(id, true),
    restore: (id: string) => setDeleted(id, false),
    forContact(input: { contactId?: string | undefined; companyId?: string | undefined }): DealsForRecord {
      const scope = input.contactId
        ? // Deals of contacts merged into this one count as its own (a merge leaves the links on the merged contact).
          `d.id IN (SELECT deal_id FROM deal_contacts WHERE deleted_at_ms IS NULL
                    AND contact_id IN (SELECT :id UNION SELECT id FROM contacts WHERE merged_into = :id))`
        : 'd.company_id = :id';
      const id = input.contactId ?? input.companyId;
      const deals = (sqlite.prepare(`${SUMMARY_SELECT} WHERE d.deleted_at_ms IS NULL AND ${scope} ORDER BY d.updated_at_ms DESC LIMIT 200`).all({ id }) as SummaryRow[]).map(toSummary);
      const moves = (sqlite.prepare(`${MOVES} WHERE d.deleted_at_ms IS NULL AND ${scope} ORDER BY h.at_ms DESC, h.id LIMIT 500`).all({ id }) as MoveRow[]).map(toMove);
      return { deals, moves };
    },
  };
}
