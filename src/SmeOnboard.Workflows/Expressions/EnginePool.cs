using System.Collections.Concurrent;
using Jint;

namespace SmeOnboard.Workflows.Expressions;

/// <summary>Idle Jint engines, kept per organisation so that nothing a script leaves behind crosses tenants.</summary>
internal sealed class EnginePool(ScriptOptions options)
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<Engine>> _idle = new(StringComparer.Ordinal);

    public Engine Rent(string organisationId) =>
        _idle.TryGetValue(organisationId, out var bag) && bag.TryTake(out var engine) ? engine : Create();

    public void Return(string organisationId, Engine engine)
    {
        var bag = _idle.GetOrAdd(organisationId, _ => []);
        if (bag.Count < options.PooledEnginesPerOrganisation)
            bag.Add(engine);
    }

    private Engine Create() => new(o => o
        .Strict()
        .TimeoutInterval(options.Timeout)
        .LimitMemory(options.MemoryLimitBytes)
        .LimitRecursion(options.MaxRecursionDepth));
}
