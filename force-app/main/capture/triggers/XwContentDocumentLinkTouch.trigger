// A File shared with or removed from a record re-syncs that record.
trigger XwContentDocumentLinkTouch on ContentDocumentLink(after insert, after delete) {
  XwTouchParent.run();
}
