namespace SmeOnboard.Benchmarks.WorkflowCoreFlow;

/// <summary>Counts instances that reached their last step and signals when the expected number have.</summary>
public sealed class CompletionCounter
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected = int.MaxValue;
    private int _completed;

    public Task All => _all.Task;

    public void Expect(int count)
    {
        _expected = count;
        if (Volatile.Read(ref _completed) >= count)
            _all.TrySetResult();
    }

    public void Complete()
    {
        if (Interlocked.Increment(ref _completed) >= Volatile.Read(ref _expected))
            _all.TrySetResult();
    }
}
