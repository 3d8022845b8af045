import { repositoryOverride } from '../build-variants.ts';
import { site } from '../site.config.ts';

export interface Repository {
  url: string;
  branch: string;
}

/** GitHub's editor for a file of `repository`, from the file's path in it; undefined without either. */
export function editUrlOn(repository: Repository | undefined, file: string | undefined): string | undefined {
  // Bench builds read posts from outside the project: such a file is not in the repository.
  if (!repository || !file || /^([a-z]:)?[\\/]/i.test(file)) return undefined;
  const segments = (path: string) => path.split(/[\\/]/).filter(Boolean).map(encodeURIComponent).join('/');
  return `${repository.url.replace(/\/+$/, '')}/edit/${segments(repository.branch)}/${segments(file)}`;
}

/** The repository src/site.config.ts names (the fixture build names its own), if any. */
const repository: Repository | undefined = repositoryOverride ?? site.repository;

/** Where a reader can suggest a fix to a post: its source file (`post.filePath`) in GitHub's editor. */
export function postEditUrl(filePath: string | undefined): string | undefined {
  return editUrlOn(repository, filePath);
}
