// Deleting or restoring a File re-syncs its records (deleting a File fires no link triggers).
trigger XwContentDocumentTouch on ContentDocument(before delete, after delete, after undelete) {
  XwTouchParent.run();
}
