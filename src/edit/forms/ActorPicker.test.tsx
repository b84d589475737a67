// @vitest-environment happy-dom
/**
 * The actor type-ahead as a keyboard user drives it: the sentence's actors first, Enter takes the
 * highlighted match, and a new actor is made only when chosen on purpose.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../model/schema.ts';
import { renderInEditor } from '../test-render.tsx';
import { ActorPicker } from './ActorPicker.tsx';

const russia: Actor = { id: 'russia', kind: 'state', name: { en: 'Russia', ar: 'روسيا' } };
const prussia: Actor = {
  id: 'prussia',
  kind: 'former-state',
  name: { en: 'Prussia', ar: 'بروسيا' },
};
const finland: Actor = { id: 'finland', kind: 'state', name: { en: 'Finland', ar: 'فنلندا' } };

function picker(props: Partial<Parameters<typeof ActorPicker>[0]> = {}) {
  const onChange = vi.fn();
  const onCreate = vi.fn();
  const onAddMentioned = vi.fn();
  renderInEditor(
    <ActorPicker
      label="From"
      actors={[prussia, russia]}
      value={undefined}
      lang="en"
      onChange={onChange}
      onCreate={onCreate}
      onAddMentioned={onAddMentioned}
      testId="pick"
      {...props}
    />,
  );
  const input = screen.getByTestId('pick');
  const type = (text: string) => fireEvent.change(input, { target: { value: text } });
  const key = (k: string) => fireEvent.keyDown(input, { key: k });
  const options = () => screen.queryAllByRole('option').map((o) => o.textContent);
  return { input, type, key, options, onChange, onCreate, onAddMentioned };
}

afterEach(cleanup);

describe('actor type-ahead', () => {
  it('"Finl" then Enter takes Finland, mentioned in the sentence, instead of making an actor "Finl"', () => {
    const p = picker({ mentioned: [finland] });
    p.type('Finl');
    p.key('Enter');
    expect(p.onCreate).not.toHaveBeenCalled();
    expect(p.onAddMentioned).toHaveBeenCalledWith(finland);
  });

  it('takes an actor the article names elsewhere, with its names, instead of making one', () => {
    // A new user typed "Turkey" in a sentence that says "He": only "New actor" was offered, and
    // the actor made had no Arabic name though the assistant had found «تركيا» in the article.
    const p = picker({ mentioned: [russia], named: [finland] });
    p.type('Finl');
    expect(p.options()[0]).toBe('Finland · in the article, not in the draft yet');
    p.key('Enter');
    expect(p.onCreate).not.toHaveBeenCalled();
    expect(p.onAddMentioned).toHaveBeenCalledWith(finland);
  });

  it('"Finl" then Enter takes the draft’s Finland', () => {
    const p = picker({ actors: [russia, finland] });
    p.type('Finl');
    expect(p.options()[0]).toMatch(/^Finland/);
    p.key('Enter');
    expect(p.onChange).toHaveBeenCalledWith('finland');
    expect(p.onCreate).not.toHaveBeenCalled();
  });

  it('makes a new actor only when its option is chosen on purpose', () => {
    const p = picker();
    p.type('Wagner');
    expect(p.options()).toEqual(['New actor “Wagner”']);
    p.key('Enter');
    expect(p.onCreate).not.toHaveBeenCalled();
    p.key('ArrowDown');
    p.key('Enter');
    expect(p.onCreate).toHaveBeenCalledWith('Wagner');
  });

  it('offers the actors the sentence mentions first, as the list opens and as one types', () => {
    const p = picker({ mentioned: [russia] });
    p.key('ArrowDown');
    expect(p.options()[0]).toMatch(/^Russia · in this sentence/);
    // Without the sentence, "Prussia" comes first (first in the draft); with it, Russia does.
    p.type('uss');
    expect(p.options().map((o) => o?.split(' ')[0])).toEqual(['Russia', 'Prussia', 'New']);
  });
});
