import { useState } from 'react';
import { useAppEvent } from '../../api/useAppEvent';

export interface ImportProgress {
  done: number;
  total: number;
}

/** The latest progress the core reported for the import preview or run (null before any). */
export function useImportProgress(job: 'import.preview' | 'import.run', isActive: boolean): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [wasActive, setWasActive] = useState(isActive);
  // A new preview or run starts from nothing, not from the last one's figures.
  if (wasActive !== isActive) {
    setWasActive(isActive);
    if (isActive) setProgress(null);
  }
  useAppEvent((event) => {
    if (isActive && event.type === 'progress' && event.job === job) setProgress({ done: event.done, total: event.total });
  });
  return progress;
}
