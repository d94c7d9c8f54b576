// Nunjucks ships no type declarations; this is the part of its API the tests use
// (Eleventy's own Nunjucks environment is what renders the site).
declare module "nunjucks" {
  export class FileSystemLoader {
    constructor(searchPaths: string | string[]);
  }
  export class Environment {
    constructor(loader?: FileSystemLoader, options?: { autoescape?: boolean });
    addFilter(name: string, filter: (...args: never[]) => unknown): this;
    render(name: string, context?: object): string;
    renderString(source: string, context?: object): string;
  }
  const nunjucks: { Environment: typeof Environment; FileSystemLoader: typeof FileSystemLoader };
  export default nunjucks;
}
