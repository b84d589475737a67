// @vitest-environment happy-dom
/** The embed listening to its host page: validated commands, the host's only, a flood coalesced. */
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexGraph } from '../model/graph.ts';
import { testGraphFile } from '../model/test-graph.ts';
import { AppStoreProvider, useAppStoreApi } from '../store/context.tsx';
import type { AppStore } from '../store/store.ts';
import { HostBridge } from './HostBridge.tsx';

const graph = indexGraph(testGraphFile());
const host = { postMessage: () => {} } as unknown as Window;

/** Mounts the bridge in an app of its own and hands back that app's store. */
function mount(): AppStore {
  let store: AppStore | undefined;
  const Grab = () => ((store = useAppStoreApi()), null);
  render(
    <AppStoreProvider graph={graph}>
      <HostBridge />
      <Grab />
    </AppStoreProvider>,
  );
  return store!;
}

const fromHost = (data: unknown, source: unknown = host) =>
  window.dispatchEvent(new MessageEvent('message', { data, source: source as Window }));
const nextFrame = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

beforeEach(() => {
  vi.spyOn(window, 'parent', 'get').mockReturnValue(host);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the embed’s host bridge', () => {
  it('applies a select from the host page in the next frame', async () => {
    const store = mount();
    fromHost({ type: 'faultlines:select', relation: 'ru-tj-alliance', lang: 'ar', tension: '-2' });
    await nextFrame();
    const s = store.getState();
    expect(s.selection).toEqual({ type: 'relation', id: 'ru-tj-alliance' });
    expect(s.lang).toBe('ar');
    expect(s.filters.tensions).toEqual([-2]);
  });

  it('ignores malformed messages and messages from anyone but the host', async () => {
    const store = mount();
    fromHost({ type: 'faultlines:select', actor: 7 });
    fromHost({ type: 'faultlines:select', actor: 'russia' }, window);
    fromHost({ type: 'other', actor: 'russia' });
    await nextFrame();
    expect(store.getState().selection).toBeNull();
  });

  it('coalesces a flood into one update per frame, the last word winning', async () => {
    const store = mount();
    let updates = 0;
    store.subscribe(() => updates++);
    for (let i = 0; i < 2000; i++)
      fromHost({ type: 'faultlines:select', actor: i % 2 ? 'russia' : 'csto' });
    fromHost({ type: 'faultlines:select', actor: 'tajikistan', tension: '1..2' });
    expect(updates).toBe(0); // nothing applied inside the flood
    await nextFrame();
    // One command applied: its tension filter and its selection (two store writes), not 2,001.
    expect(updates).toBeLessThanOrEqual(2);
    expect(store.getState().selection).toEqual({ type: 'actor', id: 'tajikistan' });
    expect(store.getState().filters.tensions).toEqual([1, 2]);
  });
});
