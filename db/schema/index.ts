export * from './staff';
export * from './settings';
export * from './audit';
export * from './documents';
export * from './mail';
