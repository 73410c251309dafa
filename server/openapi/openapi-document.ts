import { z } from '../../utils/zod';
import {
  rejectionSchema,
  signalStatusEntrySchema,
  signalStatusResponseSchema,
  signalSubmissionSchema,
} from '../../utils/schemas/signal';
import { signalStatusQuerySchema } from '../../utils/schemas/signal-status-query';
import {
  exportQuerySchema,
  mergeRequestSchema,
  mergeResponseSchema,
  signalGroupListResponseSchema,
  signalGroupQuerySchema,
  signalGroupSchema,
  signalListQuerySchema,
  signalListResponseSchema,
  statusUpdateResponseSchema,
  statusUpdateSchema,
  triageSignalSchema,
} from '../../utils/schemas/triage';

type JsonSchema = Record<string, unknown>;

const REQUESTS = {
  SignalSubmission: signalSubmissionSchema,
  StatusUpdate: statusUpdateSchema,
  MergeRequest: mergeRequestSchema,
} as const;

const RESPONSES = {
  Rejection: rejectionSchema,
  SignalStatusEntry: signalStatusEntrySchema,
  SignalStatusResponse: signalStatusResponseSchema,
  TriageSignal: triageSignalSchema,
  SignalListResponse: signalListResponseSchema,
  SignalGroup: signalGroupSchema,
  SignalGroupListResponse: signalGroupListResponseSchema,
  MergeResponse: mergeResponseSchema,
  StatusUpdateResponse: statusUpdateResponseSchema,
} as const;

/** Component schemas straight from the zod contract: requests as accepted, responses as sent. */
function components(schemas: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    uri: (id) => `#/components/schemas/${id}`,
  }).schemas as Record<string, JsonSchema>;
  // A component is not a standalone document: drop the per-schema $schema and $id.
  return Object.fromEntries(
    Object.entries(generated).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [id, schema]),
  );
}

/** Query parameters from a zod object schema (with query-string coercions shown as their input). */
function queryParameters(schema: z.ZodType): JsonSchema[] {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as {
    properties: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

const ref = (id: keyof typeof REQUESTS | keyof typeof RESPONSES) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: keyof typeof REQUESTS | keyof typeof RESPONSES) => ({ 'application/json': { schema: ref(id) } });
const answer = (description: string, id: keyof typeof RESPONSES = 'Rejection') => ({ description, content: json(id) });

const AUTH_ERRORS = {
  '401': answer('Geen of onbekend token.'),
  '403': answer('Het token heeft niet de benodigde scope.'),
  '429': {
    ...answer('Te veel verzoeken met dit token; probeer het na Retry-After seconden opnieuw.'),
    headers: { 'Retry-After': { schema: { type: 'integer' } } },
  },
};

const pathParameter = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

/** The OpenAPI 3.1 description served at `GET /openapi.json`. */
export function buildOpenApiDocument(): JsonSchema {
  const triage = [{ bearer: [] }];
  return {
    openapi: '3.1.0',
    info: {
      title: 'Komma-signaleninbox',
      version: '1',
      description:
        'Ontvangt signalen uit Komma en laat signaleringsconsulenten ze groeperen, beantwoorden en exporteren voor beleid.',
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Token uit tokens.json (scope submit of triage).' },
      },
      schemas: { ...components(REQUESTS, 'input'), ...components(RESPONSES, 'output') },
    },
    security: triage,
    paths: {
      '/signals': {
        post: {
          summary: 'Een signaal indienen (idempotent op Idempotency-Key)',
          parameters: [
            { name: 'Idempotency-Key', in: 'header', required: true, description: 'Gelijk aan het id in de body.', schema: { type: 'string', format: 'uuid' } },
          ],
          requestBody: { required: true, content: json('SignalSubmission') },
          responses: {
            '201': answer('Opgeslagen op schijf.', 'SignalStatusEntry'),
            '200': answer('Dit id was al ontvangen met dezelfde inhoud; niets nieuws opgeslagen.', 'SignalStatusEntry'),
            '400': answer('Afgewezen: ongeldige JSON, ongeldige velden, een BSN of IBAN in de tekst, of Idempotency-Key klopt niet.'),
            '413': answer('Body groter dan 64 KB.'),
            '415': answer('Content-Type is geen application/json.'),
            '422': answer('Dit id is al gebruikt voor een signaal met een andere inhoud.'),
            ...AUTH_ERRORS,
          },
        },
      },
      '/signals/status': {
        get: {
          summary: 'Status en antwoord van eigen signalen',
          parameters: queryParameters(signalStatusQuerySchema),
          responses: { '200': answer('Alleen signalen die met deze submitterKey zijn ingediend.', 'SignalStatusResponse'), '400': answer('Ongeldige query.'), ...AUTH_ERRORS },
        },
      },
      '/triage/signals': {
        get: {
          summary: 'Signalen zoeken en filteren (triage)',
          parameters: queryParameters(signalListQuerySchema),
          responses: { '200': answer('Gevonden signalen, nieuwste eerst.', 'SignalListResponse'), '400': answer('Ongeldige query.'), '404': answer('Groep bestaat niet (meer).'), ...AUTH_ERRORS },
        },
      },
      '/triage/signals/{id}': {
        patch: {
          summary: 'Status, antwoord en kennisartikel van één signaal zetten',
          parameters: [pathParameter('id', 'Id van het signaal.')],
          requestBody: { required: true, content: json('StatusUpdate') },
          responses: { '200': answer('Bijgewerkt.', 'StatusUpdateResponse'), '400': answer('Ongeldig verzoek.'), '404': answer('Signaal bestaat niet.'), ...AUTH_ERRORS },
        },
      },
      '/triage/groups': {
        get: {
          summary: 'Groepen van vergelijkbare signalen met aantal, eerste en laatste melding en trend',
          parameters: queryParameters(signalGroupQuerySchema),
          responses: { '200': answer('Drukste groepen eerst.', 'SignalGroupListResponse'), '400': answer('Ongeldige query.'), ...AUTH_ERRORS },
        },
      },
      '/triage/groups/merge': {
        post: {
          summary: 'Signalen samenvoegen in een groep',
          requestBody: { required: true, content: json('MergeRequest') },
          responses: { '200': answer('De groep na het samenvoegen.', 'MergeResponse'), '400': answer('Ongeldig verzoek.'), '404': answer('Groep of signaal bestaat niet (meer).'), ...AUTH_ERRORS },
        },
      },
      '/triage/groups/{key}': {
        patch: {
          summary: 'Status en antwoord zetten voor alle signalen van een groep',
          parameters: [pathParameter('key', 'Groepsleutel uit GET /triage/groups.')],
          requestBody: { required: true, content: json('StatusUpdate') },
          responses: { '200': answer('Bijgewerkt.', 'StatusUpdateResponse'), '400': answer('Ongeldig verzoek.'), '404': answer('Groep bestaat niet (meer).'), ...AUTH_ERRORS },
        },
      },
      '/triage/groups/{key}/signals/{id}': {
        delete: {
          summary: 'Een signaal uit een samengevoegde groep halen',
          parameters: [pathParameter('key', 'Sleutel van een samengevoegde groep (merged-…).'), pathParameter('id', 'Id van het signaal.')],
          responses: { '204': { description: 'Uit de groep gehaald.' }, '400': answer('Ongeldig verzoek.'), '404': answer('Signaal zit niet in deze groep.'), ...AUTH_ERRORS },
        },
      },
      '/triage/export': {
        get: {
          summary: 'Een groep of selectie exporteren voor de beleidsadviseur',
          parameters: queryParameters(exportQuerySchema),
          responses: {
            '200': {
              description: 'Markdown of CSV (puntkomma, UTF-8 met BOM, formules onschadelijk gemaakt).',
              content: { 'text/markdown': { schema: { type: 'string' } }, 'text/csv': { schema: { type: 'string' } } },
            },
            '400': answer('Ongeldige query.'),
            '404': answer('Groep of signalen bestaan niet.'),
            ...AUTH_ERRORS,
          },
        },
      },
      '/openapi.json': {
        get: { summary: 'Deze beschrijving', security: [], responses: { '200': { description: 'OpenAPI 3.1-document.' } } },
      },
    },
  };
}
