import type { deals } from '../../../src-shared/contract/deals';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { pipelines } from '../../../src-shared/contract/pipelines';
import type { DealsService } from './deals.service';
import type { PipelinesService } from './pipelines.service';

/** Adapts the contract to the services; no rules here. */
export function dealsHandlers(service: DealsService): DomainHandlers<typeof deals> {
  return {
    list: ({ limit, offset, ...filter }) => service.list(filter, limit, offset),
    board: ({ pipelineId, perStage, ...filter }) => service.board(pipelineId, filter, perStage),
    get: ({ id }) => service.get(id),
    create: (input) => service.create(input),
    update: ({ id, fields }) => service.update(id, fields),
    move: ({ id, stageId, reason }) => service.move(id, stageId, reason),
    delete: ({ id }) => service.delete(id),
    restore: ({ id }) => service.restore(id),
    forecast: ({ pipelineId, fromMonth, toMonth }) => service.forecast(pipelineId, fromMonth, toMonth),
    forContact: (input) => service.forContact(input),
  };
}

export function pipelinesHandlers(service: PipelinesService): DomainHandlers<typeof pipelines> {
  return {
    list: () => service.list(),
    create: (input) => service.create(input),
    rename: ({ id, name }) => service.rename(id, name),
    delete: ({ id }) => service.delete(id),
    addStage: (input) => service.addStage(input),
    updateStage: (input) => service.updateStage(input),
    moveStage: ({ id, beforeStageId }) => service.moveStage(id, beforeStageId),
    deleteStage: ({ id }) => service.deleteStage(id),
  };
}
