import { useId, useRef, useState, type ReactNode } from 'react';

export interface Tab {
  id: string;
  /** A string, or a small component that redraws on its own (a count), not the whole tab row. */
  label: ReactNode;
  content: ReactNode;
  /** Rendered only while the tab is shown (a long list that costs every change to keep drawn). */
  lazy?: boolean;
}

/** WAI-ARIA tabs: arrow keys move between tabs (mirrored in RTL by the browser's dir), Home/End jump. */
export function Tabs({ tabs, label }: { tabs: Tab[]; label: string }) {
  const [active, setActive] = useState(tabs[0]?.id ?? '');
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (index: number) => {
    const i = (index + tabs.length) % tabs.length;
    setActive(tabs[i]!.id);
    refs.current[i]?.focus();
  };
  return (
    <div className="fl-tabs">
      <div role="tablist" aria-label={label} className="fl-tablist">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="tab"
            type="button"
            id={`${base}-tab-${tab.id}`}
            aria-selected={active === tab.id}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
            onKeyDown={(e) => {
              const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
              const next = rtl ? 'ArrowLeft' : 'ArrowRight';
              const prev = rtl ? 'ArrowRight' : 'ArrowLeft';
              if (e.key === next) move(i + 1);
              else if (e.key === prev) move(i - 1);
              else if (e.key === 'Home') move(0);
              else if (e.key === 'End') move(tabs.length - 1);
              else return;
              e.preventDefault();
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={active !== tab.id}
        >
          {!tab.lazy || active === tab.id ? tab.content : null}
        </div>
      ))}
    </div>
  );
}
