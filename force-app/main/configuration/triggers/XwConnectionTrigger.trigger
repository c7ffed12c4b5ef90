trigger XwConnectionTrigger on XwConnection__c(before insert, before update) {
  XwConfigTriggerHandler.onConnections(Trigger.new, Trigger.oldMap);
}
