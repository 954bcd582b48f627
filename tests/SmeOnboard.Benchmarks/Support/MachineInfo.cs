using System.Runtime.InteropServices;

namespace SmeOnboard.Benchmarks.Support;

/// <summary>Prints what the figures were measured on, since they mean little without it.</summary>
public static class MachineInfo
{
    public static void Print()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        Console.WriteLine($"# {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, " +
            $"{Environment.ProcessorCount} logical cores, {memory:F1} GiB, load average {load}, " +
            $"GC server={System.Runtime.GCSettings.IsServerGC}, started {DateTimeOffset.UtcNow:u}");
    }
}
