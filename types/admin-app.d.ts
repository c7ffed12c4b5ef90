// Typed Apex imports of the Crosswalk admin app: each module is one @AuraEnabled method of
// force-app/main/admin-app/classes (the wildcard in platform.d.ts would return unknown). The
// shapes live in force-app/main/admin-app/lwc/xwModel. Also the custom permission and i18n
// modules the admin app reads.

declare module '@salesforce/apex/XwConnectionsController.listConnections' {
  import type * as M from 'c/xwModel';
  const listConnections: () => Promise<M.ConnectionRow[]>;
  export default listConnections;
}

declare module '@salesforce/apex/XwConnectionsController.saveConnection' {
  import type * as M from 'c/xwModel';
  const saveConnection: (params: { connection: M.XwConnection }) => Promise<M.AdminResult>;
  export default saveConnection;
}

declare module '@salesforce/apex/XwConnectionsController.verifyConnection' {
  import type * as M from 'c/xwModel';
  const verifyConnection: (params: { connectionId: string }) => Promise<M.VerifyResult>;
  export default verifyConnection;
}

declare module '@salesforce/apex/XwConnectionsController.setPaused' {
  import type * as M from 'c/xwModel';
  const setPaused: (params: { connectionId: string; paused: boolean }) => Promise<M.XwConnection>;
  export default setPaused;
}

declare module '@salesforce/apex/XwConnectionsController.syncNow' {
  const syncNow: (params: { connectionId: string }) => Promise<string | null>;
  export default syncNow;
}

declare module '@salesforce/apex/XwMappingsController.listSalesforceObjects' {
  import type * as M from 'c/xwModel';
  const listSalesforceObjects: () => Promise<M.ObjectOption[]>;
  export default listSalesforceObjects;
}

declare module '@salesforce/apex/XwMappingsController.describeSalesforceObject' {
  import type * as M from 'c/xwModel';
  const describeSalesforceObject: (params: {
    objectApiName: string;
  }) => Promise<M.SalesforceObjectInfo>;
  export default describeSalesforceObject;
}

declare module '@salesforce/apex/XwMappingsController.describeRemote' {
  import type * as M from 'c/xwModel';
  const describeRemote: (params: { connectionId: string }) => Promise<M.RemoteObjectView[]>;
  export default describeRemote;
}

declare module '@salesforce/apex/XwMappingsController.listMappings' {
  import type * as M from 'c/xwModel';
  const listMappings: (params: { connectionId: string }) => Promise<M.XwObjectMapping[]>;
  export default listMappings;
}

declare module '@salesforce/apex/XwMappingsController.getMapping' {
  import type * as M from 'c/xwModel';
  const getMapping: (params: { objectMappingId: string }) => Promise<M.MappingDetail>;
  export default getMapping;
}

declare module '@salesforce/apex/XwMappingsController.validateMapping' {
  import type * as M from 'c/xwModel';
  const validateMapping: (params: { mappingJson: string }) => Promise<M.AdminResult>;
  export default validateMapping;
}

declare module '@salesforce/apex/XwMappingsController.saveMapping' {
  import type * as M from 'c/xwModel';
  const saveMapping: (params: { mappingJson: string }) => Promise<M.AdminResult>;
  export default saveMapping;
}

declare module '@salesforce/apex/XwMonitorController.getHealth' {
  import type * as M from 'c/xwModel';
  const getHealth: (params: { connectionId: string }) => Promise<M.HealthView>;
  export default getHealth;
}

declare module '@salesforce/apex/XwMonitorController.listInitialSyncs' {
  import type * as M from 'c/xwModel';
  const listInitialSyncs: (params: { connectionId: string }) => Promise<M.XwSyncRun[]>;
  export default listInitialSyncs;
}

declare module '@salesforce/apex/XwMonitorController.startInitialSync' {
  const startInitialSync: (params: { objectMappingId: string }) => Promise<string>;
  export default startInitialSync;
}

declare module '@salesforce/apex/XwErrorsController.listErrors' {
  import type * as M from 'c/xwModel';
  const listErrors: (params: {
    connectionId?: string;
    status?: string;
    category?: string;
  }) => Promise<M.XwSyncError[]>;
  export default listErrors;
}

declare module '@salesforce/apex/XwErrorsController.retryErrors' {
  const retryErrors: (params: { syncErrorIds: string[] }) => Promise<number>;
  export default retryErrors;
}

declare module '@salesforce/apex/XwErrorsController.discardErrors' {
  const discardErrors: (params: { syncErrorIds: string[] }) => Promise<number>;
  export default discardErrors;
}

declare module '@salesforce/apex/XwConflictsController.listConflicts' {
  import type * as M from 'c/xwModel';
  const listConflicts: (params: { connectionId?: string }) => Promise<M.XwConflict[]>;
  export default listConflicts;
}

declare module '@salesforce/apex/XwConflictsController.resolveConflict' {
  const resolveConflict: (params: {
    conflictId: string;
    sidePerField: Record<string, 'Salesforce' | 'Remote'>;
  }) => Promise<void>;
  export default resolveConflict;
}

declare module '@salesforce/apex/XwSettingsController.getSettings' {
  import type * as M from 'c/xwModel';
  const getSettings: () => Promise<M.SettingsView>;
  export default getSettings;
}

declare module '@salesforce/apex/XwSettingsController.setSyncEnabled' {
  import type * as M from 'c/xwModel';
  const setSyncEnabled: (params: { enabled: boolean }) => Promise<M.SettingsView>;
  export default setSyncEnabled;
}

declare module '@salesforce/apex/XwSettingsController.exportConfiguration' {
  const exportConfiguration: (params: { connectionId: string }) => Promise<string>;
  export default exportConfiguration;
}

declare module '@salesforce/apex/XwSettingsController.importConfiguration' {
  import type * as M from 'c/xwModel';
  const importConfiguration: (params: { configurationJson: string }) => Promise<M.AdminResult>;
  export default importConfiguration;
}

declare module '@salesforce/customPermission/*' {
  const granted: boolean | undefined;
  export default granted;
}

declare module '@salesforce/i18n/*' {
  const value: string;
  export default value;
}
