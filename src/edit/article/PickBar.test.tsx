// @vitest-environment happy-dom
/**
 * The picked-words bar redraws on its own, not with the article: what it offers must still follow
 * the document (a relation accepted, then undone) while the same words stay picked.
 */
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { draft, spanOf } from '../doc/test-draft.ts';
import type { DraftGraph } from '../doc/index.ts';
import { renderInEditor } from '../test-render.tsx';
import { PickBar } from './PickBar.tsx';

afterEach(cleanup);

/** The test draft with every relation still a suggestion: nothing to add evidence to yet. */
function onlySuggestions(): DraftGraph {
  const g = draft();
  return {
    ...g,
    relations: g.relations.map((r) => ({
      ...r,
      suggestion: { by: 'test', confidence: 0.9, triggers: [] },
    })),
  } as DraftGraph;
}

describe('the picked-words bar', () => {
  it('offers "Add as evidence" once a suggestion is accepted, and not after Undo', () => {
    const words = 'المشتبه بهم';
    const sentences = [{ start: 0, end: 10_000 }];
    const { store, view } = renderInEditor(<PickBar sentences={sentences} />, {
      doc: { graph: onlySuggestions(), rejected: [] },
    });
    act(() => view.getState().setPick({ ...spanOf(words), text: words }));
    expect(screen.getByTestId('picked-text').textContent).toBe(words);
    expect(screen.queryByTestId('add-evidence')).toBeNull();

    act(() => store.getState().acceptSuggestion('ru-tj-accusation'));
    expect(screen.getByTestId('add-evidence').textContent).toBe('Add as evidence to…');

    act(() => store.getState().undo());
    expect(screen.queryByTestId('add-evidence')).toBeNull();
    expect(screen.getByTestId('picked-text').textContent).toBe(words);
  });
});
