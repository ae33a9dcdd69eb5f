export * from './app/create-app.ts';
export * from './app/create-server-deps.ts';
export * from './app/server-env.ts';
export * from './config/keyring-file.ts';
export * from './config/load-config.ts';
export * from './errors/error-status.ts';
export * from './middleware/client-address.ts';
export * from './serve.ts';
