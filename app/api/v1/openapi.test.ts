// The OpenAPI document and the route files must describe the same API.
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@/lib/api/openapi';
import { routeFiles } from './_test/api-harness';

const METHODS = ['GET', 'POST', 'PATCH', 'DELETE', 'PUT'] as const;

describe('the OpenAPI document', () => {
  it('lists exactly the routes and methods the app serves', async () => {
    const served: string[] = [];
    for (const { file, pattern } of routeFiles()) {
      const mod = await import(/* @vite-ignore */ file);
      for (const m of METHODS) if (typeof mod[m] === 'function') served.push(`${m} ${pattern.replace(/\[(\w+)\]/g, '{$1}')}`);
    }
    const documented = Object.entries(openApiDocument.paths).flatMap(([path, item]) =>
      Object.keys(item).filter((k) => METHODS.includes(k.toUpperCase() as never)).map((k) => `${k.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(served.sort());
  });

  it('documents 401 on every operation and points every $ref at something that exists', () => {
    const text = JSON.stringify(openApiDocument);
    for (const [, item] of Object.entries(openApiDocument.paths)) {
      for (const [key, op] of Object.entries(item)) {
        if (key === 'parameters') continue;
        expect(Object.keys((op as { responses: object }).responses)).toContain('401');
      }
    }
    for (const [, kind, name] of text.matchAll(/"#\/components\/(\w+)\/(\w+)"/g)) {
      expect((openApiDocument.components as Record<string, Record<string, unknown>>)[kind!]![name!], `${kind}/${name}`).toBeDefined();
    }
    expect(openApiDocument.openapi).toBe('3.1.0');
  });
});
