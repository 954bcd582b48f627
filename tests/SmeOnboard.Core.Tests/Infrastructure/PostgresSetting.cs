using System.Diagnostics;
using Npgsql;

namespace SmeOnboard.Core.Tests.Infrastructure;

/// <summary>
/// Reads SMEONBOARD_PG and decides what a missing server means: a skip on a developer's machine, a failure in CI,
/// because CI always provides PostgreSQL and a silent skip there would hide half of the test run.
/// </summary>
internal static class PostgresSetting
{
    public const string Variable = "SMEONBOARD_PG";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the connection string, or skips (locally) or fails (in CI) the current test.</summary>
    public static string RequireOrSkip()
    {
        if (ConnectionString is { } connectionString)
        {
            return connectionString;
        }
        if (IsCi)
        {
            Assert.Fail($"PostgreSQL not configured but CI=true: set {Variable} so the PostgreSQL cases run in CI.");
        }
        Assert.Skip($"PostgreSQL not configured: set {Variable} to run these cases");
        throw new UnreachableException();
    }

    /// <summary>Where the server is, without the password, for error messages.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"Host={builder.Host};Port={builder.Port};Username={builder.Username};Database={builder.Database}";
    }
}
