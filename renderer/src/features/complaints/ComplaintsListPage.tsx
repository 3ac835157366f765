// Placeholder while the page is being built.
export function ComplaintsListPage() {
  return null;
}
