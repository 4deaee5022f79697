export * from './header';
export * from './frame';
export * from './tcpFraming';
export * from './errors';
export * from './session';
export * from './sessionStatus';
