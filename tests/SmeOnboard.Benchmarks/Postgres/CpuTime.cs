using System.Diagnostics;
using System.Globalization;
using Dapper;
using Npgsql;

namespace SmeOnboard.Benchmarks.Postgres;

/// <summary>
/// CPU time spent by this process and by the server's backends serving one database, read from /proc (the server runs
/// on this machine). CPU per commit hardly depends on how busy the machine is, unlike commits per second, so it says
/// where a commit's cost lies even when other work shares the cores.
/// </summary>
public sealed record CpuTime(TimeSpan Client, TimeSpan Server)
{
    private const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux build .NET runs on

    public static async Task<CpuTime> NowAsync(BenchDatabase database)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        var pids = await connection.QueryAsync<int>(
            "SELECT pid FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", new { name = database.Name });
        var server = pids.Sum(ReadProcessTicks) / TicksPerSecond;
        return new CpuTime(Process.GetCurrentProcess().TotalProcessorTime, TimeSpan.FromSeconds(server));
    }

    public CpuTime Since(CpuTime start) => new(Client - start.Client, Server - start.Server);

    // utime + stime, fields 14 and 15 of /proc/PID/stat, counted after the command name's closing parenthesis.
    private static long ReadProcessTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // a backend that ended between the query and the read
        }
    }
}
