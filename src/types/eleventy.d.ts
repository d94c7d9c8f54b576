// Eleventy ships no type declarations; this is the part of its API we use.
declare module "@11ty/eleventy" {
  export class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        configPath?: string | false;
        config?: (eleventyConfig: never) => void | Promise<void>;
        quietMode?: boolean;
        runMode?: "build" | "watch" | "serve";
        source?: string;
      },
    );
    write(): Promise<unknown>;
    setIsVerbose(verbose: boolean): void;
  }
}
