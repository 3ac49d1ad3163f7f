import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/**
 * Whether an element's content is wider than the element (it scrolls sideways), kept current as
 * either resizes. A region that scrolls must be reachable by keyboard; one that does not should
 * not add a stop to the tab order.
 */
export function useHorizontalOverflow<T extends HTMLElement>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [isOverflowing, setIsOverflowing] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setIsOverflowing(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return [ref, isOverflowing];
}
