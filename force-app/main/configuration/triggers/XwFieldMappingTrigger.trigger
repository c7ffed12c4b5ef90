trigger XwFieldMappingTrigger on XwFieldMapping__c(before insert, before update) {
  XwConfigTriggerHandler.onFieldMappings(Trigger.new, Trigger.oldMap);
}
