import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * True while the page is being printed. The state change is flushed inside
 * `beforeprint`, so the browser prints what it renders (every row, not a
 * virtualised window).
 */
export const usePrinting = (): boolean => {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => {
      flushSync(() => {
        setPrinting(true);
      });
    };
    const after = () => {
      setPrinting(false);
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing;
};
