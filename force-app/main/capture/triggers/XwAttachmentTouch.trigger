// A new, changed or deleted Attachment re-syncs its parent record (Attachments cannot be undeleted).
trigger XwAttachmentTouch on Attachment(after insert, after update, after delete) {
  XwTouchParent.run();
}
