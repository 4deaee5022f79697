/**
 * `kortex watch`: one JSON line per event until SIGINT or SIGTERM, for shell scripts and PLC
 * gateways. Lines carry the topics of the kortex-session-events node:
 *
 *   {"topic":"state","payload":{"state":"open","robot":"10.0.0.5:1883","sessionId":3}}
 *   {"topic":"sessions","robot":"10.0.0.5:1883","source":"push","payload":{"sessions":[…]}}
 *   {"topic":"session-killed","payload":{"robot":…,"sessions":[…],"own":false}}
 *   {"topic":"connection","payload":{"event":"appeared","list":"userConnections","connection":{…},"robot":…}}
 *   {"type":"arm-state","activeState":"ARMSTATE_IN_FAULT",…}
 *   {"type":"job","event":"started","job":{"name":"Home","handle":1}}
 *
 * The client reconnects by itself, so a watch survives robot restarts; a refused login ends it
 * with exit code 1 (it would not fix itself).
 */
import { KortexError } from '../client/core/errors';
import { redact } from '../client/core/redact';
import { KortexSessionClient } from '../client/session/client';
import { SessionStateEvent } from '../client/session/states';
import { SessionWatch } from '../client/watch/sessionWatch';
import { watchWork } from './jobs';

export interface WatchOptions {
  /** GetConnections period (ms) for connection changes, and for the session list where the robot does not push. */
  pollIntervalMs: number;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs until a signal (0) or a refused login (1); the caller closes the client. */
export function runWatch(client: KortexSessionClient, options: WatchOptions): Promise<number> {
  return new Promise<number>((resolve) => {
    const line = (value: unknown): void => options.out(JSON.stringify(value));
    const watch = new SessionWatch(client, { pollIntervalMs: options.pollIntervalMs, watchConnections: true });
    const onState = (e: SessionStateEvent): void => {
      const payload: Record<string, unknown> = { state: e.state, robot: e.robot, sessionId: e.sessionId };
      if (e.delayMs !== undefined) payload.delayMs = e.delayMs;
      if (e.attempt !== undefined) payload.attempt = e.attempt;
      if (e.error) {
        payload.error = redact(e.error.message);
        if (e.error instanceof KortexError) payload.code = e.error.code;
      }
      line({ topic: 'state', payload });
      if (e.authFailed)
        finish(1, `kortex: ${e.error instanceof KortexError ? `${e.error.code}: ` : ''}${redact(e.error?.message ?? 'login refused')}`);
    };
    watch.on('sessions', (e) =>
      line({ topic: 'sessions', robot: e.robot, source: e.source, sessionId: e.sessionId, payload: { sessions: e.sessions } }),
    );
    watch.on('session-killed', (e) => line({ topic: 'session-killed', payload: e }));
    watch.on('connection', (e) => line({ topic: 'connection', payload: e }));
    watch.on('failed', (err) => options.err(`kortex: connection watch: ${redact((err as Error).message ?? String(err))}`));
    const stopWork = watchWork(client, line);
    const onSignal = (): void => finish(0);
    // Whoever reads our output is gone (a closed pipe: the parent died): stop as on a signal.
    const onOutputError = (): void => finish(0);
    let finished = false;
    const finish = (code: number, message?: string): void => {
      if (finished) return;
      finished = true;
      if (message) options.err(message);
      watch.stop();
      stopWork();
      client.off('state', onState);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.stdout.off('error', onOutputError);
      resolve(code);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.stdout.on('error', onOutputError);
    client.on('state', onState);
    watch.start();
    client.start();
  });
}
