using System.ComponentModel.DataAnnotations;

namespace SmeOnboard.CrashHost;

/// <summary>What the host starts: instances crash-0000 … of one published definition of one organisation.</summary>
public sealed class CrashHostOptions
{
    public const string Section = "CrashHost";

    [Required]
    public string Organisation { get; set; } = "";

    [Required]
    public string Definition { get; set; } = "";

    [Range(0, 100_000)]
    public int Instances { get; set; }

    /// <summary>The id of the instance number <paramref name="index"/>; fixed, so a restarted host knows what is left to start.</summary>
    public static string InstanceId(int index) => $"crash-{index:D4}";
}
