export * from './errors';
export * from './redact';
export * from './router';
export * from './sessionClient';
export * from './pool';
export * from './connectionWatcher';
export * from './connectionPoller';
