import ComputerIcon from '@mui/icons-material/Computer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../src-shared/contract/sync';
import { useFormat } from '../../i18n/useFormat';

interface Machine {
  deviceId: string;
  name: string;
  userName: string;
  lastSeenAtMs: number | null;
  /** Why its changes are not applied now (quarantined, or waiting for a file), if they are not. */
  problem: { kind: 'quarantined' | 'waiting'; reason: string } | null;
}

function problemOf(quarantinedReason: string | null, waitingReason: string | undefined): Machine['problem'] {
  if (quarantinedReason) return { kind: 'quarantined', reason: quarantinedReason };
  return waitingReason ? { kind: 'waiting', reason: waitingReason } : null;
}

function otherMachines(status: SyncStatus): Machine[] {
  const waiting = new Map((status.lastReport?.waiting ?? []).map((w) => [w.deviceId, w.reason]));
  const machines: Machine[] = status.devices
    .filter((d) => d.deviceId !== status.deviceId)
    .map((d) => ({ ...d, problem: problemOf(d.quarantinedReason, waiting.get(d.deviceId)) }));
  for (const [deviceId, reason] of waiting) {
    if (!machines.some((m) => m.deviceId === deviceId)) machines.push({ deviceId, name: '', userName: '', lastSeenAtMs: null, problem: problemOf(null, reason) });
  }
  return machines;
}

/** The other machines in the folder: who they are, when their changes last arrived, what holds them up. */
export function SyncMachines({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const machines = otherMachines(status);
  return (
    <section aria-labelledby={headingId}>
      <Typography id={headingId} variant="subtitle1" component="h4">
        {t('sync.machines.title')}
      </Typography>
      {machines.length === 0 && <Typography color="text.secondary">{t('sync.machines.none')}</Typography>}
      <List dense disablePadding aria-labelledby={headingId}>
        {machines.map((m) => {
          const name = m.name || t('sync.machines.unnamed');
          const seen = m.lastSeenAtMs === null ? t('sync.machines.neverSeen') : t('sync.machines.lastSeen', { time: format.dateTime(m.lastSeenAtMs) });
          return (
            <ListItem key={m.deviceId} disableGutters>
              <ListItemIcon sx={{ minWidth: 40 }}>
                <ComputerIcon color={m.problem ? 'warning' : 'action'} />
              </ListItemIcon>
              <ListItemText
                primary={m.userName ? t('sync.status.machineWithUser', { machine: name, user: m.userName }) : name}
                secondary={m.problem ? t(`sync.machines.${m.problem.kind}`, { reason: m.problem.reason }) : seen}
                slotProps={{ secondary: { color: m.problem ? 'warning.dark' : 'text.secondary' } }}
              />
            </ListItem>
          );
        })}
      </List>
    </section>
  );
}
