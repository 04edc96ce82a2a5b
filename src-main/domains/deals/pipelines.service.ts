// Pipelines and their stages. Order is a REAL sort_order, so a reorder writes one cell and two
// machines reordering different stages both keep their change. Deletes are tombstones, allowed only
// when nothing live is left inside.
import { v7 as uuidv7 } from 'uuid';
import type { Pipeline, Stage, StageKind } from '../../../src-shared/contract/pipelines';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { AppError, notFound } from '../../rpc/app-error';
import { DEFAULT_PIPELINE_ID } from './default-pipeline';

export type PipelinesService = ReturnType<typeof createPipelinesService>;

interface StageRow { id: string; pipelineId: string; name: string; probability: number; kind: string; sortOrder: number; dealCount: number }

const STARTER_STAGES = [
  { name: 'New', probability: 10, kind: 'open' as const },
  { name: 'Won', probability: 100, kind: 'won' as const },
  { name: 'Lost', probability: 0, kind: 'lost' as const },
];

const asKind = (kind: string): StageKind => (kind === 'won' || kind === 'lost' ? kind : 'open');

export function createPipelinesService(sqlite: Sqlite, events: EventBus, writer: ChangeWriter, now: () => number = Date.now) {
  const changed = () => events.emit({ type: 'changed', domain: 'pipelines' });
  const allPipelines = sqlite.prepare(
    `SELECT id, name FROM pipelines WHERE deleted_at_ms IS NULL ORDER BY id = ? DESC, sort_order, name, id`,
  );
  const pipelineById = sqlite.prepare('SELECT id, name FROM pipelines WHERE id = ? AND deleted_at_ms IS NULL');
  const stagesOf = sqlite.prepare(
    `SELECT s.id, s.pipeline_id AS pipelineId, s.name, s.probability, s.kind, s.sort_order AS sortOrder,
            (SELECT count(*) FROM deals d WHERE d.stage_id = s.id AND d.deleted_at_ms IS NULL) AS dealCount
     FROM stages s WHERE s.pipeline_id = ? AND s.deleted_at_ms IS NULL ORDER BY s.sort_order, s.id`,
  );
  const stageById = sqlite.prepare(
    'SELECT id, pipeline_id AS pipelineId, name, probability, kind, sort_order AS sortOrder, 0 AS dealCount FROM stages WHERE id = ? AND deleted_at_ms IS NULL',
  );
  const liveDealsIn = sqlite.prepare('SELECT count(*) FROM deals WHERE pipeline_id = ? AND deleted_at_ms IS NULL').pluck();
  const lastOrder = sqlite.prepare('SELECT coalesce(max(sort_order), 0) FROM pipelines WHERE deleted_at_ms IS NULL').pluck();

  const toStage = (r: StageRow): Stage => ({ id: r.id, pipelineId: r.pipelineId, name: r.name, probability: r.probability, kind: asKind(r.kind), dealCount: r.dealCount });

  function get(id: string): Pipeline {
    const row = pipelineById.get(id) as { id: string; name: string } | undefined;
    if (!row) notFound('pipeline', id);
    return { ...row, stages: (stagesOf.all(id) as StageRow[]).map(toStage) };
  }

  function stage(id: string): StageRow {
    const row = stageById.get(id) as StageRow | undefined;
    if (!row) notFound('stage', id);
    return row;
  }

  /** The sort order that puts a stage before `beforeId` (or last). */
  function orderBefore(pipelineId: string, beforeId: string | null, movingId?: string): number {
    const rows = (stagesOf.all(pipelineId) as StageRow[]).filter((s) => s.id !== movingId);
    if (beforeId === null) return (rows.at(-1)?.sortOrder ?? 0) + 1;
    const index = rows.findIndex((s) => s.id === beforeId);
    if (index < 0) throw new AppError('invalid_input', 'beforeStageId: That stage is not in this pipeline');
    const after = rows[index]!.sortOrder;
    const before = index > 0 ? rows[index - 1]!.sortOrder : after - 1;
    return (before + after) / 2;
  }

  function insertStage(pipelineId: string, input: { name: string; probability: number; kind: StageKind }, sortOrder: number, nowMs: number) {
    writer.insert('stages', uuidv7(), {
      pipeline_id: pipelineId, name: input.name, probability: input.probability, kind: input.kind, sort_order: sortOrder, created_at_ms: nowMs, updated_at_ms: nowMs,
    });
  }

  const write = <A extends unknown[]>(fn: (...args: A) => string) => {
    const tx = sqlite.transaction(fn);
    return (...args: A): Pipeline => {
      const id = tx(...args);
      changed();
      return get(id);
    };
  };

  return {
    get,
    stage,
    list(): { items: Pipeline[] } {
      const rows = allPipelines.all(DEFAULT_PIPELINE_ID) as { id: string; name: string }[];
      return { items: rows.map((r) => ({ ...r, stages: (stagesOf.all(r.id) as StageRow[]).map(toStage) })) };
    },
    /** The pipeline new deals go to when none is named: the default one while it exists. */
    defaultId(): string {
      const first = (allPipelines.all(DEFAULT_PIPELINE_ID) as { id: string }[])[0];
      if (!first) throw new AppError('conflict', 'There is no pipeline: create one first.');
      return first.id;
    },

    create: write((input: { name: string; stages?: { name: string; probability: number; kind: StageKind }[] | undefined }) => {
      const id = uuidv7();
      const nowMs = now();
      writer.insert('pipelines', id, { name: input.name, sort_order: (lastOrder.get() as number) + 1, created_at_ms: nowMs, updated_at_ms: nowMs });
      (input.stages?.length ? input.stages : STARTER_STAGES).forEach((s, i) => insertStage(id, s, i + 1, nowMs));
      return id;
    }),

    rename: write((id: string, name: string) => {
      get(id);
      const nowMs = now();
      writer.update('pipelines', id, { name }, { updated_at_ms: nowMs });
      return id;
    }),

    delete(id: string) {
      sqlite.transaction(() => {
        get(id);
        if ((liveDealsIn.get(id) as number) > 0) throw new AppError('conflict', 'This pipeline still has deals: move or delete them first.');
        const nowMs = now();
        writer.update('pipelines', id, { deleted_at_ms: nowMs }, { updated_at_ms: nowMs });
      })();
      changed();
      return { ok: true as const };
    },

    addStage: write((input: { pipelineId: string; name: string; probability: number; kind: StageKind; beforeStageId: string | null }) => {
      get(input.pipelineId);
      insertStage(input.pipelineId, input, orderBefore(input.pipelineId, input.beforeStageId), now());
      return input.pipelineId;
    }),

    updateStage: write((input: { id: string; name?: string | undefined; probability?: number | undefined; kind?: StageKind | undefined }) => {
      const row = stage(input.id);
      const values = Object.fromEntries(
        Object.entries({ name: input.name, probability: input.probability, kind: input.kind }).filter(([, v]) => v !== undefined),
      ) as Record<string, string | number>;
      writer.update('stages', row.id, values, { updated_at_ms: now() });
      return row.pipelineId;
    }),

    moveStage: write((id: string, beforeStageId: string | null) => {
      const row = stage(id);
      writer.update('stages', id, { sort_order: orderBefore(row.pipelineId, beforeStageId, id) }, { updated_at_ms: now() });
      return row.pipelineId;
    }),

    deleteStage: write((id: string) => {
      const row = stage(id);
      const count = (stagesOf.all(row.pipelineId) as StageRow[]).find((s) => s.id === id)?.dealCount ?? 0;
      if (count > 0) throw new AppError('conflict', `This stage still has ${count} deals: move them to another stage first.`);
      const nowMs = now();
      writer.update('stages', id, { deleted_at_ms: nowMs }, { updated_at_ms: nowMs });
      return row.pipelineId;
    }),
  };
}
