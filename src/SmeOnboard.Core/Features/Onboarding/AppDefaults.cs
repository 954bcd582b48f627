namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>
/// Industry defaults for recommending marketplace apps, whose manifests name a category but neither the pains they
/// address nor an ROI: which app categories answer each pain and each template's app categories, and the hours a
/// week and setup effort a small plant typically sees per category. The plan states them as industry defaults.
/// </summary>
public static class AppDefaults
{
    /// <summary>Pain code to the marketplace categories whose apps address it.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> CategoriesByPain = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["unplanned-downtime"] = ["maintenance", "connectivity"],
        ["scrap"] = ["quality"],
        ["late-orders"] = ["planning", "production"],
        ["paper-records"] = ["production", "finance"],
        ["inventory-errors"] = ["logistics"],
        ["safety-incidents"] = ["quality", "people"],
        ["customer-complaints"] = ["quality", "supply-chain"],
        ["slow-changeovers"] = ["planning"],
        ["knowledge-loss"] = ["people", "production"],
        ["maintenance-backlog"] = ["maintenance"],
    };

    /// <summary>A template's recommended app category (fine-grained) to the marketplace category that serves it.</summary>
    public static readonly IReadOnlyDictionary<string, string> CategoryByTemplateCategory = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["andon"] = "production",
        ["machine-monitoring"] = "connectivity",
        ["audits"] = "quality",
        ["ehs"] = "quality",
        ["inventory-management"] = "logistics",
        ["erp-connector"] = "finance",
        ["maintenance-management"] = "maintenance",
        ["production-reporting"] = "production",
        ["quality-management"] = "quality",
        ["spc"] = "quality",
        ["document-control"] = "production",
        ["training"] = "people",
        ["mes"] = "production",
        ["production-planning"] = "planning",
    };

    /// <summary>Hours a week a small plant typically saves with an app of the category.</summary>
    public static double HoursSavedPerWeek(string category) => category switch
    {
        "production" or "planning" => 4,
        "maintenance" or "quality" or "connectivity" or "logistics" => 3,
        "finance" or "supply-chain" => 2,
        _ => 1.5,
    };

    /// <summary>Typical setup hours for an app of the category: connecting machines takes longest.</summary>
    public static int SetupHours(string category) => category switch
    {
        "connectivity" => 16,
        "production" or "planning" or "logistics" => 8,
        _ => 4,
    };
}
