/**
 * kortex-run-job: runs the robot's stored jobs (Kortex 2's actions, Kortex 3's programs) from a
 * flow, one at a time, through one JobRunner per node (src/client/jobs/). Commands in msg.payload
 * or msg.topic: list, start, stop, pause, resume. One output message per job event (started,
 * paused, resumed, done, aborted, failed); `list` answers with the stored jobs. A second start
 * while a job runs is refused (BUSY), never queued. When the flow stops (redeploy, deletion,
 * Node-RED stopping) the running job is stopped on the robot, unless the node says otherwise.
 */
import { JobEvent, JobRunner } from '../../src/client/jobs/jobRunner';
import { SessionBinding } from '../lib/binding';
import { translator } from '../lib/i18n';
import { configFlag } from '../lib/input';
import { JobCommand, jobCommandFor, jobEventError, jobTarget } from '../lib/robotWork';
import { robotWorkView } from '../lib/robotWorkView';
import type { Node, NodeAPI, NodeDef, NodeMessage, NodeStatus } from '../lib/types';

interface RunJobDef extends NodeDef {
  session?: string;
  job?: string;
  stopOnClose?: boolean | string;
}

const EVENT_STATUS: Record<JobEvent['event'], Pick<NodeStatus, 'fill' | 'shape'>> = {
  started: { fill: 'blue', shape: 'dot' },
  resumed: { fill: 'blue', shape: 'dot' },
  paused: { fill: 'yellow', shape: 'dot' },
  done: { fill: 'green', shape: 'dot' },
  aborted: { fill: 'red', shape: 'dot' },
  failed: { fill: 'red', shape: 'ring' },
};

export = function registerKortexRunJob(RED: NodeAPI): void {
  const t = translator(RED);

  function KortexRunJobNode(this: Node, def: RunJobDef): void {
    RED.nodes.createNode(this, def);
    const node = this;
    const binding = new SessionBinding(RED, this, def.session, t);
    const client = binding.client;
    const configuredJob = typeof def.job === 'string' ? def.job : '';
    // Default on: a node saved before the setting existed stops its job too.
    const stopOnClose = def.stopOnClose === undefined || configFlag(def.stopOnClose);
    const runner = client ? new JobRunner(client, { ownerId: node.id }) : undefined;
    // The sidebar's card of the robot shows the job this node runs (nodes/lib/robotWorkView.ts).
    const view = client ? robotWorkView(client) : undefined;
    let closed = false;

    runner?.on('job', (event) => {
      if (closed) return;
      view?.reportJob(node.id, event);
      const payload: JobEvent = { ...event, job: { ...event.job } };
      node.send({ topic: event.event, payload, kortex: binding.meta(event.event, event.durationMs ?? 0) });
      node.status({ ...EVENT_STATUS[event.event], text: t('kortex.status.job', { event: event.event, job: event.job.name }) });
    });

    // A job the robot runs that this node did not start: the card shows it too.
    runner?.on('otherJob', (job) => {
      if (!closed) view?.reportOtherJob(node.id, job);
    });

    /** Starts the job and waits for the robot to start it or refuse it (the refusal goes to Catch with its code). */
    const start = async (msg: NodeMessage, active: JobRunner): Promise<void> => {
      const run = await active.start(jobTarget(msg, configuredJob, t));
      const first = await new Promise<JobEvent>((resolve) => {
        const on = (event: JobEvent): void => {
          run.off('job', on);
          resolve(event);
        };
        run.on('job', on);
        void run.finished.then(resolve);
      });
      if (first.event === 'failed') throw jobEventError(first);
    };

    this.on('input', (msg, send, done) => {
      const active = (rpc: string): JobRunner => {
        binding.ready(rpc);
        if (!runner) throw new Error('unreachable: a ready binding has a client');
        return runner;
      };
      let command: JobCommand;
      try {
        command = jobCommandFor(msg, t);
      } catch (err) {
        binding.run(msg, done, () => Promise.reject(err));
        return;
      }
      if (command === 'list') {
        binding.handle(msg, send, done, async () => {
          const started = Date.now();
          const jobs = await active('list').list();
          const rpc = client?.generation() === 'k3' ? 'ReadAllPrograms' : 'ReadAllActions';
          return { payload: jobs, meta: binding.meta(rpc, Date.now() - started) };
        });
        return;
      }
      binding.run(msg, done, async () => {
        const jobs = active(command);
        if (command === 'start') await start(msg, jobs);
        else if (command === 'stop') await jobs.stop();
        else if (command === 'pause') await jobs.pause();
        else await jobs.resume();
      });
    });

    binding.beforeClose(async () => {
      closed = true;
      if (!runner) return;
      try {
        // The session is still ours here; the binding bounds this wait.
        if (stopOnClose && runner.current) await runner.stop();
      } catch (err) {
        node.warn(t('kortex.errors.stopOnClose', { problem: err instanceof Error ? err.message : String(err) }));
      } finally {
        runner.close();
        view?.forget(node.id);
      }
    });
  }

  RED.nodes.registerType('kortex-run-job', KortexRunJobNode);
};
