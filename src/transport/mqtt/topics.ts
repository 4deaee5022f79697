/**
 * Kortex 3 topic names and request properties (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883"). Pure
 * functions; all numbers in decimal.
 */

/** Topic helpers. */
export const k3Topics = {
  request: (ns: string | undefined, serviceId: number, functionId: number): string => `${nsPrefix(ns)}req/${serviceId}/${functionId}`,
  /** Device routing. The vendor's Python client omits the `/` after the device id (docs/protocol.md, "What real robots may do differently", #7); we use the guessed robot form. */
  device: (ns: string | undefined, deviceId: number, serviceId: number, functionId: number): string =>
    `${nsPrefix(ns)}dev/${deviceId}/${serviceId}/${functionId}`,
  response: (clientId: string): string => `res/${clientId}`,
  ping: (sessionId: number): string => `ping/${sessionId}`,
  /** No namespace, even when the router has one. */
  pong: (sessionId: number): string => `pong/${sessionId}`,
  /** IsAlive: the namespace is a suffix here. */
  servicePing: (serviceId: number, ns?: string): string => `services/ping/${serviceId}${ns ? `/${ns}` : ''}`,
  servicePong: (serviceId: number, ns?: string): string => `services/pong/${serviceId}${ns ? `/${ns}` : ''}`,
  /** Where a robot broadcasts a notification topic's frames: the topic's (OnNotification…Topic RPC's) function id. */
  notification: (ns: string | undefined, serviceId: number, functionId: number): string =>
    `${nsPrefix(ns)}notif/${serviceId}/${functionId}`,
};

function nsPrefix(ns: string | undefined): string {
  return ns ? `${ns}/` : '';
}

/** Throws on a namespace that cannot be used in a topic (wildcards, empty levels, NUL). */
export function validateNamespace(ns: string | undefined): string | undefined {
  if (ns === undefined || ns === '') return undefined;
  if (typeof ns !== 'string' || /[+#\u0000]/.test(ns) || ns.startsWith('/') || ns.endsWith('/') || ns.includes('//')) {
    throw new Error(`invalid Kortex 3 namespace ${JSON.stringify(ns)}: no '+', '#', empty topic levels or leading/trailing '/'`);
  }
  return ns;
}
