// Platform modules that @salesforce/lightning-types does not declare (ambient: no imports here).
declare module '@salesforce/apex/*' {
  // Each Apex import is a function returning a promise; the wire adapter form shares the name.
  const apexMethod: (params?: Record<string, unknown>) => Promise<unknown>;
  export default apexMethod;
}

declare module '@salesforce/apex' {
  export function refreshApex(wiredValue: unknown): Promise<void>;
}

declare module 'lightning/platformShowToastEvent' {
  export interface ShowToastEventDetail {
    title: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
  }
  export class ShowToastEvent extends CustomEvent<ShowToastEventDetail> {
    constructor(detail: ShowToastEventDetail);
  }
}

declare module '@salesforce/label/*' {
  const label: string;
  export default label;
}

declare module '@salesforce/schema/*' {
  const field: { fieldApiName: string; objectApiName: string };
  export default field;
}

// Other components of this project, imported by tag namespace (tests create them by class).
declare module 'c/*' {
  const Component: typeof import('lwc').LightningElement;
  export default Component;
}
