// Editor typings for imports esbuild resolves at build time (see build/build.go).

/** A stylesheet imported as its minified text, for a <style> in the shadow root. */
declare module '*.css' {
  const css: string;
  export default css;
}
