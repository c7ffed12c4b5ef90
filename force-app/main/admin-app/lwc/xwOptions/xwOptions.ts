// The picklist values of Crosswalk's objects with the labels the admin app shows for them.
import { LABELS } from 'c/xwLabels';
import type { Option } from 'c/xwModel';

function list(entries: readonly (readonly [string, string])[]): Option[] {
  return entries.map(([value, label]) => ({ value, label }));
}

export const REMOTE_TYPES = list([
  ['RestJson', LABELS.optRestJson],
  ['SalesforceOrg', LABELS.optSalesforceOrg]
]);

export const ENVIRONMENTS = list([
  ['Production', LABELS.optProduction],
  ['Sandbox', LABELS.optSandbox]
]);

export const FREQUENCIES = list([
  ['RealTime', LABELS.optRealTime],
  ['Every15Minutes', LABELS.optEvery15Minutes],
  ['Hourly', LABELS.optHourly],
  ['Manual', LABELS.optManual]
]);

export const DIRECTIONS = list([
  ['Both', LABELS.optBoth],
  ['ToRemote', LABELS.optToRemote],
  ['FromRemote', LABELS.optFromRemote]
]);

export const CONFLICT_POLICIES = list([
  ['SalesforceWins', LABELS.optSalesforceWins],
  ['RemoteWins', LABELS.optRemoteWins],
  ['NewestWins', LABELS.optNewestWins],
  ['ManualReview', LABELS.optManualReview]
]);

export const SYNC_TYPES = list([
  ['Synchronize', LABELS.optSynchronize],
  ['Export', LABELS.optExport],
  ['Import', LABELS.optImport]
]);

export const ID_GENERATION = list([
  ['Salesforce', LABELS.optIdSalesforce],
  ['Remote', LABELS.optIdRemote],
  ['PrefixCounter', LABELS.optIdPrefixCounter]
]);

export const MATCHING_MODES = list([
  ['Strict', LABELS.optStrict],
  ['Progressive', LABELS.optProgressive]
]);

export const TRANSFORM_TYPES = list([
  ['None', LABELS.optTransformNone],
  ['ValueMap', LABELS.optTransformValueMap],
  ['Template', LABELS.optTransformTemplate],
  ['Constant', LABELS.optTransformConstant],
  ['FallbackChain', LABELS.optTransformFallbackChain],
  ['Truncate', LABELS.optTransformTruncate],
  ['NumberScale', LABELS.optTransformNumberScale],
  ['DateFormat', LABELS.optTransformDateFormat]
]);

export const ROUNDING_MODES = list([
  ['HALF_UP', LABELS.optRoundHalfUp],
  ['HALF_EVEN', LABELS.optRoundHalfEven],
  ['DOWN', LABELS.optRoundDown],
  ['UP', LABELS.optRoundUp]
]);

export const ERROR_STATUSES = list([
  ['Open', LABELS.optOpen],
  ['Retrying', LABELS.optRetrying],
  ['Resolved', LABELS.optResolved],
  ['Discarded', LABELS.optDiscarded]
]);

export const ERROR_CATEGORIES = list([
  ['RateLimit', LABELS.optCatRateLimit],
  ['InvalidField', LABELS.optCatInvalidField],
  ['RecordLocked', LABELS.optCatRecordLocked],
  ['Auth', LABELS.optCatAuth],
  ['Validation', LABELS.optCatValidation],
  ['NotFound', LABELS.optCatNotFound],
  ['Conflict', LABELS.optCatConflict],
  ['Timeout', LABELS.optCatTimeout],
  ['Server', LABELS.optCatServer],
  ['Configuration', LABELS.optCatConfiguration],
  ['Unknown', LABELS.optCatUnknown]
]);

export const ERROR_DIRECTIONS = list([
  ['ToRemote', LABELS.optToRemote],
  ['FromRemote', LABELS.optFromRemote],
  ['Internal', LABELS.optInternal]
]);

/** The label of a value in a list of options, or the value itself when it is not listed. */
export function labelOf(optionList: readonly Option[], value: string | undefined): string {
  if (!value) return '';
  return optionList.find((option) => option.value === value)?.label ?? value;
}

/** The options with an "Any" entry (empty value) in front, for filters. */
export function withAny(optionList: readonly Option[]): Option[] {
  return [{ value: '', label: LABELS.errorsAny }, ...optionList];
}
