trigger XwValueMapTrigger on XwValueMap__c(before insert, before update) {
  XwConfigTriggerHandler.onValueMaps(Trigger.new, Trigger.oldMap);
}
