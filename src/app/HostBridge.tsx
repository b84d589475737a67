/**
 * The embed's ear for its host page: `faultlines:select` messages (GUIDE §4), validated, from the
 * host window only, and a flood coalesced to one update per frame (the last word on each field
 * wins). Heights go out from height-reports.ts, started by the entry before this bundle loads.
 */
import { useEffect } from 'react';
import { useAppStoreApi } from '../store/context.tsx';
import { parseHostMessage, type SelectCommand } from './host-messages.ts';

export function HostBridge() {
  const store = useAppStoreApi();
  useEffect(() => {
    const host = window.parent;
    if (host === window) return; // not framed: nobody to talk to

    let pending: SelectCommand | null = null;
    let frame = 0;
    const apply = () => {
      frame = 0;
      const command = pending;
      pending = null;
      if (!command) return;
      const s = store.getState();
      if (command.lang) s.setLanguage(command.lang);
      if (command.tensions) s.setTensions(command.tensions);
      if (command.relation) s.selectRelation(command.relation);
      else if (command.actor) s.selectActor(command.actor);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== host) return;
      const command = parseHostMessage(event.data);
      if (!command) return;
      pending = { ...pending, ...command };
      frame ||= requestAnimationFrame(apply);
    };
    window.addEventListener('message', onMessage);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('message', onMessage);
    };
  }, [store]);
  return null;
}
