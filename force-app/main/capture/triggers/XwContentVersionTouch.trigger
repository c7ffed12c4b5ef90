// A new version of a File re-syncs every record the File is shared with.
trigger XwContentVersionTouch on ContentVersion(after insert) {
  XwTouchParent.run();
}
