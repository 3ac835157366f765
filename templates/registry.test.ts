import { describe, expect, it } from 'vitest';
import { demoCases } from './demo-data';
import type { DocumentType } from './document-type';
import { generalLetter } from './general-letter';
import { createRegistry, documentTypes, documentTypesFor, findDocumentType } from './registry';
import { renderDocx } from './render/docx';
import { letterText, renderHtml } from './render/html';
import { htmlLines } from './render/testing';

describe('T-registry: the document types', () => {
  it('rejects a key that is registered twice', () => {
    const copy: DocumentType = { ...generalLetter, name: 'Kopie' };
    expect(() => createRegistry([generalLetter, copy])).toThrow(/general-letter/);
  });

  it('has unique keys in the registry as loaded', () => {
    const keys = documentTypes.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('finds a type by key and offers "*" types in every dossier kind', () => {
    expect(findDocumentType('general-letter')?.name).toBe('Algemene brief');
    expect(findDocumentType('does-not-exist')).toBeUndefined();
    expect(documentTypesFor('complaint').map((t) => t.key)).toContain('general-letter');
    expect(documentTypesFor('membership').map((t) => t.key)).toContain('general-letter');
  });

  it.each(documentTypes.map((t) => [t.key, t] as const))('%s has demo data that validates, builds and renders', async (key, type) => {
    const cases = demoCases[key] ?? [];
    expect(cases.length).toBeGreaterThan(0);
    for (const demo of cases) {
      const model = type.build(type.data.parse(demo.data), demo.context);
      expect((await renderDocx(model)).length).toBeGreaterThan(1000);
      expect(htmlLines(renderHtml(model)).join('\n')).toBe(letterText(model));
    }
  });
});
