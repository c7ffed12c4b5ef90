// Merges each captured change into the outbox row it lands on (see XwOutboxCoalescer).
trigger XwOutboxCoalesce on XwOutbox__c(before update) {
  XwOutboxCoalescer.run();
}
