// Every text the admin app shows: one import per custom label in
// ../../labels/CustomLabels.labels-meta.xml (the Jest test of this module checks both lists match).
import XwErrorNeedManageSync from '@salesforce/label/c.XwErrorNeedManageSync';
import XwErrorNoAccess from '@salesforce/label/c.XwErrorNoAccess';
import XwErrorNothingToSave from '@salesforce/label/c.XwErrorNothingToSave';
import XwErrorConnectionNotFound from '@salesforce/label/c.XwErrorConnectionNotFound';
import XwErrorMappingNotFound from '@salesforce/label/c.XwErrorMappingNotFound';
import XwErrorUnknownObject from '@salesforce/label/c.XwErrorUnknownObject';
import XwErrorNothingSelected from '@salesforce/label/c.XwErrorNothingSelected';
import XwErrorConflictNotOpen from '@salesforce/label/c.XwErrorConflictNotOpen';
import XwErrorPickASide from '@salesforce/label/c.XwErrorPickASide';
import XwAppTitle from '@salesforce/label/c.XwAppTitle';
import XwAppSubtitle from '@salesforce/label/c.XwAppSubtitle';
import XwConnectionPicker from '@salesforce/label/c.XwConnectionPicker';
import XwConnectionPickerPlaceholder from '@salesforce/label/c.XwConnectionPickerPlaceholder';
import XwRefresh from '@salesforce/label/c.XwRefresh';
import XwLoading from '@salesforce/label/c.XwLoading';
import XwSave from '@salesforce/label/c.XwSave';
import XwCancel from '@salesforce/label/c.XwCancel';
import XwClose from '@salesforce/label/c.XwClose';
import XwEdit from '@salesforce/label/c.XwEdit';
import XwNoConnectionSelected from '@salesforce/label/c.XwNoConnectionSelected';
import XwReadOnlyHint from '@salesforce/label/c.XwReadOnlyHint';
import XwErrorTitle from '@salesforce/label/c.XwErrorTitle';
import XwTabConnections from '@salesforce/label/c.XwTabConnections';
import XwTabMappings from '@salesforce/label/c.XwTabMappings';
import XwTabMonitor from '@salesforce/label/c.XwTabMonitor';
import XwTabErrors from '@salesforce/label/c.XwTabErrors';
import XwTabConflicts from '@salesforce/label/c.XwTabConflicts';
import XwTabSettings from '@salesforce/label/c.XwTabSettings';
import XwConnectionsTitle from '@salesforce/label/c.XwConnectionsTitle';
import XwConnectionsEmpty from '@salesforce/label/c.XwConnectionsEmpty';
import XwConnectionNew from '@salesforce/label/c.XwConnectionNew';
import XwConnectionEditTitle from '@salesforce/label/c.XwConnectionEditTitle';
import XwColName from '@salesforce/label/c.XwColName';
import XwColStatus from '@salesforce/label/c.XwColStatus';
import XwColRemote from '@salesforce/label/c.XwColRemote';
import XwColFrequency from '@salesforce/label/c.XwColFrequency';
import XwColObjects from '@salesforce/label/c.XwColObjects';
import XwColErrors24h from '@salesforce/label/c.XwColErrors24h';
import XwColLastSync from '@salesforce/label/c.XwColLastSync';
import XwColActions from '@salesforce/label/c.XwColActions';
import XwVerify from '@salesforce/label/c.XwVerify';
import XwPause from '@salesforce/label/c.XwPause';
import XwResume from '@salesforce/label/c.XwResume';
import XwSyncNow from '@salesforce/label/c.XwSyncNow';
import XwSyncStarted from '@salesforce/label/c.XwSyncStarted';
import XwSyncAlreadyRunning from '@salesforce/label/c.XwSyncAlreadyRunning';
import XwPausedToast from '@salesforce/label/c.XwPausedToast';
import XwResumedToast from '@salesforce/label/c.XwResumedToast';
import XwConnectionSaved from '@salesforce/label/c.XwConnectionSaved';
import XwVerifySuccess from '@salesforce/label/c.XwVerifySuccess';
import XwVerifyDetails from '@salesforce/label/c.XwVerifyDetails';
import XwVerifyFailed from '@salesforce/label/c.XwVerifyFailed';
import XwVerifyTitle from '@salesforce/label/c.XwVerifyTitle';
import XwNeverSynced from '@salesforce/label/c.XwNeverSynced';
import XwInactive from '@salesforce/label/c.XwInactive';
import XwActionsFor from '@salesforce/label/c.XwActionsFor';
import XwFieldName from '@salesforce/label/c.XwFieldName';
import XwFieldRemoteType from '@salesforce/label/c.XwFieldRemoteType';
import XwFieldNamedCredential from '@salesforce/label/c.XwFieldNamedCredential';
import XwFieldNamedCredentialHelp from '@salesforce/label/c.XwFieldNamedCredentialHelp';
import XwFieldEnvironment from '@salesforce/label/c.XwFieldEnvironment';
import XwFieldFrequency from '@salesforce/label/c.XwFieldFrequency';
import XwFieldDefaultDirection from '@salesforce/label/c.XwFieldDefaultDirection';
import XwFieldConflictPolicy from '@salesforce/label/c.XwFieldConflictPolicy';
import XwFieldBatchSize from '@salesforce/label/c.XwFieldBatchSize';
import XwFieldDailyApiBudget from '@salesforce/label/c.XwFieldDailyApiBudget';
import XwFieldMaxAttempts from '@salesforce/label/c.XwFieldMaxAttempts';
import XwFieldActive from '@salesforce/label/c.XwFieldActive';
import XwOptRestJson from '@salesforce/label/c.XwOptRestJson';
import XwOptSalesforceOrg from '@salesforce/label/c.XwOptSalesforceOrg';
import XwOptProduction from '@salesforce/label/c.XwOptProduction';
import XwOptSandbox from '@salesforce/label/c.XwOptSandbox';
import XwOptRealTime from '@salesforce/label/c.XwOptRealTime';
import XwOptEvery15Minutes from '@salesforce/label/c.XwOptEvery15Minutes';
import XwOptHourly from '@salesforce/label/c.XwOptHourly';
import XwOptManual from '@salesforce/label/c.XwOptManual';
import XwOptBoth from '@salesforce/label/c.XwOptBoth';
import XwOptToRemote from '@salesforce/label/c.XwOptToRemote';
import XwOptFromRemote from '@salesforce/label/c.XwOptFromRemote';
import XwOptInternal from '@salesforce/label/c.XwOptInternal';
import XwOptSalesforceWins from '@salesforce/label/c.XwOptSalesforceWins';
import XwOptRemoteWins from '@salesforce/label/c.XwOptRemoteWins';
import XwOptNewestWins from '@salesforce/label/c.XwOptNewestWins';
import XwOptManualReview from '@salesforce/label/c.XwOptManualReview';
import XwOptSynchronize from '@salesforce/label/c.XwOptSynchronize';
import XwOptExport from '@salesforce/label/c.XwOptExport';
import XwOptImport from '@salesforce/label/c.XwOptImport';
import XwOptIdSalesforce from '@salesforce/label/c.XwOptIdSalesforce';
import XwOptIdRemote from '@salesforce/label/c.XwOptIdRemote';
import XwOptIdPrefixCounter from '@salesforce/label/c.XwOptIdPrefixCounter';
import XwOptStrict from '@salesforce/label/c.XwOptStrict';
import XwOptProgressive from '@salesforce/label/c.XwOptProgressive';
import XwOptTransformNone from '@salesforce/label/c.XwOptTransformNone';
import XwOptTransformValueMap from '@salesforce/label/c.XwOptTransformValueMap';
import XwOptTransformTemplate from '@salesforce/label/c.XwOptTransformTemplate';
import XwOptTransformConstant from '@salesforce/label/c.XwOptTransformConstant';
import XwOptTransformFallbackChain from '@salesforce/label/c.XwOptTransformFallbackChain';
import XwOptTransformTruncate from '@salesforce/label/c.XwOptTransformTruncate';
import XwOptTransformNumberScale from '@salesforce/label/c.XwOptTransformNumberScale';
import XwOptTransformDateFormat from '@salesforce/label/c.XwOptTransformDateFormat';
import XwOptRoundHalfUp from '@salesforce/label/c.XwOptRoundHalfUp';
import XwOptRoundHalfEven from '@salesforce/label/c.XwOptRoundHalfEven';
import XwOptRoundDown from '@salesforce/label/c.XwOptRoundDown';
import XwOptRoundUp from '@salesforce/label/c.XwOptRoundUp';
import XwOptStatusNew from '@salesforce/label/c.XwOptStatusNew';
import XwOptStatusVerified from '@salesforce/label/c.XwOptStatusVerified';
import XwOptStatusFailing from '@salesforce/label/c.XwOptStatusFailing';
import XwOptStatusPaused from '@salesforce/label/c.XwOptStatusPaused';
import XwOptStatusDisabled from '@salesforce/label/c.XwOptStatusDisabled';
import XwOptOpen from '@salesforce/label/c.XwOptOpen';
import XwOptRetrying from '@salesforce/label/c.XwOptRetrying';
import XwOptResolved from '@salesforce/label/c.XwOptResolved';
import XwOptDiscarded from '@salesforce/label/c.XwOptDiscarded';
import XwOptCatRateLimit from '@salesforce/label/c.XwOptCatRateLimit';
import XwOptCatInvalidField from '@salesforce/label/c.XwOptCatInvalidField';
import XwOptCatRecordLocked from '@salesforce/label/c.XwOptCatRecordLocked';
import XwOptCatAuth from '@salesforce/label/c.XwOptCatAuth';
import XwOptCatValidation from '@salesforce/label/c.XwOptCatValidation';
import XwOptCatNotFound from '@salesforce/label/c.XwOptCatNotFound';
import XwOptCatConflict from '@salesforce/label/c.XwOptCatConflict';
import XwOptCatTimeout from '@salesforce/label/c.XwOptCatTimeout';
import XwOptCatServer from '@salesforce/label/c.XwOptCatServer';
import XwOptCatConfiguration from '@salesforce/label/c.XwOptCatConfiguration';
import XwOptCatUnknown from '@salesforce/label/c.XwOptCatUnknown';
import XwStatusUnknown from '@salesforce/label/c.XwStatusUnknown';
import XwStatusAssistive from '@salesforce/label/c.XwStatusAssistive';
import XwMappingsTitle from '@salesforce/label/c.XwMappingsTitle';
import XwMappingsEmpty from '@salesforce/label/c.XwMappingsEmpty';
import XwMappingNew from '@salesforce/label/c.XwMappingNew';
import XwMappingNewTitle from '@salesforce/label/c.XwMappingNewTitle';
import XwMappingSaved from '@salesforce/label/c.XwMappingSaved';
import XwMappingValid from '@salesforce/label/c.XwMappingValid';
import XwValidate from '@salesforce/label/c.XwValidate';
import XwMappingObjects from '@salesforce/label/c.XwMappingObjects';
import XwMappingSalesforceObject from '@salesforce/label/c.XwMappingSalesforceObject';
import XwMappingRemoteObject from '@salesforce/label/c.XwMappingRemoteObject';
import XwMappingRemoteUnavailable from '@salesforce/label/c.XwMappingRemoteUnavailable';
import XwMappingSyncType from '@salesforce/label/c.XwMappingSyncType';
import XwMappingActive from '@salesforce/label/c.XwMappingActive';
import XwMappingSortOrder from '@salesforce/label/c.XwMappingSortOrder';
import XwMappingOperations from '@salesforce/label/c.XwMappingOperations';
import XwMappingToRemote from '@salesforce/label/c.XwMappingToRemote';
import XwMappingFromRemote from '@salesforce/label/c.XwMappingFromRemote';
import XwOpCreate from '@salesforce/label/c.XwOpCreate';
import XwOpUpdate from '@salesforce/label/c.XwOpUpdate';
import XwOpDelete from '@salesforce/label/c.XwOpDelete';
import XwMappingIdentity from '@salesforce/label/c.XwMappingIdentity';
import XwMappingIdGeneration from '@salesforce/label/c.XwMappingIdGeneration';
import XwMappingIdPrefix from '@salesforce/label/c.XwMappingIdPrefix';
import XwMappingExternalId from '@salesforce/label/c.XwMappingExternalId';
import XwMappingIdentifyingFields from '@salesforce/label/c.XwMappingIdentifyingFields';
import XwMappingIdentifyingAvailable from '@salesforce/label/c.XwMappingIdentifyingAvailable';
import XwMappingIdentifyingSelected from '@salesforce/label/c.XwMappingIdentifyingSelected';
import XwMappingMatchingMode from '@salesforce/label/c.XwMappingMatchingMode';
import XwMappingFilter from '@salesforce/label/c.XwMappingFilter';
import XwMappingFilterHelp from '@salesforce/label/c.XwMappingFilterHelp';
import XwMappingRemoteModified from '@salesforce/label/c.XwMappingRemoteModified';
import XwMappingSyncFiles from '@salesforce/label/c.XwMappingSyncFiles';
import XwMappingFields from '@salesforce/label/c.XwMappingFields';
import XwMappingFieldsEmpty from '@salesforce/label/c.XwMappingFieldsEmpty';
import XwMappingAddField from '@salesforce/label/c.XwMappingAddField';
import XwMappingPickObject from '@salesforce/label/c.XwMappingPickObject';
import XwFieldSalesforce from '@salesforce/label/c.XwFieldSalesforce';
import XwFieldRemote from '@salesforce/label/c.XwFieldRemote';
import XwFieldDirection from '@salesforce/label/c.XwFieldDirection';
import XwFieldTransform from '@salesforce/label/c.XwFieldTransform';
import XwFieldRequired from '@salesforce/label/c.XwFieldRequired';
import XwFieldSensitive from '@salesforce/label/c.XwFieldSensitive';
import XwFieldRemoveRow from '@salesforce/label/c.XwFieldRemoveRow';
import XwFieldRowLabel from '@salesforce/label/c.XwFieldRowLabel';
import XwHintCompatible from '@salesforce/label/c.XwHintCompatible';
import XwHintIncompatible from '@salesforce/label/c.XwHintIncompatible';
import XwHintRelation from '@salesforce/label/c.XwHintRelation';
import XwHintIdField from '@salesforce/label/c.XwHintIdField';
import XwHintUnsupported from '@salesforce/label/c.XwHintUnsupported';
import XwHintRounded from '@salesforce/label/c.XwHintRounded';
import XwHintTruncated from '@salesforce/label/c.XwHintTruncated';
import XwHintUnknownRemoteType from '@salesforce/label/c.XwHintUnknownRemoteType';
import XwHintUseDateFormat from '@salesforce/label/c.XwHintUseDateFormat';
import XwHintUseValueMap from '@salesforce/label/c.XwHintUseValueMap';
import XwTransformTemplate from '@salesforce/label/c.XwTransformTemplate';
import XwTransformTemplateHelp from '@salesforce/label/c.XwTransformTemplateHelp';
import XwTransformConstant from '@salesforce/label/c.XwTransformConstant';
import XwTransformFallbackFields from '@salesforce/label/c.XwTransformFallbackFields';
import XwTransformDefault from '@salesforce/label/c.XwTransformDefault';
import XwTransformSalesforceDefault from '@salesforce/label/c.XwTransformSalesforceDefault';
import XwTransformRemoteDefault from '@salesforce/label/c.XwTransformRemoteDefault';
import XwTransformLength from '@salesforce/label/c.XwTransformLength';
import XwTransformScale from '@salesforce/label/c.XwTransformScale';
import XwTransformRoundingMode from '@salesforce/label/c.XwTransformRoundingMode';
import XwTransformFormat from '@salesforce/label/c.XwTransformFormat';
import XwTransformFormatHelp from '@salesforce/label/c.XwTransformFormatHelp';
import XwTransformTimeZone from '@salesforce/label/c.XwTransformTimeZone';
import XwValueMapsTitle from '@salesforce/label/c.XwValueMapsTitle';
import XwValueMapSalesforce from '@salesforce/label/c.XwValueMapSalesforce';
import XwValueMapRemote from '@salesforce/label/c.XwValueMapRemote';
import XwValueMapAdd from '@salesforce/label/c.XwValueMapAdd';
import XwValueMapFromPicklist from '@salesforce/label/c.XwValueMapFromPicklist';
import XwValueMapEmpty from '@salesforce/label/c.XwValueMapEmpty';
import XwValueMapRemove from '@salesforce/label/c.XwValueMapRemove';
import XwRelationsTitle from '@salesforce/label/c.XwRelationsTitle';
import XwRelationsEmpty from '@salesforce/label/c.XwRelationsEmpty';
import XwRelationAdd from '@salesforce/label/c.XwRelationAdd';
import XwRelationLookup from '@salesforce/label/c.XwRelationLookup';
import XwRelationRemoteReference from '@salesforce/label/c.XwRelationRemoteReference';
import XwRelationParent from '@salesforce/label/c.XwRelationParent';
import XwRelationRemove from '@salesforce/label/c.XwRelationRemove';
import XwRelationIncomplete from '@salesforce/label/c.XwRelationIncomplete';
import XwFieldRowIncomplete from '@salesforce/label/c.XwFieldRowIncomplete';
import XwProblemsTitle from '@salesforce/label/c.XwProblemsTitle';
import XwProblemError from '@salesforce/label/c.XwProblemError';
import XwProblemWarning from '@salesforce/label/c.XwProblemWarning';
import XwMonitorTitle from '@salesforce/label/c.XwMonitorTitle';
import XwMetricSuccessRate from '@salesforce/label/c.XwMetricSuccessRate';
import XwMetricLatency from '@salesforce/label/c.XwMetricLatency';
import XwMetricRecordsPerHour from '@salesforce/label/c.XwMetricRecordsPerHour';
import XwMetricErrors24h from '@salesforce/label/c.XwMetricErrors24h';
import XwMetricApiCalls from '@salesforce/label/c.XwMetricApiCalls';
import XwMetricApiBudget from '@salesforce/label/c.XwMetricApiBudget';
import XwMetricNoBudget from '@salesforce/label/c.XwMetricNoBudget';
import XwMetricMs from '@salesforce/label/c.XwMetricMs';
import XwMetricPercent from '@salesforce/label/c.XwMetricPercent';
import XwOrgLimitsTitle from '@salesforce/label/c.XwOrgLimitsTitle';
import XwOrgLimitsEmpty from '@salesforce/label/c.XwOrgLimitsEmpty';
import XwColLimit from '@salesforce/label/c.XwColLimit';
import XwColUsed from '@salesforce/label/c.XwColUsed';
import XwColMax from '@salesforce/label/c.XwColMax';
import XwInitialSyncTitle from '@salesforce/label/c.XwInitialSyncTitle';
import XwInitialSyncMapping from '@salesforce/label/c.XwInitialSyncMapping';
import XwInitialSyncStart from '@salesforce/label/c.XwInitialSyncStart';
import XwInitialSyncStarted from '@salesforce/label/c.XwInitialSyncStarted';
import XwInitialSyncEmpty from '@salesforce/label/c.XwInitialSyncEmpty';
import XwProgressCounts from '@salesforce/label/c.XwProgressCounts';
import XwProgressEta from '@salesforce/label/c.XwProgressEta';
import XwDurationHours from '@salesforce/label/c.XwDurationHours';
import XwDurationMinutes from '@salesforce/label/c.XwDurationMinutes';
import XwDurationSeconds from '@salesforce/label/c.XwDurationSeconds';
import XwChartTitle from '@salesforce/label/c.XwChartTitle';
import XwChartSynced from '@salesforce/label/c.XwChartSynced';
import XwChartFailed from '@salesforce/label/c.XwChartFailed';
import XwChartEmpty from '@salesforce/label/c.XwChartEmpty';
import XwChartSummary from '@salesforce/label/c.XwChartSummary';
import XwChartHour from '@salesforce/label/c.XwChartHour';
import XwErrorsTitle from '@salesforce/label/c.XwErrorsTitle';
import XwErrorsEmpty from '@salesforce/label/c.XwErrorsEmpty';
import XwErrorsFilterStatus from '@salesforce/label/c.XwErrorsFilterStatus';
import XwErrorsFilterCategory from '@salesforce/label/c.XwErrorsFilterCategory';
import XwErrorsFilterSearch from '@salesforce/label/c.XwErrorsFilterSearch';
import XwErrorsAny from '@salesforce/label/c.XwErrorsAny';
import XwRetry from '@salesforce/label/c.XwRetry';
import XwDiscard from '@salesforce/label/c.XwDiscard';
import XwRetrySelected from '@salesforce/label/c.XwRetrySelected';
import XwDiscardSelected from '@salesforce/label/c.XwDiscardSelected';
import XwRetried from '@salesforce/label/c.XwRetried';
import XwDiscarded from '@salesforce/label/c.XwDiscarded';
import XwDetails from '@salesforce/label/c.XwDetails';
import XwColOccurred from '@salesforce/label/c.XwColOccurred';
import XwColObject from '@salesforce/label/c.XwColObject';
import XwColRecord from '@salesforce/label/c.XwColRecord';
import XwColField from '@salesforce/label/c.XwColField';
import XwColCategory from '@salesforce/label/c.XwColCategory';
import XwColMessage from '@salesforce/label/c.XwColMessage';
import XwColSuggested from '@salesforce/label/c.XwColSuggested';
import XwErrorDetailTitle from '@salesforce/label/c.XwErrorDetailTitle';
import XwErrorCode from '@salesforce/label/c.XwErrorCode';
import XwErrorDirection from '@salesforce/label/c.XwErrorDirection';
import XwErrorRemoteId from '@salesforce/label/c.XwErrorRemoteId';
import XwErrorsCount from '@salesforce/label/c.XwErrorsCount';
import XwConflictsTitle from '@salesforce/label/c.XwConflictsTitle';
import XwConflictsEmpty from '@salesforce/label/c.XwConflictsEmpty';
import XwConflictFields from '@salesforce/label/c.XwConflictFields';
import XwConflictCompareTitle from '@salesforce/label/c.XwConflictCompareTitle';
import XwConflictField from '@salesforce/label/c.XwConflictField';
import XwConflictSalesforce from '@salesforce/label/c.XwConflictSalesforce';
import XwConflictRemote from '@salesforce/label/c.XwConflictRemote';
import XwConflictKeepSalesforce from '@salesforce/label/c.XwConflictKeepSalesforce';
import XwConflictKeepRemote from '@salesforce/label/c.XwConflictKeepRemote';
import XwConflictAllSalesforce from '@salesforce/label/c.XwConflictAllSalesforce';
import XwConflictAllRemote from '@salesforce/label/c.XwConflictAllRemote';
import XwConflictApply from '@salesforce/label/c.XwConflictApply';
import XwConflictResolved from '@salesforce/label/c.XwConflictResolved';
import XwConflictChooseAll from '@salesforce/label/c.XwConflictChooseAll';
import XwConflictEmptyValue from '@salesforce/label/c.XwConflictEmptyValue';
import XwSettingsTitle from '@salesforce/label/c.XwSettingsTitle';
import XwKillSwitchTitle from '@salesforce/label/c.XwKillSwitchTitle';
import XwKillSwitchLabel from '@salesforce/label/c.XwKillSwitchLabel';
import XwKillSwitchHelp from '@salesforce/label/c.XwKillSwitchHelp';
import XwKillSwitchOn from '@salesforce/label/c.XwKillSwitchOn';
import XwKillSwitchOff from '@salesforce/label/c.XwKillSwitchOff';
import XwExportTitle from '@salesforce/label/c.XwExportTitle';
import XwExportHelp from '@salesforce/label/c.XwExportHelp';
import XwExportButton from '@salesforce/label/c.XwExportButton';
import XwExportDone from '@salesforce/label/c.XwExportDone';
import XwImportTitle from '@salesforce/label/c.XwImportTitle';
import XwImportHelp from '@salesforce/label/c.XwImportHelp';
import XwImportFile from '@salesforce/label/c.XwImportFile';
import XwImportButton from '@salesforce/label/c.XwImportButton';
import XwImportSuccess from '@salesforce/label/c.XwImportSuccess';
import XwImportFailed from '@salesforce/label/c.XwImportFailed';
import XwImportReportTitle from '@salesforce/label/c.XwImportReportTitle';
import XwImportChosen from '@salesforce/label/c.XwImportChosen';
import XwImportReadFailed from '@salesforce/label/c.XwImportReadFailed';
import XwOptRunRunning from '@salesforce/label/c.XwOptRunRunning';
import XwOptRunCompleted from '@salesforce/label/c.XwOptRunCompleted';
import XwOptRunFailed from '@salesforce/label/c.XwOptRunFailed';
import XwOptRunAborted from '@salesforce/label/c.XwOptRunAborted';

export const LABELS = {
  errorNeedManageSync: XwErrorNeedManageSync,
  errorNoAccess: XwErrorNoAccess,
  errorNothingToSave: XwErrorNothingToSave,
  errorConnectionNotFound: XwErrorConnectionNotFound,
  errorMappingNotFound: XwErrorMappingNotFound,
  errorUnknownObject: XwErrorUnknownObject,
  errorNothingSelected: XwErrorNothingSelected,
  errorConflictNotOpen: XwErrorConflictNotOpen,
  errorPickASide: XwErrorPickASide,
  appTitle: XwAppTitle,
  appSubtitle: XwAppSubtitle,
  connectionPicker: XwConnectionPicker,
  connectionPickerPlaceholder: XwConnectionPickerPlaceholder,
  refresh: XwRefresh,
  loading: XwLoading,
  save: XwSave,
  cancel: XwCancel,
  close: XwClose,
  edit: XwEdit,
  noConnectionSelected: XwNoConnectionSelected,
  readOnlyHint: XwReadOnlyHint,
  errorTitle: XwErrorTitle,
  tabConnections: XwTabConnections,
  tabMappings: XwTabMappings,
  tabMonitor: XwTabMonitor,
  tabErrors: XwTabErrors,
  tabConflicts: XwTabConflicts,
  tabSettings: XwTabSettings,
  connectionsTitle: XwConnectionsTitle,
  connectionsEmpty: XwConnectionsEmpty,
  connectionNew: XwConnectionNew,
  connectionEditTitle: XwConnectionEditTitle,
  colName: XwColName,
  colStatus: XwColStatus,
  colRemote: XwColRemote,
  colFrequency: XwColFrequency,
  colObjects: XwColObjects,
  colErrors24h: XwColErrors24h,
  colLastSync: XwColLastSync,
  colActions: XwColActions,
  verify: XwVerify,
  pause: XwPause,
  resume: XwResume,
  syncNow: XwSyncNow,
  syncStarted: XwSyncStarted,
  syncAlreadyRunning: XwSyncAlreadyRunning,
  pausedToast: XwPausedToast,
  resumedToast: XwResumedToast,
  connectionSaved: XwConnectionSaved,
  verifySuccess: XwVerifySuccess,
  verifyDetails: XwVerifyDetails,
  verifyFailed: XwVerifyFailed,
  verifyTitle: XwVerifyTitle,
  neverSynced: XwNeverSynced,
  inactive: XwInactive,
  actionsFor: XwActionsFor,
  fieldName: XwFieldName,
  fieldRemoteType: XwFieldRemoteType,
  fieldNamedCredential: XwFieldNamedCredential,
  fieldNamedCredentialHelp: XwFieldNamedCredentialHelp,
  fieldEnvironment: XwFieldEnvironment,
  fieldFrequency: XwFieldFrequency,
  fieldDefaultDirection: XwFieldDefaultDirection,
  fieldConflictPolicy: XwFieldConflictPolicy,
  fieldBatchSize: XwFieldBatchSize,
  fieldDailyApiBudget: XwFieldDailyApiBudget,
  fieldMaxAttempts: XwFieldMaxAttempts,
  fieldActive: XwFieldActive,
  optRestJson: XwOptRestJson,
  optSalesforceOrg: XwOptSalesforceOrg,
  optProduction: XwOptProduction,
  optSandbox: XwOptSandbox,
  optRealTime: XwOptRealTime,
  optEvery15Minutes: XwOptEvery15Minutes,
  optHourly: XwOptHourly,
  optManual: XwOptManual,
  optBoth: XwOptBoth,
  optToRemote: XwOptToRemote,
  optFromRemote: XwOptFromRemote,
  optInternal: XwOptInternal,
  optSalesforceWins: XwOptSalesforceWins,
  optRemoteWins: XwOptRemoteWins,
  optNewestWins: XwOptNewestWins,
  optManualReview: XwOptManualReview,
  optSynchronize: XwOptSynchronize,
  optExport: XwOptExport,
  optImport: XwOptImport,
  optIdSalesforce: XwOptIdSalesforce,
  optIdRemote: XwOptIdRemote,
  optIdPrefixCounter: XwOptIdPrefixCounter,
  optStrict: XwOptStrict,
  optProgressive: XwOptProgressive,
  optTransformNone: XwOptTransformNone,
  optTransformValueMap: XwOptTransformValueMap,
  optTransformTemplate: XwOptTransformTemplate,
  optTransformConstant: XwOptTransformConstant,
  optTransformFallbackChain: XwOptTransformFallbackChain,
  optTransformTruncate: XwOptTransformTruncate,
  optTransformNumberScale: XwOptTransformNumberScale,
  optTransformDateFormat: XwOptTransformDateFormat,
  optRoundHalfUp: XwOptRoundHalfUp,
  optRoundHalfEven: XwOptRoundHalfEven,
  optRoundDown: XwOptRoundDown,
  optRoundUp: XwOptRoundUp,
  optStatusNew: XwOptStatusNew,
  optStatusVerified: XwOptStatusVerified,
  optStatusFailing: XwOptStatusFailing,
  optStatusPaused: XwOptStatusPaused,
  optStatusDisabled: XwOptStatusDisabled,
  optOpen: XwOptOpen,
  optRetrying: XwOptRetrying,
  optResolved: XwOptResolved,
  optDiscarded: XwOptDiscarded,
  optCatRateLimit: XwOptCatRateLimit,
  optCatInvalidField: XwOptCatInvalidField,
  optCatRecordLocked: XwOptCatRecordLocked,
  optCatAuth: XwOptCatAuth,
  optCatValidation: XwOptCatValidation,
  optCatNotFound: XwOptCatNotFound,
  optCatConflict: XwOptCatConflict,
  optCatTimeout: XwOptCatTimeout,
  optCatServer: XwOptCatServer,
  optCatConfiguration: XwOptCatConfiguration,
  optCatUnknown: XwOptCatUnknown,
  statusUnknown: XwStatusUnknown,
  statusAssistive: XwStatusAssistive,
  mappingsTitle: XwMappingsTitle,
  mappingsEmpty: XwMappingsEmpty,
  mappingNew: XwMappingNew,
  mappingNewTitle: XwMappingNewTitle,
  mappingSaved: XwMappingSaved,
  mappingValid: XwMappingValid,
  validate: XwValidate,
  mappingObjects: XwMappingObjects,
  mappingSalesforceObject: XwMappingSalesforceObject,
  mappingRemoteObject: XwMappingRemoteObject,
  mappingRemoteUnavailable: XwMappingRemoteUnavailable,
  mappingSyncType: XwMappingSyncType,
  mappingActive: XwMappingActive,
  mappingSortOrder: XwMappingSortOrder,
  mappingOperations: XwMappingOperations,
  mappingToRemote: XwMappingToRemote,
  mappingFromRemote: XwMappingFromRemote,
  opCreate: XwOpCreate,
  opUpdate: XwOpUpdate,
  opDelete: XwOpDelete,
  mappingIdentity: XwMappingIdentity,
  mappingIdGeneration: XwMappingIdGeneration,
  mappingIdPrefix: XwMappingIdPrefix,
  mappingExternalId: XwMappingExternalId,
  mappingIdentifyingFields: XwMappingIdentifyingFields,
  mappingIdentifyingAvailable: XwMappingIdentifyingAvailable,
  mappingIdentifyingSelected: XwMappingIdentifyingSelected,
  mappingMatchingMode: XwMappingMatchingMode,
  mappingFilter: XwMappingFilter,
  mappingFilterHelp: XwMappingFilterHelp,
  mappingRemoteModified: XwMappingRemoteModified,
  mappingSyncFiles: XwMappingSyncFiles,
  mappingFields: XwMappingFields,
  mappingFieldsEmpty: XwMappingFieldsEmpty,
  mappingAddField: XwMappingAddField,
  mappingPickObject: XwMappingPickObject,
  fieldSalesforce: XwFieldSalesforce,
  fieldRemote: XwFieldRemote,
  fieldDirection: XwFieldDirection,
  fieldTransform: XwFieldTransform,
  fieldRequired: XwFieldRequired,
  fieldSensitive: XwFieldSensitive,
  fieldRemoveRow: XwFieldRemoveRow,
  fieldRowLabel: XwFieldRowLabel,
  hintCompatible: XwHintCompatible,
  hintIncompatible: XwHintIncompatible,
  hintRelation: XwHintRelation,
  hintIdField: XwHintIdField,
  hintUnsupported: XwHintUnsupported,
  hintRounded: XwHintRounded,
  hintTruncated: XwHintTruncated,
  hintUnknownRemoteType: XwHintUnknownRemoteType,
  hintUseDateFormat: XwHintUseDateFormat,
  hintUseValueMap: XwHintUseValueMap,
  transformTemplate: XwTransformTemplate,
  transformTemplateHelp: XwTransformTemplateHelp,
  transformConstant: XwTransformConstant,
  transformFallbackFields: XwTransformFallbackFields,
  transformDefault: XwTransformDefault,
  transformSalesforceDefault: XwTransformSalesforceDefault,
  transformRemoteDefault: XwTransformRemoteDefault,
  transformLength: XwTransformLength,
  transformScale: XwTransformScale,
  transformRoundingMode: XwTransformRoundingMode,
  transformFormat: XwTransformFormat,
  transformFormatHelp: XwTransformFormatHelp,
  transformTimeZone: XwTransformTimeZone,
  valueMapsTitle: XwValueMapsTitle,
  valueMapSalesforce: XwValueMapSalesforce,
  valueMapRemote: XwValueMapRemote,
  valueMapAdd: XwValueMapAdd,
  valueMapFromPicklist: XwValueMapFromPicklist,
  valueMapEmpty: XwValueMapEmpty,
  valueMapRemove: XwValueMapRemove,
  relationsTitle: XwRelationsTitle,
  relationsEmpty: XwRelationsEmpty,
  relationAdd: XwRelationAdd,
  relationLookup: XwRelationLookup,
  relationRemoteReference: XwRelationRemoteReference,
  relationParent: XwRelationParent,
  relationRemove: XwRelationRemove,
  relationIncomplete: XwRelationIncomplete,
  fieldRowIncomplete: XwFieldRowIncomplete,
  problemsTitle: XwProblemsTitle,
  problemError: XwProblemError,
  problemWarning: XwProblemWarning,
  monitorTitle: XwMonitorTitle,
  metricSuccessRate: XwMetricSuccessRate,
  metricLatency: XwMetricLatency,
  metricRecordsPerHour: XwMetricRecordsPerHour,
  metricErrors24h: XwMetricErrors24h,
  metricApiCalls: XwMetricApiCalls,
  metricApiBudget: XwMetricApiBudget,
  metricNoBudget: XwMetricNoBudget,
  metricMs: XwMetricMs,
  metricPercent: XwMetricPercent,
  orgLimitsTitle: XwOrgLimitsTitle,
  orgLimitsEmpty: XwOrgLimitsEmpty,
  colLimit: XwColLimit,
  colUsed: XwColUsed,
  colMax: XwColMax,
  initialSyncTitle: XwInitialSyncTitle,
  initialSyncMapping: XwInitialSyncMapping,
  initialSyncStart: XwInitialSyncStart,
  initialSyncStarted: XwInitialSyncStarted,
  initialSyncEmpty: XwInitialSyncEmpty,
  progressCounts: XwProgressCounts,
  progressEta: XwProgressEta,
  durationHours: XwDurationHours,
  durationMinutes: XwDurationMinutes,
  durationSeconds: XwDurationSeconds,
  chartTitle: XwChartTitle,
  chartSynced: XwChartSynced,
  chartFailed: XwChartFailed,
  chartEmpty: XwChartEmpty,
  chartSummary: XwChartSummary,
  chartHour: XwChartHour,
  errorsTitle: XwErrorsTitle,
  errorsEmpty: XwErrorsEmpty,
  errorsFilterStatus: XwErrorsFilterStatus,
  errorsFilterCategory: XwErrorsFilterCategory,
  errorsFilterSearch: XwErrorsFilterSearch,
  errorsAny: XwErrorsAny,
  retry: XwRetry,
  discard: XwDiscard,
  retrySelected: XwRetrySelected,
  discardSelected: XwDiscardSelected,
  retried: XwRetried,
  discarded: XwDiscarded,
  details: XwDetails,
  colOccurred: XwColOccurred,
  colObject: XwColObject,
  colRecord: XwColRecord,
  colField: XwColField,
  colCategory: XwColCategory,
  colMessage: XwColMessage,
  colSuggested: XwColSuggested,
  errorDetailTitle: XwErrorDetailTitle,
  errorCode: XwErrorCode,
  errorDirection: XwErrorDirection,
  errorRemoteId: XwErrorRemoteId,
  errorsCount: XwErrorsCount,
  conflictsTitle: XwConflictsTitle,
  conflictsEmpty: XwConflictsEmpty,
  conflictFields: XwConflictFields,
  conflictCompareTitle: XwConflictCompareTitle,
  conflictField: XwConflictField,
  conflictSalesforce: XwConflictSalesforce,
  conflictRemote: XwConflictRemote,
  conflictKeepSalesforce: XwConflictKeepSalesforce,
  conflictKeepRemote: XwConflictKeepRemote,
  conflictAllSalesforce: XwConflictAllSalesforce,
  conflictAllRemote: XwConflictAllRemote,
  conflictApply: XwConflictApply,
  conflictResolved: XwConflictResolved,
  conflictChooseAll: XwConflictChooseAll,
  conflictEmptyValue: XwConflictEmptyValue,
  settingsTitle: XwSettingsTitle,
  killSwitchTitle: XwKillSwitchTitle,
  killSwitchLabel: XwKillSwitchLabel,
  killSwitchHelp: XwKillSwitchHelp,
  killSwitchOn: XwKillSwitchOn,
  killSwitchOff: XwKillSwitchOff,
  exportTitle: XwExportTitle,
  exportHelp: XwExportHelp,
  exportButton: XwExportButton,
  exportDone: XwExportDone,
  importTitle: XwImportTitle,
  importHelp: XwImportHelp,
  importFile: XwImportFile,
  importButton: XwImportButton,
  importSuccess: XwImportSuccess,
  importFailed: XwImportFailed,
  importReportTitle: XwImportReportTitle,
  importChosen: XwImportChosen,
  importReadFailed: XwImportReadFailed,
  optRunRunning: XwOptRunRunning,
  optRunCompleted: XwOptRunCompleted,
  optRunFailed: XwOptRunFailed,
  optRunAborted: XwOptRunAborted
} as const;

export type LabelKey = keyof typeof LABELS;
