import { z } from 'zod';
import { Id, Ok, ShortText } from './common';
import { method } from './method';

export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export const StageKind = z.enum(STAGE_KINDS);
export type StageKind = z.infer<typeof StageKind>;

/** Default win probability in whole percent. */
export const Probability = z.number().int().min(0).max(100);

export const Stage = z.object({
  id: Id,
  pipelineId: Id,
  name: z.string(),
  probability: Probability,
  kind: StageKind,
  /** Live deals in the stage: a stage can be deleted only when this is 0. */
  dealCount: z.number().int(),
});
export type Stage = z.infer<typeof Stage>;

export const Pipeline = z.object({ id: Id, name: z.string(), stages: z.array(Stage) });
export type Pipeline = z.infer<typeof Pipeline>;

const StageName = ShortText.min(1, 'Name the stage');

export const pipelines = {
  /** Every pipeline with its stages in order; the default "Sales" pipeline first. */
  list: method(z.object({}), z.object({ items: z.array(Pipeline) })),
  /** A new pipeline; without stages it gets New, Won and Lost. */
  create: method(
    z.object({
      name: ShortText.min(1, 'Name the pipeline'),
      stages: z.array(z.object({ name: StageName, probability: Probability, kind: StageKind.default('open') })).max(30).optional(),
    }),
    Pipeline,
  ),
  rename: method(z.object({ id: Id, name: ShortText.min(1, 'Name the pipeline') }), Pipeline),
  /** Only a pipeline without live deals can be deleted. */
  delete: method(z.object({ id: Id }), Ok),
  addStage: method(
    z.object({ pipelineId: Id, name: StageName, probability: Probability, kind: StageKind.default('open'), beforeStageId: Id.nullable().default(null) }),
    Pipeline,
  ),
  updateStage: method(z.object({ id: Id, name: StageName.optional(), probability: Probability.optional(), kind: StageKind.optional() }), Pipeline),
  /** Moves a stage before another one (null: to the end). */
  moveStage: method(z.object({ id: Id, beforeStageId: Id.nullable() }), Pipeline),
  /** Only a stage without live deals can be deleted. */
  deleteStage: method(z.object({ id: Id }), Pipeline),
};
