namespace SmeOnboard.Benchmarks.Compare;

/// <summary>One end-to-end run: how many activities executed, and how long from the first start until every instance was complete.</summary>
public sealed record RunResult(int Instances, long ActivityExecutions, TimeSpan Elapsed)
{
    public double ExecutionsPerSecond => ActivityExecutions / Elapsed.TotalSeconds;
}
