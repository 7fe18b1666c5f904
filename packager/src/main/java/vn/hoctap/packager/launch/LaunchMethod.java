package vn.hoctap.packager.launch;

/** Where the AU may be opened (cmi5 §8.1): any window (the LMS chooses, a frame too) or its own window. */
public enum LaunchMethod {
    AnyWindow, OwnWindow
}
