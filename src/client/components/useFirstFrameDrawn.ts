import { useEffect, useState } from 'react';
import { firstFrameDrawn } from '../perf';

/**
 * Whether the graph's first frame is on screen: parts of the page that are not needed
 * to read it wait for this before they load their code, so it does not delay that frame.
 */
export function useFirstFrameDrawn(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let live = true;
    void firstFrameDrawn().then(() => {
      if (live) setDrawn(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return drawn;
}
