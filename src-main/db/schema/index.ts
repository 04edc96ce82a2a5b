export * from './companies';
export * from './contacts';
export * from './settings';
export * from './tags';
export * from './imports';
export * from './merges';
export * from './sync';
export * from './reminders';
