// Placeholder while the page is being built.
export function IntakePage() {
  return null;
}
