// @vitest-environment happy-dom
/**
 * The problems list follows the document a frame behind it (outside React, so that the frame of an
 * edit is not spent redrawing it): after that frame it shows the draft as it now is.
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { draft } from '../doc/test-draft.ts';
import { renderInEditor } from '../test-render.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';

afterEach(cleanup);

const paths = () =>
  screen.queryAllByTestId('problem').map((p) => p.querySelector('code')!.textContent);

describe('the problems list', () => {
  it('shows a problem an edit makes, and its end when the edit is undone', async () => {
    const { store } = renderInEditor(<ProblemsPanel />, { doc: { graph: draft(), rejected: [] } });
    const before = paths();
    act(() => store.getState().updateActor('russia', { name: { en: '', ar: '' } }));
    await waitFor(() => expect(paths().length).toBeGreaterThan(before.length));
    expect(paths().some((p) => p?.startsWith('actors[0].name'))).toBe(true);
    act(() => store.getState().undo());
    await waitFor(() => expect(paths()).toEqual(before));
  });
});
