import { useEffect, useState } from "react";

/** The viewport height, kept current: a virtual table needs its height in pixels. */
export const useWindowHeight = (): number => {
  const [height, setHeight] = useState(window.innerHeight);
  useEffect(() => {
    const update = () => {
      setHeight(window.innerHeight);
    };
    window.addEventListener("resize", update);
    return () => {
      window.removeEventListener("resize", update);
    };
  }, []);
  return height;
};
