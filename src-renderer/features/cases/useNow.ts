import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs`, so "due in 3 h" counts down on screen. */
export function useNow(everyMs = 60_000): number {
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return nowMs;
}
