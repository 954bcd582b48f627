namespace SmeOnboard.Workflows.Expressions;

/// <summary>Sandbox limits for JavaScript expressions and the size of the engine pool.</summary>
public sealed class ScriptOptions
{
    /// <summary>Wall-clock time one evaluation may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Bytes one evaluation may allocate.</summary>
    public long MemoryLimitBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Depth of nested JavaScript calls.</summary>
    public int MaxRecursionDepth { get; init; } = 100;

    /// <summary>Idle engines kept per organisation; engines are never shared between organisations.</summary>
    public int PooledEnginesPerOrganisation { get; init; } = 4;

    /// <summary>Prepared scripts kept in memory before the cache is emptied.</summary>
    public int MaxCachedScripts { get; init; } = 2_000;
}
