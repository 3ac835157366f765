// Placeholder while the page is being built.
export function ComplaintReportPage() {
  return null;
}
