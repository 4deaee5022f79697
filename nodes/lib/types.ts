/**
 * The slice of the Node-RED runtime API these nodes use (Node-RED 4.1 and 5.x), typed here because no
 * Node-RED type package is installed. Only what the nodes touch is declared.
 */

/** A message flowing between nodes. */
export interface NodeMessage {
  _msgid?: string;
  topic?: string;
  payload?: unknown;
  [property: string]: unknown;
}

export type StatusFill = 'red' | 'green' | 'yellow' | 'blue' | 'grey';
export type StatusShape = 'ring' | 'dot';

/** `node.status({})` clears the status. */
export interface NodeStatus {
  fill?: StatusFill;
  shape?: StatusShape;
  text?: string;
}

/** The per-message send function of the Node-RED 1.0+ input API. */
export type NodeSend = (msg: NodeMessage | null) => void;
/** Ends handling of one message; with an error, Catch nodes receive the original msg. */
export type NodeDone = (err?: Error) => void;

export type InputListener = (msg: NodeMessage, send: NodeSend, done: NodeDone) => void;
/** Node-RED passes `removed` only to listeners that declare two parameters. */
export type CloseListener = (removed: boolean, done: () => void) => void;

/** The properties every node definition (flow JSON entry) has. */
export interface NodeDef {
  id: string;
  type: string;
  name?: string;
  z?: string;
}

/** A runtime node instance, after RED.nodes.createNode. */
export interface Node<Credentials extends object = Record<string, never>> {
  readonly id: string;
  readonly type: string;
  name?: string;
  z?: string;
  /** Set by createNode for types registered with a credentials definition (absent otherwise). */
  credentials?: Partial<Credentials>;
  on(event: 'input', listener: InputListener): void;
  on(event: 'close', listener: CloseListener): void;
  status(status: NodeStatus): void;
  send(msg: NodeMessage | null): void;
  log(text: string): void;
  warn(text: string): void;
  debug(text: string): void;
  trace(text: string): void;
  error(err: string | Error, msg?: NodeMessage): void;
}

export interface CredentialDefinition {
  type: 'text' | 'password';
}

export interface RegisterTypeOptions {
  credentials?: Record<string, CredentialDefinition>;
  /**
   * Values the editor reads as RED.settings.<name> when `exportable`; each name must start with the
   * node type in camelCase ("kortexSession…" for kortex-session), or Node-RED ignores it with a warning.
   */
  settings?: Record<string, { value: unknown; exportable?: boolean }>;
}

/** Express-like pieces of the admin HTTP API (for the config node's "Test connection" endpoint). */
export interface HttpRequest {
  body?: unknown;
  query?: Record<string, unknown>;
}
export interface HttpResponse {
  status(code: number): HttpResponse;
  json(body: unknown): unknown;
}
export type HttpHandler = (req: HttpRequest, res: HttpResponse, next?: (err?: unknown) => void) => void;

/** The `RED` object handed to a node module. */
export interface NodeAPI {
  nodes: {
    createNode(node: object, def: NodeDef): void;
    registerType<N extends Node<object>, D extends NodeDef>(
      type: string,
      constructor: (this: N, def: D) => void,
      options?: RegisterTypeOptions,
    ): void;
    /** A deployed node (a config node, typically) by id; undefined when absent or disabled. */
    getNode(id: string): unknown;
    /** Every node definition of the deployed flows (as configured, running or not). */
    eachNode(callback: (def: { id?: unknown; type?: unknown }) => void): void;
    getCredentials(id: string): Record<string, unknown> | undefined | null;
  };
  /** Message catalogue lookup in this node set's namespace; `__name__` placeholders are filled from `substitutions`. */
  _(key: string, substitutions?: Record<string, string | number>): string;
  log: {
    info(text: string): void;
    warn(text: string): void;
    error(text: string): void;
    debug(text: string): void;
  };
  httpAdmin?: { post(path: string, ...handlers: HttpHandler[]): unknown; get?(path: string, ...handlers: HttpHandler[]): unknown };
  /** The editor's comms channel (the sidebar's live updates). */
  comms?: { publish(topic: string, data: unknown, retain?: boolean): void };
  auth?: { needsPermission(permission: string): HttpHandler };
  /** The runtime's event bus (absent in some test runtimes). */
  events?: { on(event: string, listener: (event: RuntimeEvent) => void): unknown };
}

/** `runtime-event` as the runtime emits it; `runtime-state` says flows started or stopped. */
export interface RuntimeEvent {
  id?: string;
  payload?: { state?: string; deploy?: boolean };
}
