using System.ComponentModel.DataAnnotations;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>How large a file or signature attached to a workspace form may be.</summary>
public sealed class FormFileOptions
{
    public const string Section = "Workspace:FormFiles";

    /// <summary>The largest photo or file a form field takes, in bytes.</summary>
    [Range(1, 100 * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The largest drawn signature (a PNG) a form field takes, in bytes.</summary>
    [Range(1, 10 * 1024 * 1024)]
    public long MaxSignatureBytes { get; set; } = 256 * 1024;
}
