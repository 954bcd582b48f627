using System.ComponentModel.DataAnnotations;

namespace SmeOnboard.Web.Features.Templates;

/// <summary>Where the industry templates are read from; a relative folder is under the repository root.</summary>
public sealed class TemplatesOptions
{
    public const string Section = "Templates";

    [Required]
    public string Folder { get; set; } = "templates";
}
