// The Today view is a list of sections, top to bottom. A section is one entry here: a component
// that gets the core's Today snapshot (reminders, birthdays, recent activity) and returns null
// when it has nothing to show. Sections owned by other features (stay in touch, log a call,
// due to reorder, overdue cases) load their own data with useApiQuery. See README.md.
import type { ComponentType } from 'react';
import type { TodaySnapshot } from '../../../src-shared/contract/reminders';
import { OverdueCasesSection } from '../cases/OverdueCasesSection';
import { StayInTouchSection } from '../interactions/StayInTouchSection';
import { ReorderTodaySection } from '../purchases/ReorderTodaySection';
import { BirthdaysSection } from './BirthdaysSection';
import { DueTodaySection, OverdueSection } from './ReminderSections';
import { RecentSection } from './RecentSection';

export interface TodaySectionEntry {
  id: string;
  Component: ComponentType<{ snapshot: TodaySnapshot }>;
}

export const TODAY_SECTIONS: readonly TodaySectionEntry[] = [
  { id: 'overdue', Component: OverdueSection },
  { id: 'dueToday', Component: DueTodaySection },
  { id: 'stayInTouch', Component: StayInTouchSection },
  { id: 'overdueCases', Component: OverdueCasesSection },
  { id: 'dueToReorder', Component: ReorderTodaySection },
  { id: 'birthdays', Component: BirthdaysSection },
  { id: 'recent', Component: RecentSection },
];
