// Renders the giscus comments into the element Comments.astro left for them, with the props it
// wrote there at build time.
import { createRoot } from 'react-dom/client';
import GiscusComments, { type GiscusCommentsProps } from '../components/GiscusComments.tsx';

export function mountComments(mountPoint: HTMLElement): void {
  const props = JSON.parse(mountPoint.dataset.props!) as GiscusCommentsProps;
  createRoot(mountPoint).render(<GiscusComments {...props} />);
}
