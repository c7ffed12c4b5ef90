// Starts delivery for the connections capture asked for, as the subscriber's running user (the
// integration user, see XwDeliveryRequestSubscriber). Keep it one line.
trigger XwDeliveryRequestDispatch on XwDeliveryRequest__e(after insert) {
  XwDeliveryRequestSubscriber.run();
}
