// What every checker of the offline gate reports: one problem, where it is, in one line.
export interface Finding {
  checker: string;
  file: string;
  line?: number;
  message: string;
}

export function formatFinding(finding: Finding): string {
  const where = finding.line ? `${finding.file}:${finding.line}` : finding.file;
  return `${where}: ${finding.message}`;
}
