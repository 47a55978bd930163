namespace Evidence.Search;

/// <summary>
/// The library has no open index: it is still being opened, another process holds its write lock, or the
/// folder cannot be read. Callers answer "try again later" (503), not "you asked wrongly" or "we broke".
/// The message names no path, so it can be shown to clients.
/// </summary>
public sealed class IndexUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
