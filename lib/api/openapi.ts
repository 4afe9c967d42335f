// The OpenAPI 3.1 description of /api/v1. A test checks it against the route files,
// so a route cannot be added or removed without this document following.
import { CLAIM_ANCHORS, CLAIM_KINDS, CLAIM_STATUSES, NOTIFICATION_TYPES, ROLES, STANCES, WEBHOOK_FORMATS } from '@/db/schema';
import { ALL_EVENTS, WEBHOOK_EVENTS } from '@/lib/webhooks/events';
import { EXPORT_FORMATS } from '@/lib/exports/types';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/E${c}` }]));
const ok = (description: string, schema: object = { type: 'object' }, status = '200') => ({ [status]: { description, content: json(schema) } });
const idParam = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const body = (schema: object) => ({ required: true, content: json(schema) });
const query = (name: string, schema: object, description?: string) => ({ name, in: 'query', schema, ...(description && { description }) });
const pageParams = [
  query('limit', { type: 'integer', minimum: 1, maximum: 100, default: 25 }),
  query('cursor', { type: 'string' }, 'The `nextCursor` of the previous page'),
];
const versioned = (props: Record<string, object>, required: string[] = []) => ({
  type: 'object',
  required: ['version', ...required],
  properties: { version: { type: 'integer', minimum: 1 }, ...props },
});

const ERROR_TEXT: Record<number, string> = {
  400: 'Malformed request', 401: 'Not signed in and no valid API token', 403: 'Your role or assignment does not allow this',
  404: 'Not found', 409: 'Version conflict: someone else changed the claim; `error.current` holds it', 413: 'Too large',
  415: 'Unsupported media type or file type', 422: 'A field is invalid; `error.fields` says which',
  429: 'Too many requests at once: try again shortly', 502: 'The web page could not be fetched',
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Claimdesk API', version: '1.0.0', description: 'Claim verification for newsrooms. Authenticate with the session cookie or `Authorization: Bearer <token>` (tokens: `npm run admin -- token create`).' },
  servers: [{ url: '/' }],
  security: [{ bearer: [] }, { session: [] }],
  paths: {
    '/api/v1/articles': {
      get: {
        summary: 'One page of articles with claim counts by status',
        parameters: [
          ...pageParams,
          query('q', { type: 'string' }, 'Words in the title'),
          query('sort', { enum: ['newest', 'oldest', 'title', 'open'] }),
          query('claims', { enum: ['any', 'open', 'done', 'disputed', 'single_source', 'overdue'] }, 'Articles with such claims'),
          query('importedBy', { type: 'string' }, 'A person id'),
          query('from', { type: 'string', format: 'date' }), query('to', { type: 'string', format: 'date' }),
          query('archived', { enum: ['no', 'yes'] }),
        ],
        responses: { ...ok('Articles', { type: 'object', required: ['articles', 'nextCursor'], properties: { articles: { type: 'array' }, nextCursor: { type: ['string', 'null'] } } }), ...errors(400, 401, 403, 422) },
      },
      post: {
        summary: 'Import an article (text, HTML, URL or an uploaded file) and extract its claims',
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { oneOf: [
              { type: 'object', required: ['text'], properties: { title: { type: 'string' }, text: { type: 'string' } } },
              { type: 'object', required: ['html'], properties: { title: { type: 'string' }, html: { type: 'string' } } },
              { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' } } },
            ] } },
            'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, title: { type: 'string' } } } },
          },
        },
        responses: { ...ok('The article with its claims', ref('ArticleWithClaims'), '201'), ...errors(400, 401, 403, 413, 415, 422, 429, 502) },
      },
    },
    '/api/v1/articles/{id}': {
      parameters: idParam,
      get: {
        summary: 'The article with its claims: evidence counted by stance, or in full with ?include=evidence',
        description: 'Each claim carries its stable `number`, `evidenceCount`, `stances` (supports, contradicts, context), `supportingPublishers`, `suggestedStatus` and `warning`. Excerpts, notes and links of the evidence are left out unless `include=evidence` asks for them.',
        parameters: [{ name: 'include', in: 'query', required: false, description: 'Comma-separated; `evidence` adds every piece of evidence in full to each claim.', schema: { type: 'string', enum: ['evidence'] } }],
        responses: { ...ok('Article', ref('ArticleWithClaims')), ...errors(401, 403, 404, 422) },
      },
      patch: { summary: 'Correct the article’s metadata', requestBody: body({ type: 'object' }), responses: { ...ok('Article', ref('ArticleWithClaims')), ...errors(400, 401, 403, 404, 415, 422) } },
      delete: { summary: 'Delete the article and its claims', responses: { '204': { description: 'Deleted' }, ...errors(401, 403, 404) } },
    },
    '/api/v1/articles/{id}/board': {
      parameters: idParam,
      get: {
        summary: 'The article as its board loads it: the text, and every claim as a compact row',
        description: '`{ article, rows, liveAfter }`. Each row is a fixed-order array (`ClaimRow` in lib/claims/board-rows.ts): id, number, start, end, statement (null when it is the quoted passage), attribution, kind, score, status, assignee id, due time, version, spans, evidence count, stances, comments, suggested status, anchor, earlier wording, last version seen in, re-check owed, reasons. No evidence. `liveAfter` is where the article’s event stream stood when this was read. For anything but the board, prefer GET /api/v1/articles/{id}.',
        responses: { ...ok('The board’s text and claims'), ...errors(401, 403, 404) },
      },
    },
    '/api/v1/articles/{id}/archive': {
      parameters: idParam,
      post: {
        summary: 'Archive the article (off the desk’s list, still searchable) or restore it',
        requestBody: body({ type: 'object', required: ['archived'], properties: { archived: { type: 'boolean' } } }),
        responses: { ...ok('The article’s archive state'), ...errors(400, 401, 403, 404, 415, 422) },
      },
    },
    '/api/v1/articles/{id}/claims': {
      parameters: idParam,
      post: {
        summary: 'Add a claim by hand from a span of the body',
        requestBody: body({ type: 'object', required: ['start', 'end'], properties: { start: { type: 'integer' }, end: { type: 'integer' }, statement: { type: 'string' }, kind: { enum: CLAIM_KINDS } } }),
        responses: { ...ok('The new claim', { type: 'object', properties: { claim: ref('Claim') } }, '201'), ...errors(400, 401, 403, 404, 415, 422) },
      },
    },
    '/api/v1/articles/{id}/versions': {
      parameters: idParam,
      get: { summary: 'The article’s versions, newest first, each with what its import did to the claims', responses: { ...ok('Versions', { type: 'object', properties: { versions: { type: 'array', items: ref('Version') } } }), ...errors(401, 403, 404) } },
      post: {
        summary: 'Import a new version (text, HTML, URL, the source address again, or a file) and carry every claim over',
        description: 'Claims are re-anchored in the new text: unchanged, edited (flagged for a re-check when they had a verdict) or removed (kept with their work, never re-attached by guess). New sentences extraction offers become unchecked claims. One transaction. `expectedVersion` (optional) refuses with 409 when someone imported a newer version meanwhile.',
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { oneOf: [
              { type: 'object', required: ['text'], properties: { text: { type: 'string' }, expectedVersion: { type: 'integer' } } },
              { type: 'object', required: ['html'], properties: { html: { type: 'string' }, expectedVersion: { type: 'integer' } } },
              { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' }, expectedVersion: { type: 'integer' } } },
              { type: 'object', required: ['refetch'], properties: { refetch: { const: true }, expectedVersion: { type: 'integer' } } },
            ] } },
            'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, expectedVersion: { type: 'integer' } } } },
          },
        },
        responses: {
          '201': {
            description: 'The new version, what happened to each claim (ids), and the article as GET /api/v1/articles/{id} returns it',
            content: json({ allOf: [ref('ArticleWithClaims'), { type: 'object', required: ['version', 'carryOver'], properties: { version: ref('Version'), carryOver: ref('CarryOver') } }] }),
          },
          ...errors(400, 401, 403, 404, 409, 413, 415, 422),
        },
      },
    },
    '/api/v1/articles/{id}/versions/{n}': {
      parameters: [...idParam, { name: 'n', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
      get: {
        summary: 'One version’s text, with where each claim stood in it',
        responses: { ...ok('The version', { type: 'object', properties: { version: { allOf: [ref('Version'), { type: 'object', properties: { latest: { type: 'boolean' }, body: { type: 'string' }, claims: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, spans: { type: 'array' }, status: { enum: CLAIM_STATUSES } } } } } }] } } }), ...errors(401, 403, 404, 422) },
      },
    },
    '/api/v1/articles/{id}/export': {
      parameters: [...idParam, { name: 'format', in: 'query', required: true, schema: { enum: EXPORT_FORMATS } }],
      get: { summary: 'Download an export', responses: { '200': { description: 'The file, as an attachment' }, ...errors(401, 403, 404, 422) } },
    },
    '/api/v1/claims/{id}': {
      parameters: idParam,
      get: {
        summary: 'One claim with evidence, comments and history; each history entry carries `text`, the sentence people read',
        responses: { ...ok('Claim detail', ref('ClaimDetail')), ...errors(401, 403, 404) },
      },
      patch: {
        summary: 'Change status, statement, attribution, kind, assignee or due time, with the version you saw',
        requestBody: body(versioned({ status: { enum: CLAIM_STATUSES }, statement: { type: 'string' }, attributionSource: { type: ['string', 'null'] }, assigneeId: { type: ['string', 'null'] }, dueAt: { type: ['string', 'null'], format: 'date-time' }, kind: { enum: CLAIM_KINDS } })),
        responses: { ...ok('The claim', { type: 'object', properties: { claim: ref('Claim') } }), ...errors(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    '/api/v1/claims/{id}/evidence': {
      parameters: idParam,
      post: {
        summary: 'Attach evidence (http or https links only)',
        requestBody: body({ type: 'object', required: ['url', 'title', 'stance'], properties: { url: { type: 'string', format: 'uri' }, title: { type: 'string' }, publisher: { type: 'string' }, stance: { enum: STANCES }, excerpt: { type: 'string' }, note: { type: 'string' }, archiveUrl: { type: 'string', format: 'uri' } } }),
        responses: { ...ok('The evidence and the updated claim', { type: 'object' }, '201'), ...errors(400, 401, 403, 404, 415, 422) },
      },
    },
    '/api/v1/claims/{id}/comments': {
      parameters: idParam,
      post: {
        summary: 'Comment on a claim; `mentions` are account ids picked after typing @, each notified (422 if one cannot read the article)',
        requestBody: body({ type: 'object', required: ['body'], properties: { body: { type: 'string', maxLength: 5000 }, mentions: { type: 'array', maxItems: 20, items: { type: 'string' } } } }),
        responses: { ...ok('The comment, with the people it mentions', { type: 'object' }, '201'), ...errors(400, 401, 403, 404, 415, 422) },
      },
    },
    '/api/v1/claims/{id}/split': {
      parameters: idParam,
      post: {
        summary: 'Split a claim in two at a body offset; both parts keep the reviewer, due time, status, evidence and comments, and the new part gets the next number',
        requestBody: body(versioned({ at: { type: 'integer' } }, ['at'])),
        responses: { ...ok('Both claims, and what was kept in words', { type: 'object', properties: { first: ref('Claim'), second: ref('Claim'), message: { type: 'string' } } }, '201'), ...errors(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    '/api/v1/claims/{id}/matches': {
      parameters: idParam,
      get: {
        summary: 'Checked before? Earlier claims in other articles, with a verdict, that state the same thing',
        responses: { ...ok('Matches', { type: 'object', required: ['matches'], properties: { matches: { type: 'array', items: ref('Match') }, dismissed: { type: 'integer' }, pending: { type: ['object', 'null'] } } }), ...errors(401, 403, 404) },
      },
    },
    '/api/v1/claims/{id}/matches/{matchId}': {
      parameters: [...idParam, { name: 'matchId', in: 'path', required: true, schema: { type: 'string' }, description: 'The earlier claim’s id' }],
      post: {
        summary: 'Reuse the earlier verdict (copies its evidence, sets the status, in the history) or dismiss / restore the match',
        requestBody: body({ oneOf: [
          { type: 'object', required: ['action', 'version'], properties: { action: { const: 'reuse' }, version: { type: 'integer' } } },
          { type: 'object', required: ['action'], properties: { action: { enum: ['dismiss', 'restore'] } } },
        ] }),
        responses: { ...ok('The claim, or the match’s new state'), ...errors(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    '/api/v1/claims/{id}/place': {
      parameters: idParam,
      post: {
        summary: 'Place a removed claim by hand at a passage of the latest text (editors)',
        requestBody: body(versioned({ start: { type: 'integer' }, end: { type: 'integer' } }, ['start', 'end'])),
        responses: { ...ok('The claim', { type: 'object', properties: { claim: ref('Claim') } }), ...errors(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    '/api/v1/claims/assign': {
      post: {
        summary: 'Assign or unassign several claims at once, all or nothing',
        requestBody: body({ type: 'object', required: ['claimIds', 'versions', 'assigneeId'], properties: { claimIds: { type: 'array', items: { type: 'string' } }, versions: { type: 'object', additionalProperties: { type: 'integer' } }, assigneeId: { type: ['string', 'null'] }, dueAt: { type: ['string', 'null'], format: 'date-time' } } }),
        responses: { ...ok('The claims'), ...errors(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    '/api/v1/claims/merge': {
      post: {
        summary: 'Merge duplicate claims into one, keeping the reviewer, the tightest due time and the most advanced status',
        description: 'When the claims have different verdicts or different reviewers the merge is refused with 422 and `fields` naming `keep.status` or `keep.assigneeId`; send `keep` with the choice.',
        requestBody: body({ type: 'object', required: ['targetId', 'targetVersion', 'sourceIds', 'sourceVersions'], properties: { targetId: { type: 'string' }, targetVersion: { type: 'integer' }, sourceIds: { type: 'array', items: { type: 'string' } }, sourceVersions: { type: 'object', additionalProperties: { type: 'integer' } }, keep: { type: 'object', properties: { status: { enum: CLAIM_STATUSES }, assigneeId: { type: ['string', 'null'] } } } } }),
        responses: {
          ...ok('The merged claim and what it kept', { type: 'object', properties: { claim: ref('Claim'), mergedIds: { type: 'array', items: { type: 'string' } }, kept: { type: 'object', properties: { status: { enum: CLAIM_STATUSES }, assignee: { type: ['object', 'null'] }, dueAt: { type: ['string', 'null'] }, evidence: { type: 'integer' }, comments: { type: 'integer' }, spans: { type: 'integer' } } }, message: { type: 'string' } } }),
          ...errors(400, 401, 403, 404, 409, 415, 422),
        },
      },
    },
    '/api/v1/evidence/{id}': {
      parameters: idParam,
      patch: {
        summary: 'Correct evidence (stance, title, links, excerpt, note), with the claim version you saw',
        requestBody: body(versioned({ url: { type: 'string', format: 'uri' }, title: { type: 'string' }, publisher: { type: 'string' }, stance: { enum: STANCES }, excerpt: { type: ['string', 'null'] }, note: { type: ['string', 'null'] }, archiveUrl: { type: ['string', 'null'] } })),
        responses: { ...ok('The evidence and the claim', { type: 'object', properties: { evidence: { type: 'object' }, claim: ref('Claim') } }), ...errors(400, 401, 403, 404, 409, 415, 422) },
      },
      delete: { summary: 'Remove evidence', responses: { '204': { description: 'Removed' }, ...errors(401, 403, 404) } },
    },
    '/api/v1/me/claims': {
      get: {
        summary: 'One page of the claims assigned to the caller: open first, by due time',
        parameters: pageParams,
        responses: { ...ok('The queue', { type: 'object', required: ['claims', 'nextCursor'], properties: { claims: { type: 'array' }, nextCursor: { type: ['string', 'null'] } } }), ...errors(400, 401, 422) },
      },
    },
    '/api/v1/articles/{id}/events': {
      parameters: [...idParam, { name: 'after', in: 'query', schema: { type: 'string' }, description: 'Resume after this event id on a first connect; reconnects send `Last-Event-ID` instead' }],
      get: {
        summary: 'Live changes to the article as server-sent events (`text/event-stream`)',
        description: 'Each event’s `data` is JSON with at least `{ type, claimId?, actor, at }` (`type` is the change, e.g. `claim.status_changed`, or `presence` with `people`, or `notification` for the caller). Its `id` resumes the stream via `Last-Event-ID`; missed changes are replayed from the audit log. Streams per account are bounded (a new one past the bound closes the account’s oldest, with a final `closed` event) and close when the account signs out or is disabled.',
        responses: { '200': { description: 'The event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...errors(401, 403, 404) },
      },
    },
    '/api/v1/articles/{id}/mentionable': {
      parameters: [...idParam, { name: 'q', in: 'query', schema: { type: 'string' } }],
      get: { summary: 'People who can be @mentioned on this article (those who can read it), by name', responses: { ...ok('People', { type: 'object', properties: { people: { type: 'array', items: { type: 'object' } } } }), ...errors(401, 403) } },
    },
    '/api/v1/me/events': {
      parameters: [{ name: 'after', in: 'query', schema: { type: 'string' } }],
      get: {
        summary: 'The caller’s live stream: notifications, and changes to claims assigned to them (server-sent events)',
        responses: { '200': { description: 'The event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...errors(401) },
      },
    },
    '/api/v1/me/summary': {
      get: { summary: 'The header’s counts for the caller: unread notifications, open and overdue claims', responses: { ...ok('Counts', { type: 'object', properties: { unreadNotifications: { type: 'integer' }, openClaims: { type: 'integer' }, overdueClaims: { type: 'integer' } } }), ...errors(401) } },
    },
    '/api/v1/me/notifications': {
      get: {
        summary: 'The caller’s notifications, newest first',
        parameters: [{ name: 'unread', in: 'query', schema: { enum: ['0', '1'] } }, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200 } }, { name: 'cursor', in: 'query', schema: { type: 'string' } }],
        responses: { ...ok('Notifications', ref('NotificationList')), ...errors(401, 422) },
      },
    },
    '/api/v1/me/notifications/read': {
      post: {
        summary: 'Mark notifications read: `{ ids }` or `{ all: true }`',
        requestBody: body({ oneOf: [{ type: 'object', required: ['ids'], properties: { ids: { type: 'array', items: { type: 'string' } } } }, { type: 'object', required: ['all'], properties: { all: { const: true } } }] }),
        responses: { ...ok('How many were marked, and the unread count', { type: 'object', properties: { marked: { type: 'integer' }, unread: { type: 'integer' } } }), ...errors(400, 401, 415, 422) },
      },
    },
    '/api/v1/me/notification-settings': {
      get: { summary: 'Which notifications also come by email, and whether email is paused', responses: { ...ok('Settings', ref('EmailChoices')), ...errors(401) } },
      put: { summary: 'Choose which notifications also come by email (none by default), or pause email', requestBody: body(ref('EmailChoices')), responses: { ...ok('Settings', ref('EmailChoices')), ...errors(400, 401, 415, 422) } },
    },
    '/api/v1/webhooks': {
      get: { summary: 'Registered webhook endpoints (admins); secrets are never returned', responses: { ...ok('Endpoints', { type: 'object', properties: { webhooks: { type: 'array', items: ref('Webhook') } } }), ...errors(401, 403) } },
      post: {
        summary: 'Register an endpoint (admins). Deliveries are JSON POSTs with `X-Claimdesk-Event`, `X-Claimdesk-Delivery` (the idempotency key) and `X-Claimdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`',
        requestBody: body({ type: 'object', required: ['url', 'events', 'secret'], properties: { url: { type: 'string', format: 'uri' }, events: { type: 'array', items: { enum: [ALL_EVENTS, ...WEBHOOK_EVENTS] } }, secret: { type: 'string', minLength: 16 }, format: { enum: WEBHOOK_FORMATS } } }),
        responses: { ...ok('The endpoint', { type: 'object', properties: { webhook: ref('Webhook') } }, '201'), ...errors(400, 401, 403, 415, 422) },
      },
      delete: { summary: 'Remove an endpoint by `?id=` (admins)', parameters: [{ name: 'id', in: 'query', required: true, schema: { type: 'string' } }], responses: { '204': { description: 'Removed' }, ...errors(400, 401, 403, 404) } },
    },
    '/api/v1/webhooks/{id}': { parameters: idParam, delete: { summary: 'Remove an endpoint (admins); its deliveries stay in the log', responses: { '204': { description: 'Removed' }, ...errors(401, 403, 404) } } },
    '/api/v1/webhooks/{id}/test': { parameters: idParam, post: { summary: 'Queue a signed `webhook.test` delivery to the endpoint (admins)', responses: { ...ok('Queued', { type: 'object', properties: { deliveryId: { type: 'string' } } }, '202'), ...errors(401, 403, 404) } } },
    '/api/v1/deliveries': {
      get: {
        summary: 'The delivery log of email and webhooks, newest first, with every try (admins)',
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }, { name: 'webhookId', in: 'query', schema: { type: 'string' } }, { name: 'channel', in: 'query', schema: { enum: ['email', 'webhook'] } }],
        responses: { ...ok('Deliveries'), ...errors(401, 403, 422) },
      },
    },
    '/api/v1/deliveries/{id}/retry': { parameters: idParam, post: { summary: 'Try a failed or waiting delivery again now (admins)', responses: { ...ok('Queued', { type: 'object' }, '202'), ...errors(401, 403, 404, 409) } } },
    '/api/v1/mail/test': { post: { summary: 'Send a test email to the calling admin (admins); 422 when email is not set up', responses: { ...ok('Queued', { type: 'object', properties: { deliveryId: { type: 'string' } } }, '202'), ...errors(401, 403, 422) } } },
    '/api/v1/me/password': {
      post: {
        summary: 'Change your own password; every session and API token of the account ends',
        requestBody: body({ type: 'object', required: ['currentPassword', 'newPassword'], properties: { currentPassword: { type: 'string' }, newPassword: { type: 'string' } } }),
        responses: { ...ok('Sessions and tokens ended', { type: 'object', properties: { sessionsEnded: { type: 'integer' }, tokensRevoked: { type: 'integer' } } }), ...errors(400, 401, 403, 413, 415, 422) },
      },
    },
    '/api/v1/me/sessions': {
      delete: { summary: 'Sign out everywhere: end every session and API token of your account', responses: { ...ok('Sessions and tokens ended'), ...errors(401, 403) } },
    },
    '/api/v1/search': {
      get: {
        summary: 'Search claims, articles and evidence across the archive by words, names and figures, newest first',
        parameters: [
          query('q', { type: 'string', maxLength: 200 }, 'Words, names or figures; every term must match; "1,582" finds "1582"'),
          query('type', { enum: ['article', 'claim', 'evidence'] }),
          query('status', { enum: CLAIM_STATUSES }),
          query('reviewer', { type: 'string' }, 'A person id: claims assigned to them'),
          query('from', { type: 'string', format: 'date' }), query('to', { type: 'string', format: 'date' }),
          query('limit', { type: 'integer', minimum: 1, maximum: 50, default: 20 }),
          query('cursor', { type: 'string' }),
        ],
        responses: { ...ok('Results', { type: 'object', required: ['results', 'nextCursor'], properties: { results: { type: 'array', items: ref('SearchResult') }, nextCursor: { type: ['string', 'null'] }, partial: { type: 'boolean', description: 'With filters a page looks through at most 10,000 matches; true when it stopped there before filling up (follow nextCursor to look further)' } } }), ...errors(400, 401, 403, 422) },
      },
    },
    '/api/v1/users': {
      get: { summary: 'People a claim can be assigned to', parameters: [{ name: 'role', in: 'query', schema: { enum: ROLES } }], responses: { ...ok('People'), ...errors(401, 403, 422) } },
      post: { summary: 'Create an account (admins)', requestBody: body({ type: 'object', required: ['email', 'name', 'role', 'password'] }), responses: { ...ok('The account', { type: 'object' }, '201'), ...errors(400, 401, 403, 409, 415, 422) } },
    },
    '/api/v1/users/{id}': {
      parameters: idParam,
      patch: { summary: 'Disable or enable an account, or change its role (admins); disabling ends its sessions and tokens', requestBody: body({ type: 'object', properties: { disabled: { type: 'boolean' }, role: { enum: ROLES } } }), responses: { ...ok('The account'), ...errors(400, 401, 403, 404, 415, 422) } },
    },
    '/api/v1/users/{id}/password': {
      parameters: idParam,
      post: { summary: 'Reset an account’s password (admins); its sessions and tokens end', requestBody: body({ type: 'object', required: ['password'], properties: { password: { type: 'string' } } }), responses: { ...ok('Sessions and tokens ended'), ...errors(400, 401, 403, 404, 413, 415, 422) } },
    },
    '/api/v1/users/{id}/sessions': {
      parameters: idParam,
      delete: { summary: 'Sign an account out everywhere (admins): every session and API token ends', responses: { ...ok('Sessions and tokens ended'), ...errors(401, 403, 404) } },
    },
    '/api/v1/tokens': {
      get: { summary: 'API tokens (admins)', responses: { ...ok('Tokens'), ...errors(401, 403) } },
      post: { summary: 'Create an API token; it is in this response only', requestBody: body({ type: 'object', required: ['email', 'name'] }), responses: { ...ok('The token', { type: 'object' }, '201'), ...errors(400, 401, 403, 404, 415, 422) } },
    },
    '/api/v1/tokens/{id}': { parameters: idParam, delete: { summary: 'Revoke a token (admins)', responses: { '204': { description: 'Revoked' }, ...errors(401, 403, 404) } } },
    '/api/v1/openapi.json': { get: { summary: 'This document', responses: { ...ok('OpenAPI 3.1'), ...errors(401) } } },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, session: { type: 'apiKey', in: 'cookie', name: 'authjs.session-token' } },
    responses: Object.fromEntries(Object.entries(ERROR_TEXT).map(([code, description]) => [`E${code}`, { description, content: json(ref('Error')) }])),
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, fields: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } }, current: ref('Claim') } } } },
      Claim: {
        type: 'object',
        required: ['id', 'number', 'start', 'end', 'quote', 'statement', 'status', 'version'],
        properties: {
          id: { type: 'string' }, number: { type: 'integer', description: 'The claim number in its article: given once, never changed or reused' }, start: { type: ['integer', 'null'], description: 'null when the claim is removed' }, end: { type: ['integer', 'null'] }, quote: { type: 'string' }, prefix: { type: 'string' }, suffix: { type: 'string' },
          anchor: { enum: CLAIM_ANCHORS, description: '`current`; `edited` (its words changed since it was checked: `previousText`); `removed` (its passage is gone: `lastSeenInVersion`)' },
          previousText: { type: ['string', 'null'] }, lastSeenInVersion: { type: ['integer', 'null'] },
          needsRecheck: { type: 'boolean', description: 'Its text changed after a reviewer worked on it; cleared when someone sets a status again' },
          statement: { type: 'string' }, attribution: { type: ['string', 'null'] }, kind: { enum: CLAIM_KINDS }, score: { type: 'number' }, reasons: { type: 'array', items: { type: 'string' }, description: 'A few words on why the claim scored high ("a figure", "a named source", "a date")' }, status: { enum: CLAIM_STATUSES },
          assignee: { type: ['object', 'null'] }, dueAt: { type: ['string', 'null'] }, version: { type: 'integer' }, spans: { type: 'array' }, evidenceCount: { type: 'integer' },
          stances: { type: 'object', properties: { supports: { type: 'integer' }, contradicts: { type: 'integer' }, context: { type: 'integer' } } },
          supportingPublishers: { type: 'integer' }, commentCount: { type: 'integer' }, suggestedStatus: { type: ['string', 'null'] }, warning: { type: ['string', 'null'] },
          evidence: { type: 'array', description: 'Only with ?include=evidence on an article', items: { type: 'object' } },
        },
      },
      Notification: {
        type: 'object',
        required: ['id', 'type', 'articleId', 'claimId', 'actor', 'createdAt', 'readAt', 'text'],
        properties: {
          id: { type: 'string' }, type: { enum: NOTIFICATION_TYPES }, articleId: { type: ['string', 'null'] }, articleTitle: { type: ['string', 'null'] }, claimId: { type: ['string', 'null'] },
          actor: { type: ['object', 'null'], properties: { id: { type: 'string' }, name: { type: 'string' } } }, createdAt: { type: 'string', format: 'date-time' }, readAt: { type: ['string', 'null'], format: 'date-time' }, text: { type: 'string' },
        },
      },
      NotificationList: { type: 'object', required: ['notifications'], properties: { notifications: { type: 'array', items: ref('Notification') }, nextCursor: { type: ['string', 'null'] }, unread: { type: 'integer' } } },
      EmailChoices: { type: 'object', required: ['emailTypes', 'emailPaused'], properties: { emailTypes: { type: 'array', items: { enum: NOTIFICATION_TYPES } }, emailPaused: { type: 'boolean' }, mailConfigured: { type: 'boolean', readOnly: true } } },
      Webhook: { type: 'object', properties: { id: { type: 'string' }, url: { type: 'string' }, events: { type: 'array', items: { type: 'string' } }, format: { enum: WEBHOOK_FORMATS }, secretHint: { type: 'string' }, createdAt: { type: 'string', format: 'date-time' } } },
      ClaimDetail: {
        type: 'object',
        required: ['claim', 'evidence', 'comments', 'history'],
        properties: {
          claim: ref('Claim'), warning: { type: ['string', 'null'] }, evidence: { type: 'array', items: { type: 'object' } }, comments: { type: 'array', items: { type: 'object' } },
          history: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'text', 'action', 'createdAt'],
              properties: {
                id: { type: 'string' }, text: { type: 'string', description: 'The change as a sentence: "Dana Editor merged claim 2 (…) into this claim, 12 Mar 2026, 14:05 UTC"' },
                action: { type: 'string' }, actor: { type: ['object', 'null'] }, before: { type: ['object', 'null'] }, after: { type: ['object', 'null'] }, createdAt: { type: 'string', format: 'date-time' },
              },
            },
          },
        },
      },
      SearchResult: {
        type: 'object',
        required: ['type', 'id', 'articleId', 'title', 'snippet', 'highlights', 'status'],
        properties: {
          type: { enum: ['article', 'claim', 'evidence'] }, id: { type: 'string' }, articleId: { type: 'string' }, claimId: { type: ['string', 'null'] },
          title: { type: 'string' }, titleHighlights: { type: 'array', items: { type: 'array', items: { type: 'integer' } } }, articleTitle: { type: 'string' }, snippet: { type: 'string' },
          highlights: { type: 'array', items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 }, description: '[start, end) offsets in snippet' },
          status: { enum: [...CLAIM_STATUSES, null] }, url: { type: 'string', description: 'Where the result opens: the claim in its article' },
        },
      },
      Match: {
        type: 'object',
        required: ['claimId', 'articleId', 'articleTitle', 'status', 'checkedAt', 'evidenceCount', 'score'],
        properties: {
          claimId: { type: 'string' }, articleId: { type: 'string' }, articleTitle: { type: 'string' }, statement: { type: 'string' }, status: { enum: CLAIM_STATUSES },
          checkedAt: { type: 'string', format: 'date-time' }, evidenceCount: { type: 'integer' }, score: { type: 'number' }, state: { enum: ['suggested', 'reused'] },
        },
      },
      Article: {
        type: 'object',
        properties: {
          body: { type: 'string', description: 'Canonical plain text; every offset counts UTF-16 code units into it.' },
          links: {
            type: 'array',
            description: 'Link targets of the imported original (http and https only), as offsets into the body.',
            items: { type: 'object', required: ['start', 'end', 'url'], properties: { start: { type: 'integer' }, end: { type: 'integer' }, url: { type: 'string', format: 'uri' } } },
          },
          importNotes: { type: 'array', items: { type: 'string' }, description: 'What the import asks the editor to check (a short article, hidden text, a doubtful encoding).' },
        },
      },
      Version: {
        type: 'object',
        required: ['number', 'createdAt', 'importedBy'],
        properties: { number: { type: 'integer' }, createdAt: { type: 'string', format: 'date-time' }, importedBy: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } }, format: { type: 'string' }, fileName: { type: ['string', 'null'] }, sourceUrl: { type: ['string', 'null'] }, carryOver: { oneOf: [ref('CarryOver'), { type: 'null' }] } },
      },
      CarryOver: {
        type: 'object',
        description: 'Claim ids by what the version import did to them',
        required: ['unchanged', 'edited', 'removed', 'added'],
        properties: Object.fromEntries(['unchanged', 'edited', 'removed', 'added'].map((k) => [k, { type: 'array', items: { type: 'string' } }])),
      },
      ArticleWithClaims: { type: 'object', required: ['article', 'claims'], properties: { article: ref('Article'), claims: { type: 'array', items: ref('Claim') } } },
    },
  },
} as const;
