// @vitest-environment happy-dom
/** The download bar's data exports, clicked as a reader clicks them, in the reader's language. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18n.ts';
import { TranslationProvider } from '../i18n/react.tsx';
import { indexGraph } from '../model/graph.ts';
import type { Language } from '../model/vocabulary.ts';
import { testGraphFile } from '../model/test-graph.ts';
import { AppStoreProvider } from '../store/context.tsx';
import { ExportBar } from './ExportBar.tsx';

const graph = indexGraph(testGraphFile());
const noScene = { scene: () => ({ nodes: [], edges: [], width: 0, height: 0 }) } as never;

/** Clicks a download button and reads the file the browser was handed. */
async function downloaded(testId: string): Promise<string> {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await act(async () => fireEvent.click(screen.getByTestId(testId)));
  expect(blobs).toHaveLength(1);
  return blobs[0]!.text();
}

function renderBar(lang: Language) {
  render(
    <AppStoreProvider graph={graph} search={`?lang=${lang}`}>
      <TranslationProvider i18n={createI18n(lang)} lang={lang}>
        <ExportBar canvas={noScene} />
      </TranslationProvider>
    </AppStoreProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the CSV download', () => {
  it('is written in the reader’s language: Arabic names and summaries in Arabic', async () => {
    renderBar('ar');
    const csv = await downloaded('export-csv');
    const firstRow = csv.split('\r\n')[1]!;
    expect(firstRow).toContain('روسيا,accusation,طاجيكستان');
    expect(firstRow).toContain('روسيا تتهم');
    expect(csv).not.toContain('Russia blames');
  });

  it('and in English for an English reader', async () => {
    renderBar('en');
    const csv = await downloaded('export-csv');
    expect(csv.split('\r\n')[1]).toContain('Russia,accusation,Tajikistan');
  });
});
