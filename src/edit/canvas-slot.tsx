/**
 * Where the live graph goes in the workspace. The editor's panels do not import the canvas
 * (src/graph): as in the reader's app, the two meet in the page's entry (src/app), which hands
 * the editor its canvas component here. Without one (a component test), the workspace has none.
 */
import { createContext, useContext, type ReactNode } from 'react';

/** Draws the canvas (inside the editor's providers, so it reads the document and the view). */
export type CanvasSlot = () => ReactNode;

const SlotContext = createContext<CanvasSlot | null>(null);

export function CanvasSlotProvider({
  canvas,
  children,
}: {
  canvas: CanvasSlot | null;
  children: ReactNode;
}) {
  return <SlotContext.Provider value={canvas}>{children}</SlotContext.Provider>;
}

export function useCanvasSlot(): CanvasSlot | null {
  return useContext(SlotContext);
}
