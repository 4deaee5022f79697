/**
 * How much the package reads from the network, at most (docs/security.md, "Limits"). Every byte
 * from the robot, its broker or anything at its address is bounded by these before it is
 * allocated or decoded. Chosen from what a real robot can hold, with a wide margin: a robot keeps
 * tens of sessions (one per connected client), a session a handful of roles, a role some of the
 * five permissions; a GetConnections reply or a status broadcast of a busy robot is a few KB.
 */

/** A Session reply (one Frame: header and payload), on either transport. */
export const MAX_SESSION_REPLY_BYTES = 1024 * 1024;

/** A `sessions/status` or `sessions/killed` broadcast (the MQTT message's payload). */
export const MAX_BROADCAST_BYTES = 1024 * 1024;

/** Entries in one top-level list: connections in a ConnectionList, sessions in a status list. */
export const MAX_LIST_ENTRIES = 1024;

/** Entries in a nested list: roles of a session, permissions of a role. */
export const MAX_NESTED_ENTRIES = 256;

/**
 * The MQTT v5 Maximum Packet Size we advertise in CONNECT: the broker drops a larger packet
 * instead of sending it. The largest payload we accept, plus room for the topic and properties.
 */
export const MQTT_MAX_PACKET_BYTES = MAX_SESSION_REPLY_BYTES + 64 * 1024;

/**
 * NOTIFICATION frames one subscription takes in a second: a robot tells its state changes and its
 * jobs' events a few at a time, while a flood would become one flow message per frame.
 */
export const MAX_NOTIFICATIONS_PER_SECOND = 256;
