/**
 * The robot's well-known ports (docs/protocol.md): a Kortex 2 robot serves the Kortex API on TCP
 * port 10000, a Kortex 3 robot runs an MQTT v5 broker on 1883. Every default, probe, help text and
 * editor placeholder takes its port from here.
 */
export const ROBOT_PORTS = { tcp: 10000, mqtt: 1883 } as const;

/** MQTT over TLS: a port typed with the 'auto' choice that also says "this is an MQTT broker". */
export const MQTT_TLS_PORT = 8883;
