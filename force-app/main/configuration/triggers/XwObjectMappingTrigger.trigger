trigger XwObjectMappingTrigger on XwObjectMapping__c(before insert, before update) {
  XwConfigTriggerHandler.onObjectMappings(Trigger.new, Trigger.oldMap);
}
