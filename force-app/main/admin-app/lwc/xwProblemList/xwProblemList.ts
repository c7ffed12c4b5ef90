import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/xwLabels';
import type { Problem } from 'c/xwModel';

interface ProblemItem {
  key: string;
  message: string;
  path?: string;
  severityLabel: string;
  className: string;
}

/** Validation problems: errors first, announced as an alert when there is an error. */
export default class XwProblemList extends LightningElement {
  @api problems: Problem[] | undefined;
  @api heading: string | undefined;
  /** Show where each problem is (e.g. `objectMappings[0].syncType` in an import report). */
  @api showPaths = false;

  get hasProblems(): boolean {
    return (this.problems ?? []).length > 0;
  }

  get hasErrors(): boolean {
    return (this.problems ?? []).some((p) => p.severity !== 'warning');
  }

  get boxRole(): string {
    return this.hasErrors ? 'alert' : 'status';
  }

  get boxClass(): string {
    const theme = this.hasErrors ? 'xw-problems_error' : 'xw-problems_warning';
    return `slds-box slds-box_x-small slds-m-vertical_x-small xw-problems ${theme}`;
  }

  get headingText(): string {
    return this.heading ?? LABELS.problemsTitle;
  }

  get items(): ProblemItem[] {
    const sorted = [...(this.problems ?? [])].sort(
      (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning')
    );
    return sorted.map((problem, index) => {
      const warning = problem.severity === 'warning';
      return {
        key: `${problem.path ?? ''}-${index}`,
        message: problem.message,
        path: this.showPaths && problem.path ? problem.path : undefined,
        severityLabel: warning ? LABELS.problemWarning : LABELS.problemError,
        className: warning ? 'slds-text-color_default' : 'slds-text-color_error'
      };
    });
  }
}
