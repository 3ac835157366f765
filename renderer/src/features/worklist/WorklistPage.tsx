// Placeholder while the page is being built.
export function WorklistPage() {
  return null;
}
