using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SmeOnboard.Benchmarks.Bdn;

/// <summary>Runs the BenchmarkDotNet suite in this process.</summary>
/// <remarks>
/// In-process, so BenchmarkDotNet does not generate and build a second project under bin/, which would pick up
/// this repository's Directory.Build.props files (test packages, central versions) meant for real projects.
/// ShortRun by default keeps the suite to a minute or two on a two-core machine; pass BenchmarkDotNet's own
/// arguments after `--` (e.g. `-- --job default`) for longer runs.
/// </remarks>
public static class BdnRunner
{
    public static void Run(string[] args, bool smoke)
    {
        var job = (smoke ? Job.Dry : Job.ShortRun).WithToolchain(InProcessEmitToolchain.Instance);
        var config = DefaultConfig.Instance.AddJob(job);
        BenchmarkSwitcher.FromTypes([typeof(BurstBenchmarks)]).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
    }
}
