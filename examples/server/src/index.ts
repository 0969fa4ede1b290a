/**
 * The Pledge example server: every package wired over `@pledge/postgres`, with `@pledge/http`
 * at `/api` and the web app at `/`. Start it in-process with {@link startServer}.
 *
 * @packageDocumentation
 */
export { type RunningServer, type StartServerOptions, startServer } from './server.js';
