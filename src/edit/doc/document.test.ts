import { describe, expect, it } from 'vitest';
import { backupReminder } from '../storage/backup.ts';
import {
  countDocument,
  emptyDocument,
  readDraftGraph,
  readStoredDocument,
  toStored,
} from './document.ts';
import { draft } from './test-draft.ts';

describe('documents in and out of storage', () => {
  it('reads back what it stored, unknown fields and all', () => {
    const doc = { graph: draft(), rejected: [] };
    const back = readStoredDocument(structuredClone(toStored(doc)));
    expect(back).toEqual({ ok: true, value: doc });
  });

  it('fills what is absent, refuses what is there with the wrong type, never repairs it', () => {
    const filled = readDraftGraph({ id: 'x', format: 'faultlines/1' });
    expect(filled.ok && filled.value).toMatchObject({
      format: 'faultlines/3',
      title: { en: '', ar: '' },
      sources: [],
      actors: [],
      relations: [],
    });
    expect(readDraftGraph({ actors: 'not a list' })).toEqual({
      ok: false,
      reason: 'actors is not a list',
    });
    expect(readDraftGraph({ relations: [{ id: 'r', source: 'a', target: 'b' }] })).toMatchObject({
      ok: false,
    });
    expect(readDraftGraph({ actors: [{ id: 'a', name: 'Russia' }] })).toMatchObject({ ok: false });
    expect(readStoredDocument({ kind: 'faultlines-draft', version: 99, graph: {} })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('newer'),
    });
    expect(readStoredDocument('text')).toMatchObject({ ok: false });
  });

  it('counts suggestions apart from relations', () => {
    const g = draft();
    const suggested = {
      ...g,
      relations: [
        ...g.relations,
        { ...g.relations[0]!, id: 's', suggestion: { by: 't', confidence: 1, triggers: [] } },
      ],
    };
    expect(countDocument(suggested)).toEqual({
      sources: 1,
      actors: 3,
      relations: 2,
      suggestions: 1,
    });
    expect(countDocument(emptyDocument().graph).relations).toBe(0);
  });

  it('reminds to download after enough saved changes', () => {
    expect(backupReminder({ changesSinceDownload: 19 }).due).toBe(false);
    expect(backupReminder({ changesSinceDownload: 20, downloadedAt: 5 })).toEqual({
      due: true,
      changes: 20,
      downloadedAt: 5,
    });
  });
});
