using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Onboarding;

/// <summary>
/// Writes one run's measured effort into artifacts/e2e/onboarding-journey.json, one entry per language, so
/// docs/benchmarks/onboarding.md can quote figures a run produced rather than figures someone typed.
/// </summary>
public static class JourneyFigures
{
    public static string FilePath { get; } = Path.Combine(Artifacts.Folder, "onboarding-journey.json");

    private static readonly Lock Gate = new();

    public static void Record(string culture, UserActions actions, int clickBudget)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Artifacts.Folder);
            var all = File.Exists(FilePath) && JsonNode.Parse(File.ReadAllText(FilePath)) is JsonObject existing ? existing : [];
            all[culture] = new JsonObject
            {
                ["clicks"] = actions.Clicks,
                ["clickBudget"] = clickBudget,
                ["choices"] = actions.Choices,
                ["choicesFromDropdowns"] = actions.Dropdowns,
                ["fills"] = actions.Fills,
                ["charactersTyped"] = actions.Characters,
                ["elapsedSeconds"] = Math.Round(actions.Elapsed.TotalSeconds, 1),
                ["measuredAtUtc"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            };
            File.WriteAllText(FilePath, all.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
    }
}
