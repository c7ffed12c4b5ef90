trigger XwRelationMappingTrigger on XwRelationMapping__c(before insert, before update) {
  XwConfigTriggerHandler.onRelationMappings(Trigger.new, Trigger.oldMap);
}
