using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SmeOnboard.E2E.Infrastructure;

/// <summary>
/// Keeps the portal's warnings and errors in memory, so a failing journey can show what went wrong on the server
/// (the browser only sees "Sorry, that did not work").
/// </summary>
public sealed class ServerLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();
    private int _count;

    /// <summary>How many entries exist now; pass it to <see cref="Since"/> later.</summary>
    public int Position => Volatile.Read(ref _count);

    public IReadOnlyList<string> Since(int position) => _entries.Skip(position).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(string entry)
    {
        _entries.Enqueue(entry);
        Interlocked.Increment(ref _count);
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Write($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}");
            }
        }
    }
}
