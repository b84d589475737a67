// @vitest-environment happy-dom
/** Removing a relation's quotes from the list of relations, in both languages. */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { draft } from '../doc/test-draft.ts';
import { renderInEditor } from '../test-render.tsx';
import { RelationsList } from './RelationsList.tsx';

afterEach(cleanup);

const rowOf = (kind: RegExp) =>
  screen.getAllByTestId('relation-row').find((r) => kind.test(r.textContent ?? ''))!;

describe('removing evidence', () => {
  it('removes one quote of several at once, as one undo step', () => {
    const { store } = renderInEditor(<RelationsList />, { doc: { graph: draft(), rejected: [] } });
    const row = rowOf(/accusation/);
    expect(within(row).getAllByTestId('quote-row')).toHaveLength(2);
    fireEvent.click(within(row).getAllByTestId('remove-quote')[1]!);
    const r = store.getState().graph.relations.find((x) => x.id === 'ru-tj-accusation')!;
    expect(r.evidence.map((e) => e.quote)).toEqual([
      'قالت روسيا يوم السبت إن المشتبه بهم جاءوا من طاجيكستان.',
    ]);
    store.getState().undo();
    expect(
      store.getState().graph.relations.find((x) => x.id === 'ru-tj-accusation')!.evidence,
    ).toHaveLength(2);
  });

  it('asks before the last quote goes, saying the relation goes with it (Arabic)', () => {
    const { store } = renderInEditor(<RelationsList />, {
      lang: 'ar',
      doc: { graph: draft(), rejected: [] },
    });
    const ids = () => store.getState().graph.relations.map((r) => r.id);
    const row = rowOf(/تحالف/);
    fireEvent.click(within(row).getByTestId('remove-quote'));
    expect(ids()).toContain('ru-tj-alliance');
    const ask = within(row).getByTestId('remove-last-quote');
    expect(ask.textContent).toMatch(/لا وجود لعلاقة بلا جملة/);
    fireEvent.click(within(ask).getByText('أبقِهما'));
    expect(ids()).toContain('ru-tj-alliance');
    fireEvent.click(within(row).getByTestId('remove-quote'));
    fireEvent.click(within(row).getByTestId('remove-quote-confirm'));
    expect(ids()).toEqual(['ru-tj-accusation']);
  });
});
