/** Sizes and rates shared by client and server. */
export const LIMITS = {
  jsonBodyBytes: 100 * 1024,
  emailLength: 254,
  nameLength: 120,
  passwordMinLength: 12,
  passwordMaxLength: 256,
  login: {
    /** Failures per account or per client address inside the window before 429. */
    maxFailures: 10,
    windowMinutes: 15,
  },
  session: {
    idleHours: 12,
    absoluteHours: 24,
  },
  auditPageSize: 100,
  /** Rows in one audit CSV export, newest first; narrow the filters for older ones. */
  auditExportRows: 10_000,
  realtime: {
    /** Socket.IO message cap, well below the 1 MB default. */
    maxMessageBytes: 64 * 1024,
    /** Commands per socket per window before `rate_limited`. */
    commandsPerWindow: 30,
    commandWindowMs: 10_000,
    /** How long a dropped participant shows as reconnecting before they count as gone. */
    reconnectGraceMs: 15_000,
    /**
     * A tab that closed its socket cleanly (closed, navigated away) is gone once this passes
     * without it coming back: long enough to survive a reload, short enough to leave at once.
     */
    closedTabGraceMs: 2_500,
    /**
     * Socket.IO heartbeat: the server pings every interval and gives up after interval +
     * timeout; the client counts a connection dead after the same sum (8 s < the 10 s target).
     */
    pingIntervalMs: 4_000,
    pingTimeoutMs: 4_000,
  },
  collab: {
    /** One websocket message; a larger one closes the connection with `tooLarge`. */
    maxMessageBytes: 1024 * 1024,
    /** A case's notes document; an update that would grow it past this is refused. */
    maxDocumentBytes: 8 * 1024 * 1024,
    /** One awareness state (caret, selection, user) after JSON encoding. */
    maxAwarenessStateBytes: 4 * 1024,
    /** Token bucket per connection: sustained messages per second and burst. */
    messagesPerSecond: 60,
    messageBurst: 240,
    /** The update log is merged into the snapshot after this many appended updates. */
    compactEveryUpdates: 500,
  },
} as const;
