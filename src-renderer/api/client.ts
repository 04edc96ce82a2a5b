// The only file that knows which transport exists: Electron's preload bridge, else loopback HTTP.
import { appContract } from '../../src-shared/contract';
import { createApiClient } from '../../src-shared/rpc/client';
import type { Transport } from '../../src-shared/rpc/envelope';
import './bridge';
import { createEventHub } from './event-hub';
import { httpTransport } from './http-transport';

const transport: Transport = window.sampark ?? httpTransport(location);

export const api = createApiClient(appContract, transport);
export const subscribeToAppEvents = createEventHub(transport);
