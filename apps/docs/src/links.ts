// Links between generated pages and into the repository, always relative to the page that holds them.
import type { DocsInput } from './load.js';
import { code, domainPagePath, enumAnchor, findingPagePath, modelAnchor, relativeLink } from './markdown.js';
import { linkFromDocs } from './paths.js';

export class Linker {
  constructor(
    private readonly input: DocsInput,
    /** The page being written, relative to docs/. */
    readonly page: string,
  ) {}

  /** `[Model](../domains/x.md#model-model)`; plain code when the model is unknown. */
  model(name: string, label = name): string {
    const domain = this.input.domainOfModel.get(name);
    if (!domain) return code(label);
    return `[${label}](${this.modelHref(name)})`;
  }

  modelHref(name: string): string {
    const domain = this.input.domainOfModel.get(name)!;
    const target = domainPagePath(domain.name);
    return target === this.page ? `#${modelAnchor(name)}` : `${relativeLink(this.page, target)}#${modelAnchor(name)}`;
  }

  enumLink(name: string): string {
    const domain = this.input.domainOfEnum.get(name);
    if (!domain) return code(name);
    const target = domainPagePath(domain.name);
    const href = target === this.page ? `#${enumAnchor(name)}` : `${relativeLink(this.page, target)}#${enumAnchor(name)}`;
    return `[${name}](${href})`;
  }

  domain(name: string, label = name): string {
    return `[${label}](${relativeLink(this.page, domainPagePath(name))})`;
  }

  finding(id: number, label = `finding ${id}`): string {
    return `[${label}](${relativeLink(this.page, findingPagePath(id))})`;
  }

  /** A generated page (relative to docs/), optionally with an anchor. */
  doc(target: string, label: string, anchor?: string): string {
    const href = target === this.page ? '' : relativeLink(this.page, target);
    return `[${label}](${href}${anchor ? `#${anchor}` : ''})`;
  }

  /** A file or folder of the repository (repository-relative path), optionally at a line. */
  repo(path: string, label: string, line?: number, endLine?: number): string {
    const anchor = line ? `#L${line}${endLine && endLine !== line ? `-L${endLine}` : ''}` : '';
    return `[${label}](${linkFromDocs(this.page, path)}${anchor})`;
  }

  /** A migration folder's README (or the folder when it has none). */
  migration(folderName: string, label = folderName): string {
    const folder = this.input.folders.find((f) => f.name === folderName);
    if (!folder) return code(folderName);
    return this.repo(folder.hasReadme ? `${folder.dir}/README.md` : folder.dir, label);
  }
}
