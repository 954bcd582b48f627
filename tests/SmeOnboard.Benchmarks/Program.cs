using SmeOnboard.Benchmarks.Bdn;
using SmeOnboard.Benchmarks.Catalogue;
using SmeOnboard.Benchmarks.Compare;
using SmeOnboard.Benchmarks.Devices;
using SmeOnboard.Benchmarks.Memory;
using SmeOnboard.Benchmarks.Postgres;
using SmeOnboard.Benchmarks.Support;
using SmeOnboard.Benchmarks.Vouchers;
using SmeOnboard.Benchmarks.Waiting;

// Entry point: one benchmark per mode, so each can be run (and reproduced) on its own. See docs/benchmarks/workflows.md.
if (BenchOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

MachineInfo.Print();
switch (options.Mode)
{
    case "compare":
        await CompareBenchmark.RunAsync(options);
        return 0;
    case "waiting":
        await WaitingBenchmark.RunAsync(options);
        return 0;
    case "memory":
        await MemoryBenchmark.RunAsync(options);
        return 0;
    case "postgres":
        return await PostgresBenchmark.RunAsync(options);
    case "devices":
        return await DevicesBenchmark.RunAsync(options);
    case "catalogue":
        return await CatalogueBenchmark.RunAsync(options);
    case "vouchers":
        return await VouchersBenchmark.RunAsync(options);
    case "bdn":
        BdnRunner.Run(options.Rest, smoke: args.Contains("--smoke"));
        return 0;
    default:
        Console.Error.WriteLine(BenchOptions.Usage);
        return 2;
}
