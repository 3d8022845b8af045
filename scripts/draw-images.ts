// Draws the site's own raster images (the about page illustration and the test
// fixture's figure) from SVG, so they can be redrawn instead of hunted down.
// Usage: node scripts/draw-images.ts
import { join } from 'node:path';
import sharp from 'sharp';

const root = join(import.meta.dirname, '..');

const containerColours = ['#3451b2', '#d9480f', '#2b8a3e', '#c2255c', '#1098ad', '#e8590c', '#5f3dc4', '#0b7285'];
const topics = ['Kubernetes', 'AWS', 'Python', 'Terraform', 'GitOps', 'Ansible', 'cdk8s', 'Azure'];

function container(x: number, y: number, index: number): string {
  const colour = containerColours[index % containerColours.length];
  const ribs = Array.from({ length: 7 }, (_, i) => `<line x1="${x + 14 + i * 16}" y1="${y + 8}" x2="${x + 14 + i * 16}" y2="${y + 62}" stroke="#ffffff" stroke-opacity="0.25" stroke-width="3"/>`).join('');
  return `<g><rect x="${x}" y="${y}" width="124" height="70" rx="4" fill="${colour}"/>${ribs}
    <text x="${x + 62}" y="${y + 42}" font-family="DejaVu Sans, sans-serif" font-size="17" font-weight="700" fill="#ffffff" text-anchor="middle">${topics[index]}</text></g>`;
}

const containers = [
  ...[0, 1, 2, 3, 4].map((i) => container(250 + i * 130, 300, i)),
  ...[0, 1, 2].map((i) => container(315 + i * 130, 224, i + 5)),
];

const ship = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#fde2c8"/><stop offset="1" stop-color="#f8f1e7"/>
    </linearGradient>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2f6690"/><stop offset="1" stop-color="#16425b"/>
    </linearGradient>
  </defs>
  <rect width="1200" height="630" fill="url(#sky)"/>
  <circle cx="200" cy="130" r="64" fill="#f4a261"/>
  <path d="M0 300 L160 210 L300 290 L420 230 L560 300 Z" fill="#e9c9a8"/>
  <path d="M700 300 L860 240 L980 290 L1100 220 L1200 270 L1200 300 Z" fill="#e9c9a8"/>
  <rect y="400" width="1200" height="230" fill="url(#sea)"/>
  <path d="M220 370 H1000 L940 470 H290 Z" fill="#1d3557"/>
  <rect x="220" y="370" width="780" height="14" fill="#e63946"/>
  <rect x="900" y="250" width="80" height="120" rx="6" fill="#f1faee"/>
  <rect x="912" y="270" width="56" height="24" rx="3" fill="#457b9d"/>
  <rect x="929" y="200" width="22" height="50" fill="#1d3557"/>
  <text x="600" y="440" font-family="DejaVu Sans, sans-serif" font-size="30" font-weight="700" fill="#f1faee" text-anchor="middle" letter-spacing="6">SHIPIT</text>
  ${containers.join('\n  ')}
  <path d="M0 500 Q 75 485 150 500 T 300 500 T 450 500 T 600 500 T 750 500 T 900 500 T 1050 500 T 1200 500" fill="none" stroke="#a8dadc" stroke-width="4" stroke-opacity="0.6"/>
  <path d="M0 560 Q 75 545 150 560 T 300 560 T 450 560 T 600 560 T 750 560 T 900 560 T 1050 560 T 1200 560" fill="none" stroke="#a8dadc" stroke-width="4" stroke-opacity="0.4"/>
</svg>`;

// Colour bars, as on a TV test card: each bar is easy to tell apart in a test.
const bars = ['#ffffff', '#ffff00', '#00ffff', '#00ff00', '#ff00ff', '#ff0000', '#0000ff', '#000000'];
const testCard = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">
  ${bars.map((colour, i) => `<rect x="${i * 100}" y="0" width="100" height="450" fill="${colour}"/>`).join('')}
</svg>`;

await sharp(Buffer.from(ship)).png().toFile(join(root, 'src/assets/container-ship.png'));
await sharp(Buffer.from(testCard)).png().toFile(join(root, 'tests/fixtures/posts/colour-bars.png'));
console.log('drew src/assets/container-ship.png and tests/fixtures/posts/colour-bars.png');
