// The screens and themes the acceptance criteria name.
export const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

// The theme comes from the emulated OS preference, which the site follows by default.
export const THEMES = ['light', 'dark'] as const;

// Real posts imported from the old site, each picked for one feature.
export const POST_WITH_CODE = 'capnproto-with-python';
export const POST_WITH_TABLE = 'minikube-vs-kind-vs-k3s';
export const POST_WITH_FIGURES = 'kubernetes-multi-tenancy';
export const A_TAG = 'kubernetes';
